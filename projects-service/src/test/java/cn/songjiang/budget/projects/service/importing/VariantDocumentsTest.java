package cn.songjiang.budget.projects.service.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.songjiang.budget.projects.domain.FindingCode;
import cn.songjiang.budget.projects.domain.PaymentTermKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The seed written as other publishers write the same template is read as the seed: the same projects,
 * amounts, payment terms, fiscal-close dates, targets and findings, on the same lines; the texts kept with a project
 * are the variant's words as written.
 */
class VariantDocumentsTest {

    private static final BudgetDocumentParser PARSER = new BudgetDocumentParser();
    private static final ParsedBudgetDocument SEED = SeedDocument.parsed();
    private static final LocalDate FISCAL_CLOSE = LocalDate.of(2026, 11, 10);

    /** What must not change: everything but the texts as written. */
    private static void assertReadAsTheSeed(ParsedBudgetDocument variant, UnaryOperator<String> writtenAs) {
        assertEquals(SEED.fiscalYear(), variant.fiscalYear());
        assertEquals(SEED.revenue(), variant.revenue());
        assertEquals(SEED.expenditureByFunction(), variant.expenditureByFunction());
        assertEquals(SEED.expenditureTotals(), variant.expenditureTotals());
        assertEquals(SEED.basicExpenditureByEconomic(), variant.basicExpenditureByEconomic());
        assertEquals(SEED.threePublicExpenses().total(), variant.threePublicExpenses().total());
        assertEquals(SEED.yearOnYear(), variant.yearOnYear());
        assertEquals(SEED.procurement(), variant.procurement());
        assertEquals(SEED.performanceSummary(), variant.performanceSummary());
        assertEquals(43, variant.projects().size());
        for (int i = 0; i < SEED.projects().size(); i++) {
            ParsedProject s = SEED.projects().get(i);
            ParsedProject v = variant.projects().get(i);
            assertEquals(s.code(), v.code());
            assertEquals(s.name(), v.name());
            assertEquals(s.amount(), v.amount(), s.code());
            assertEquals(s.amountAsWritten(), v.amountAsWritten(), s.code());
            assertEquals(s.amountLine(), v.amountLine(), s.code());
            assertEquals(s.breakdown(), v.breakdown(), s.code());
            assertEquals(s.periodStart(), v.periodStart(), s.code());
            assertEquals(s.periodEnd(), v.periodEnd(), s.code());
            assertEquals(s.targets(), v.targets(), s.code());
            ParsedPaymentTerms st = s.paymentTerms();
            ParsedPaymentTerms vt = v.paymentTerms();
            assertEquals(st.kind(), vt.kind(), s.code());
            assertEquals(st.recurrence(), vt.recurrence(), s.code());
            assertEquals(st.lines(), vt.lines(), s.code());
            assertEquals(st.clauseText() == null ? null : writtenAs.apply(st.clauseText()), vt.clauseText(), s.code());
            assertEquals(st.installments().size(), vt.installments().size(), s.code());
            for (int k = 0; k < st.installments().size(); k++) {
                var si = st.installments().get(k);
                var vi = vt.installments().get(k);
                assertEquals(0, si.percent().compareTo(vi.percent()), s.code());
                assertEquals(si.trigger(), vi.trigger(), s.code());
                assertEquals(si.serviceMonths(), vi.serviceMonths(), s.code());
                assertEquals(si.dueDate(), vi.dueDate(), s.code());
                assertEquals(writtenAs.apply(si.clauseText()), vi.clauseText(), s.code());
            }
        }
        assertEquals(SEED.findings(), variant.findings());
        assertEquals(4, variant.findings().size());
        assertEquals(fiscalCloseInstallments(SEED), fiscalCloseInstallments(variant));
    }

    private static Map<String, Long> fiscalCloseInstallments(ParsedBudgetDocument doc) {
        return doc.projects().stream().collect(java.util.stream.Collectors.toMap(ParsedProject::code,
                p -> p.paymentTerms().installments().stream().filter(i -> FISCAL_CLOSE.equals(i.dueDate())).count()));
    }

