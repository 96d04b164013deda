package cn.songjiang.budget.projects.service.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.songjiang.budget.projects.domain.FindingCode;
import cn.songjiang.budget.projects.domain.PaymentTermKind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Altered copies of the seed: each mismatch becomes a finding with the lines and the cause the numbers show. */
class ReconciliationCausesTest {

    private static final BudgetDocumentParser PARSER = new BudgetDocumentParser();

    private static List<Finding> findings(String text) {
        return PARSER.parse(text).findings();
    }

    private static Finding only(List<Finding> findings, FindingCode code, int line) {
        List<Finding> matching = findings.stream().filter(f -> f.code() == code && f.lines().contains(line)).toList();
        assertEquals(1, matching.size(), code + " at line " + line + " in " + findings);
        return matching.get(0);
    }

    @Test
    void transposedDigitsInATableCellAreNamedAsTheCause() {
        List<Finding> findings = findings(SeedDocument.withReplaced(163, "12,986,461.56", "12,986,416.56"));
        Finding rowSum = only(findings, FindingCode.TABLE_ROW_SUM, 163);
        assertEquals(new BigDecimal("89191963.47"), rowSum.declared());
        assertEquals(new BigDecimal("89191918.47"), rowSum.computed());
        assertEquals(new BigDecimal("45.00"), rowSum.difference());
        assertEquals(List.of(163), rowSum.lines());
        assertTrue(rowSum.likelyCause().contains("transposed") && rowSum.likelyCause().contains("12986461.56"),
                rowSum.likelyCause());
        Finding subtotal = only(findings, FindingCode.TABLE_SUBTOTAL, 163);
        assertEquals(List.of(162, 163), subtotal.lines());
        assertTrue(findings.stream().anyMatch(f -> f.code() == FindingCode.TABLE_CROSS_CHECK
                && f.lines().equals(List.of(163, 221))), "the 一般公共预算 table still prints the original");
    }

    @Test
    void aTransposedDeclaredTotalIsNamedAsTheCause() {
        List<Finding> findings = findings(SeedDocument.withReplaced(296, "17,350,443.88", "17,350,434.88"));
        Finding total = findings.stream().filter(f -> f.code() == FindingCode.TABLE_TOTAL
                && f.subject().contains("合计 合计")).findFirst().orElseThrow(() -> new AssertionError(findings));
        assertEquals(new BigDecimal("17350434.88"), total.declared());
        assertEquals(new BigDecimal("17350443.88"), total.computed());
        assertTrue(total.likelyCause().startsWith("the declared"), total.likelyCause());
        assertTrue(total.likelyCause().contains("17350443.88"), total.likelyCause());
        assertTrue(findings.stream().anyMatch(f -> f.code() == FindingCode.TABLE_CROSS_CHECK
                && f.lines().equals(List.of(176, 296))));
    }

    @Test
    void aTextFigureOffByTenThousandIsAUnitError() {
        Finding f = only(findings(SeedDocument.withReplaced(85, "11.052万元", "110,520.00万元")),
                FindingCode.TEXT_VS_TABLE, 85);
        assertEquals(new BigDecimal("1105200000.00"), f.declared());
        assertEquals(new BigDecimal("110520.00"), f.computed());
        assertEquals(List.of(85, 166), f.lines());
        assertTrue(f.likelyCause().contains("factor of 10,000"), f.likelyCause());
    }

    @Test
    void aProcurementSplitThatDoesNotAddUp() {
        Finding f = only(findings(SeedDocument.withReplaced(327, "2,635.24414万元", "2,653.24414万元")),
                FindingCode.PROCUREMENT_SPLIT, 327);
        assertEquals(new BigDecimal("26385216.40"), f.declared());
        assertEquals(new BigDecimal("26565216.40"), f.computed());
        assertTrue(f.likelyCause().contains("transposed"), f.likelyCause());
    }

    @Test
    void aYearOnYearPercentThatDoesNotFollowFromTheChange() {
        Finding f = only(findings(SeedDocument.withReplaced(76, "增长10.11%", "增长11.01%")),
                FindingCode.YEAR_ON_YEAR_PERCENT, 76);
        assertEquals(new BigDecimal("11.01"), f.declared());
        assertEquals(new BigDecimal("10.11"), f.computed());
    }

    @Test
    void aBreakdownThatSumsDifferentlyIsReportedWithoutGuessingWhichIsRight() {
        List<Finding> findings = findings(SeedDocument.withReplaced(437, "56.965万元", "56.956万元"));
        Finding f = only(findings, FindingCode.PROJECT_BREAKDOWN, 437);
        assertEquals("SJZWFW-2026-P03", f.projectCode());
        assertEquals(new BigDecimal("7179650.00"), f.declared());
        assertEquals(new BigDecimal("7179560.00"), f.computed());
        assertNull(f.suggestedAmount(), "the project totals still point at the stated amount");
        assertNull(f.likelyCause());
    }

