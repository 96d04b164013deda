package cn.songjiang.budget.projects.service.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.songjiang.budget.projects.domain.PaymentTermKind;
import cn.songjiang.budget.projects.domain.PaymentTrigger;
import cn.songjiang.budget.projects.service.importing.SourceDocument.NumberedLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Clause shapes beyond the seed: dates of 中旬 / 下旬, percents that do not add up, unknown triggers. */
class PaymentTermsParserTest {

    private static final int FISCAL_YEAR = 2026;
    private static final String NAME = "测试项目";

    private static PaymentTermsParser.Result parse(String... lines) {
        List<NumberedLine> numbered = new java.util.ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            numbered.add(new NumberedLine(100 + i, lines[i]));
        }
        return new PaymentTermsParser(FISCAL_YEAR).parse(numbered, NAME);
    }

    @Test
    void middleAndLateTenDayPeriodsBecomeTheTwentiethAndTheMonthEnd() {
        ParsedPaymentTerms t = parse("项目合同签订后，支付合同总价的50%，12月中旬支付30%，2月下旬支付剩余的20%。").terms();
        assertEquals(PaymentTermKind.INSTALLMENTS, t.kind());
        assertEquals(LocalDate.of(2026, 12, 20), t.installments().get(1).dueDate());
        assertEquals(LocalDate.of(2026, 2, 28), t.installments().get(2).dueDate());
        assertEquals(PaymentTrigger.FIXED_DATE, t.installments().get(2).trigger());
    }

    @Test
    void percentsThatDoNotAddUpLeaveTheClauseUnspecifiedAndSaySo() {
        PaymentTermsParser.Result r = parse("项目合同签订后，支付合同总价的30%，项目终验后支付剩余的60%。");
        assertEquals(PaymentTermKind.UNSPECIFIED, r.terms().kind());
        assertEquals("项目合同签订后，支付合同总价的30%，项目终验后支付剩余的60%。", r.terms().clauseText());
        assertNotNull(r.problem());
        assertTrue(r.problem().percentSum());
        assertEquals(0, new BigDecimal("90").compareTo(r.problem().percentTotal()));
        assertEquals(List.of(100), r.problem().lines());
    }

    @Test
    void anUnrecognisedTriggerIsNotGuessed() {
        PaymentTermsParser.Result r = parse("项目合同签订后，支付合同总价的30%，雨季来临时支付70%。");
        assertEquals(PaymentTermKind.UNSPECIFIED, r.terms().kind());
        assertTrue(r.problem().reason().contains("雨季来临时支付70%"), r.problem().reason());
    }

    @Test
    void aSingleHundredPercentPaymentIsALumpSum() {
        ParsedPaymentTerms t = parse("项目通过验收后，一次性支付合同总价的100%。").terms();
        assertEquals(PaymentTermKind.LUMP_SUM, t.kind());
        assertEquals(PaymentTrigger.FINAL_ACCEPTANCE, t.installments().get(0).trigger());
    }

    @Test
    void aClauseOverSeveralLinesKeepsEachLine() {
        ParsedPaymentTerms t = parse("项目合同签订后，支付合同总价的40%。", "项目终验后，支付合同总价的60%。").terms();
        assertEquals(List.of(100, 101), t.lines());
        assertEquals("项目合同签订后，支付合同总价的40%。\n项目终验后，支付合同总价的60%。", t.clauseText());
        assertEquals(2, t.installments().size());
    }

    @Test
    void quarterlyReimbursementAlone() {
        ParsedPaymentTerms t = parse("费用每季度报销一次，按实报销。").terms();
        assertEquals(PaymentTermKind.RECURRING, t.kind());
        assertEquals(cn.songjiang.budget.projects.domain.Recurrence.QUARTERLY, t.recurrence());
    }

    @Test
    void sentencesWithoutPaymentWordsAreNotAClause() {
        ParsedPaymentTerms t = parse("以年度市云租用费预算的7%计提第三方监管服务费。").terms();
        assertEquals(PaymentTermKind.UNSPECIFIED, t.kind());
        assertNull(t.clauseText());
    }

    @Test
    void percentagesThatCannotAllBeAttachedAreReportedWholeNeverSummedInPart() {
        PaymentTermsParser.Result r = parse("项目合同签订后，支付合同总价的30%，雨季来临时支付40%，分别支付20%、10%。");
        assertEquals(PaymentTermKind.UNSPECIFIED, r.terms().kind());
        assertTrue(r.terms().installments().isEmpty());
        assertFalse(r.problem().percentSum());
        assertNull(r.problem().percentTotal());
        assertEquals("percentages found: 30%, 40%, 20%, 10%; not attached to a recognised trigger: '雨季来临时支付40%', "
                + "'分别支付20%、10%'", r.problem().reason());
    }

    @Test
    void aPercentageInWordsIsReportedNotIgnored() {
        PaymentTermsParser.Result r = parse("项目合同签订后，支付合同总价的百分之三十，项目终验后支付剩余的70%。");
        assertEquals(PaymentTermKind.UNSPECIFIED, r.terms().kind());
        assertTrue(r.problem().reason().startsWith("percentages found: 百分之三十, 70%"), r.problem().reason());
        assertTrue(r.problem().reason().contains("'项目合同签订后，支付合同总价的百分之三十'"), r.problem().reason());
    }

    @Test
    void aSumOtherThanOneHundredNamesEveryPercentageOfTheClause() {
        PaymentTermsParser.Result r = parse("项目合同签订后，支付合同总价的30%，项目终验后支付剩余的60%。");
        assertEquals("percentages found: 30%, 60%; they sum to 90, not 100", r.problem().reason());
    }

    @Test
    void theClauseAndEachInstallmentKeepTheWordsAsWritten() {
        String written = "项目合同签订后,支付合同金额的３０％;11月上旬(财政关账前)支付４０％,结束服务期并通过验收后支付剩余的３０％。";
        String normalised = TextNormaliser.line(written);
        ParsedPaymentTerms t = new PaymentTermsParser(FISCAL_YEAR)
                .parse(List.of(new NumberedLine(7, normalised, written)), NAME).terms();
        assertEquals(PaymentTermKind.INSTALLMENTS, t.kind());
        assertEquals(written, t.clauseText());
        assertEquals("11月上旬(财政关账前)支付４０％", t.installments().get(1).clauseText());
        assertEquals(LocalDate.of(2026, 11, 10), t.installments().get(1).dueDate());
        assertEquals(0, new BigDecimal("40").compareTo(t.installments().get(1).percent()));
    }
}