    @Test
    void theSeedHasEightInstallmentsDueAtTheFiscalClose() {
        assertEquals(8, fiscalCloseInstallments(SEED).values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void fullWidthDigitsDecimalPointsAndPercentSignsAreReadAsTheSeed() {
        String text = SeedVariants.fullWidthDigits(SeedDocument.text());
        assertTrue(text.contains("１４．０２万元") || text.contains("％"), "the variant has full-width figures");
        assertReadAsTheSeed(PARSER.parse(text), SeedVariants::fullWidthDigits);
    }

    @Test
    void westernPunctuationIsReadAsTheSeed() {
        String text = SeedVariants.halfWidthPunctuation(SeedDocument.text());
        assertNotEquals(SeedDocument.text(), text);
        assertReadAsTheSeed(PARSER.parse(text), SeedVariants::halfWidthPunctuation);
    }

    @Test
    void pipeTablesWithTheDelimiterLineAreReadAsTheSeed() {
        assertReadAsTheSeed(PARSER.parse(SeedVariants.pipeTables(SeedDocument.text(), true)), t -> t);
    }

    @Test
    void pipeTablesWithoutTheDelimiterLineAreReadAsTheSeed() {
        assertReadAsTheSeed(PARSER.parse(SeedVariants.pipeTables(SeedDocument.text(), false)), t -> t);
    }

    @Test
    void pipeTablesWithoutOuterPipesAreReadAsTheSeed() {
        assertReadAsTheSeed(PARSER.parse(SeedVariants.pipeTablesWithoutOuterPipes(SeedDocument.text())), t -> t);
    }

    @Test
    void ideographicAndNoBreakSpacesAreReadAsTheSeed() {
        assertReadAsTheSeed(PARSER.parse(SeedVariants.spaceVariants(SeedDocument.text())), t -> t.replace(' ', '\u00A0'));
    }

    @Test
    void allTransformationsAtOnceAreReadAsTheSeed() {
        UnaryOperator<String> all = t -> SeedVariants.halfWidthPunctuation(SeedVariants.fullWidthDigits(t));
        assertReadAsTheSeed(PARSER.parse(all.apply(SeedVariants.pipeTables(SeedDocument.text(), true))), all);
    }

    @Test
    void aDepartmentNobodyConfiguredIsReadUnderTheCodeNamedWithTheImport() {
        String text = SeedVariants.otherDepartment(SeedDocument.text(), "上海市松江区数据局");
        ParsedBudgetDocument doc = PARSER.parse(text, "SJSJJ");
        assertEquals("SJSJJ", doc.department().code());
        assertEquals("上海市松江区数据局", doc.department().name());
        assertEquals(43, doc.projects().size());
        for (int i = 0; i < 43; i++) {
            ParsedProject s = SEED.projects().get(i);
            ParsedProject v = doc.projects().get(i);
            assertEquals(s.code().replace("SJZWFW-", "SJSJJ-"), v.code());
            assertEquals(s.amount(), v.amount());
            assertEquals(s.paymentTerms(), v.paymentTerms());
        }
        assertEquals(SEED.findings().stream().map(f -> f.subject().replace("SJZWFW-", "SJSJJ-")).toList(),
                doc.findings().stream().map(Finding::subject).toList());
    }

    @Test
    void aDepartmentNobodyConfiguredWithoutACodeIsRefusedAtItsLineSayingWhatToDo() {
        String text = SeedVariants.otherDepartment(SeedDocument.text(), "上海市松江区数据局");
        BudgetDocumentParseException e = assertThrows(BudgetDocumentParseException.class, () -> PARSER.parse(text));
        assertEquals(SeedVariants.DEPARTMENT_LINE, e.line());
        assertTrue(e.reason().contains("unknown department '上海市松江区数据局'"), e.reason());
        assertTrue(e.reason().contains("name its code with the import (departmentCode=…)"), e.reason());
    }

    @Test
    void aCodeThatContradictsTheConfigurationIsRefused() {
        BudgetDocumentParseException e = assertThrows(BudgetDocumentParseException.class,
                () -> PARSER.parse(SeedDocument.text(), "SJSJJ"));
        assertEquals(SeedVariants.DEPARTMENT_LINE, e.line());
        assertTrue(e.reason().contains("has the code SJZWFW, not SJSJJ"), e.reason());
    }

    @Test
    void theConfiguredCodeMayBeRepeated() {
        assertEquals("SJZWFW", PARSER.parse(SeedDocument.text(), "SJZWFW").department().code());
    }

    @Test
    void aCodeConfiguredForAnotherDepartmentIsRefused() {
        String text = SeedVariants.otherDepartment(SeedDocument.text(), "上海市松江区数据局");
        BudgetDocumentParseException e = assertThrows(BudgetDocumentParseException.class,
                () -> PARSER.parse(text, "SJZWFW"));
        assertTrue(e.reason().contains("the code SJZWFW belongs to department '上海市松江区政务服务中心'"), e.reason());
    }

    @Test
    void aRefusalOfANormalisedLineQuotesTheLineAsWritten() {
        String text = SeedVariants.fullWidthDigits(SeedDocument.withReplaced(367, "37.90万元", "37.9000001万元"));
        BudgetDocumentParseException e = assertThrows(BudgetDocumentParseException.class, () -> PARSER.parse(text));
        assertEquals(367, e.line());
        assertTrue(e.reason().contains("more than six decimals"), e.reason());
        assertTrue(e.reason().contains("as written: '") && e.reason().contains("３７．９０００００１万元"), e.reason());
    }

    @Test
    void aPaymentClauseWithFullWidthPercentsThatDoNotAddUpIsReportedWithItsPercentagesAsWritten() {
        String text = SeedDocument.withReplaced(393, "支付剩余50%金额", "支付剩余４０％金额");
        ParsedBudgetDocument doc = PARSER.parse(text);
        ParsedPaymentTerms terms = doc.project("SJZWFW-2026-P02").paymentTerms();
        assertEquals(PaymentTermKind.UNSPECIFIED, terms.kind());
        assertTrue(terms.clauseText().contains("支付剩余４０％金额"), terms.clauseText());
        Finding f = doc.findings().stream().filter(x -> x.code() == FindingCode.PAYMENT_TERMS_PERCENT_SUM)
                .findFirst().orElseThrow();
        assertEquals(List.of(393), f.lines());
        assertTrue(f.subject().contains("percentages found: 30%, 20%, ４０％; they sum to 90, not 100"), f.subject());
    }
}