    @Test
    void anAmountThatDiffersFromItsBreakdownExplainsTheRestOfTheProjectSum() {
        ParsedBudgetDocument doc = PARSER.parse(SeedDocument.withReplaced(469, "1,294.78万元", "1,249.78万元"));
        Finding breakdown = only(doc.findings(), FindingCode.PROJECT_BREAKDOWN, 469);
        assertEquals("SJZWFW-2026-P04", breakdown.projectCode());
        assertEquals(new BigDecimal("12947800.00"), breakdown.suggestedAmount());
        assertNotNull(breakdown.likelyCause());
        Finding sum = only(doc.findings(), FindingCode.PROJECT_SUM_VS_PROJECT_EXPENDITURE, 176);
        assertEquals(new BigDecimal("2999345.04"), sum.difference());
        assertEquals(List.of(176, 469, 563, 1648), sum.lines());
        assertTrue(sum.likelyCause().contains("SJZWFW-2026-P04") && sum.likelyCause().contains("breakdown sums to"),
                sum.likelyCause());
        assertTrue(sum.likelyCause().contains("these 3 corrections"), sum.likelyCause());
    }

    @Test
    void aProjectAmountWithTransposedDigitsIsNamed() {
        ParsedBudgetDocument doc = PARSER.parse(SeedDocument.withReplaced(765, "87.20892万元", "87.20829万元"));
        Finding f = only(doc.findings(), FindingCode.PROJECT_AMOUNT_TRANSPOSED, 765);
        assertEquals("SJZWFW-2026-P13", f.projectCode());
        assertEquals(new BigDecimal("872082.90"), f.declared());
        assertEquals(new BigDecimal("872089.20"), f.suggestedAmount());
        assertTrue(f.likelyCause().contains("87.20892万元"), f.likelyCause());
    }

    @Test
    void aDifferenceThatSeveralSingleCorrectionsWouldExplainNamesNone() {
        ParsedBudgetDocument doc = PARSER.parse(SeedDocument.withReplaced(1097, "273.126万元", "237.126万元"));
        Finding sum = only(doc.findings(), FindingCode.PROJECT_SUM_VS_PROJECT_EXPENDITURE, 176);
        assertTrue(sum.likelyCause().contains("none can be named"), sum.likelyCause());
        assertTrue(doc.findings().stream().noneMatch(f -> f.code() == FindingCode.PROJECT_AMOUNT_TRANSPOSED),
                doc.findings().toString());
    }

    @Test
    void aPaymentClauseWhosePercentsDoNotSumToOneHundredStaysUnspecified() {
        ParsedBudgetDocument doc = PARSER.parse(SeedDocument.withReplaced(393, "支付剩余50%金额", "支付剩余40%金额"));
        ParsedPaymentTerms terms = doc.project("SJZWFW-2026-P02").paymentTerms();
        assertEquals(PaymentTermKind.UNSPECIFIED, terms.kind());
        assertTrue(terms.clauseText().contains("支付剩余40%金额"));
        Finding f = only(doc.findings(), FindingCode.PAYMENT_TERMS_PERCENT_SUM, 393);
        assertEquals("SJZWFW-2026-P02", f.projectCode());
        assertEquals(0, new BigDecimal("90").compareTo(f.computed()));
        assertEquals(0, new BigDecimal("100").compareTo(f.declared()));
    }

    @Test
    void aDeclaredCountOfLargeProjectsThatDiffers() {
        Finding f = only(findings(SeedDocument.withReplaced(333, "项目有2个", "项目有3个")),
                FindingCode.PERFORMANCE_LARGE_PROJECT_COUNT, 333);
        assertEquals(0, BigDecimal.valueOf(3).compareTo(f.declared()));
        assertEquals(0, BigDecimal.valueOf(2).compareTo(f.computed()));
        assertEquals(List.of(333, 469, 1259), f.lines());
    }

    @Test
    void aPerformanceTotalWithTransposedDigitsDiffersFromProjectExpenditure() {
        Finding f = only(findings(SeedDocument.withReplaced(333, "7,620.550191万元", "7,620.551091万元")),
                FindingCode.PERFORMANCE_TOTAL_VS_PROJECT_EXPENDITURE, 333);
        assertEquals(new BigDecimal("76205510.91"), f.declared());
        assertEquals(new BigDecimal("76205501.91"), f.computed());
        assertTrue(f.likelyCause().contains("7620.550191"), f.likelyCause());
    }
}
