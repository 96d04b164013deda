package cn.songjiang.budget.projects.service.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.songjiang.budget.projects.domain.FindingCode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed reproduces every declared total to the fen except the sum of its projects: two project amounts are
 * printed in 元 where 万元 is meant, and the findings say so.
 */
class SeedReconciliationTest {

    private static final ParsedBudgetDocument DOC = SeedDocument.parsed();
    private static final BigDecimal PROJECT_EXPENDITURE = new BigDecimal("76205501.91");
    private static final BigDecimal SUM_AS_PRINTED = new BigDecimal("73656156.87");

    private static Finding finding(FindingCode code, String projectCode) {
        return DOC.findings().stream()
                .filter(f -> f.code() == code && (projectCode == null || projectCode.equals(f.projectCode())))
                .findFirst().orElseThrow(() -> new AssertionError("no " + code + " finding: " + DOC.findings()));
    }

    @Test
    void raisesExactlyTheFourFindingsOfTheTwoUnitErrors() {
        assertEquals(List.of(FindingCode.PROJECT_AMOUNT_UNIT, FindingCode.PROJECT_AMOUNT_UNIT,
                        FindingCode.PROJECT_SUM_VS_PROJECT_EXPENDITURE, FindingCode.PROJECT_SUM_VS_PERFORMANCE_TOTAL),
                DOC.findings().stream().map(Finding::code).toList());
    }

    @Test
    void sumOfProjectsFallsShortOfProjectExpenditureBecauseOfTwoMissingWanUnits() {
        Finding f = finding(FindingCode.PROJECT_SUM_VS_PROJECT_EXPENDITURE, null);
        assertEquals(PROJECT_EXPENDITURE, f.declared());
        assertEquals(SUM_AS_PRINTED, f.computed());
        assertEquals(new BigDecimal("2549345.04"), f.difference());
        assertEquals(List.of(176, 563, 1648), f.lines());
        assertTrue(f.likelyCause().contains("万元 unit is missing"), f.likelyCause());
        assertTrue(f.likelyCause().contains("SJZWFW-2026-P07 156.36元 (line 563)"), f.likelyCause());
        assertTrue(f.likelyCause().contains("SJZWFW-2026-P40 98.60元 (line 1648)"), f.likelyCause());
        assertNull(f.projectCode());
    }

    @Test
    void sumOfProjectsFallsShortOfThePerformanceTotalForTheSameCause() {
        Finding f = finding(FindingCode.PROJECT_SUM_VS_PERFORMANCE_TOTAL, null);
        assertEquals(PROJECT_EXPENDITURE, f.declared());
        assertEquals(SUM_AS_PRINTED, f.computed());
        assertEquals(List.of(333, 563, 1648), f.lines());
        assertEquals(finding(FindingCode.PROJECT_SUM_VS_PROJECT_EXPENDITURE, null).likelyCause(), f.likelyCause());
    }

    @Test
    void eachProjectPrintedInYuanGetsItsOwnFindingWithTheSuggestedAmount() {
        Finding bigData = finding(FindingCode.PROJECT_AMOUNT_UNIT, "SJZWFW-2026-P07");
        assertEquals(new BigDecimal("156.36"), bigData.declared());
        assertEquals(new BigDecimal("1563600.00"), bigData.suggestedAmount());
        assertEquals(new BigDecimal("-1563443.64"), bigData.difference());
        assertEquals(List.of(176, 333, 563), bigData.lines());
        Finding flagship = finding(FindingCode.PROJECT_AMOUNT_UNIT, "SJZWFW-2026-P40");
        assertEquals(new BigDecimal("98.60"), flagship.declared());
        assertEquals(new BigDecimal("986000.00"), flagship.suggestedAmount());
        assertEquals(List.of(176, 333, 1648), flagship.lines());
    }

    @Test
    void theStatedAmountsStayAsPrinted() {
        assertEquals(new BigDecimal("156.36"), DOC.project("SJZWFW-2026-P07").amount());
        assertEquals(new BigDecimal("98.60"), DOC.project("SJZWFW-2026-P40").amount());
    }

    @Test
    void withTheSuggestedCorrectionsTheProjectsSumToTheDeclaredTotals() {
        BigDecimal corrected = DOC.projects().stream()
                .map(p -> DOC.findings().stream()
                        .filter(f -> p.code().equals(f.projectCode()) && f.suggestedAmount() != null)
                        .map(Finding::suggestedAmount).findFirst().orElse(p.amount()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(DOC.expenditureTotals().project(), corrected);
        assertEquals(DOC.performanceSummary().total(), corrected);
    }

    @Test
    void everyOtherDeclaredTotalIsReproducedToTheFen() {
        assertTrue(DOC.findings().stream().noneMatch(f -> f.code().name().startsWith("TABLE_")
                || f.code() == FindingCode.TEXT_VS_TABLE || f.code() == FindingCode.PROCUREMENT_SPLIT
                || f.code() == FindingCode.YEAR_ON_YEAR_PERCENT || f.code() == FindingCode.PROJECT_BREAKDOWN
                || f.code() == FindingCode.PERFORMANCE_TOTAL_VS_PROJECT_EXPENDITURE
                || f.code() == FindingCode.PERFORMANCE_LARGE_PROJECT_COUNT), DOC.findings().toString());
        assertEquals(DOC.expenditureTotals().total(),
                DOC.expenditureTotals().basic().add(DOC.expenditureTotals().project()));
        assertEquals(DOC.procurement().total(),
                DOC.procurement().goods().add(DOC.procurement().works()).add(DOC.procurement().services()));
    }
}
