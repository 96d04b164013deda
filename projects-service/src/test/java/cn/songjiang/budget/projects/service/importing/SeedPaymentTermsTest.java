package cn.songjiang.budget.projects.service.importing;

import static cn.songjiang.budget.projects.domain.PaymentTrigger.CONTRACT_SIGNED;
import static cn.songjiang.budget.projects.domain.PaymentTrigger.DELIVERABLE_ACCEPTED;
import static cn.songjiang.budget.projects.domain.PaymentTrigger.FINAL_ACCEPTANCE;
import static cn.songjiang.budget.projects.domain.PaymentTrigger.FIXED_DATE;
import static cn.songjiang.budget.projects.domain.PaymentTrigger.INITIAL_ACCEPTANCE;
import static cn.songjiang.budget.projects.domain.PaymentTrigger.SERVICE_ELAPSED;
import static cn.songjiang.budget.projects.domain.PaymentTrigger.STAGE_ACCEPTANCE;
import static cn.songjiang.budget.projects.domain.PaymentTrigger.SUBSTANTIAL_COMPLETION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.songjiang.budget.projects.domain.PaymentTermKind;
import cn.songjiang.budget.projects.domain.PaymentTrigger;
import cn.songjiang.budget.projects.domain.Recurrence;
import cn.songjiang.budget.projects.service.importing.ParsedPaymentTerms.Installment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every payment-term shape of the seed document, asserted beside the clause it comes from. */
class SeedPaymentTermsTest {

    private static final ParsedBudgetDocument DOC = SeedDocument.parsed();
    private static final LocalDate FISCAL_CLOSE = LocalDate.of(2026, 11, 10);

    /** Expected installment: percent, trigger, service months, due date, clause words. */
    private record Expected(int percent, PaymentTrigger trigger, Integer months, LocalDate due, String clause) {
    }

    private static Expected on(int percent, PaymentTrigger trigger, String clause) {
        return new Expected(percent, trigger, null, null, clause);
    }

    private static Expected afterMonths(int percent, int months, String clause) {
        return new Expected(percent, SERVICE_ELAPSED, months, null, clause);
    }

    private static Expected fiscalClose(int percent, String clause) {
        return new Expected(percent, FIXED_DATE, null, FISCAL_CLOSE, clause);
    }

    private static ParsedPaymentTerms terms(String code) {
        return DOC.project(code).paymentTerms();
    }

    private static void assertInstallments(String code, PaymentTermKind kind, String clause, Expected... expected) {
        ParsedPaymentTerms t = terms(code);
        assertEquals(kind, t.kind(), code);
        assertEquals(clause, t.clauseText(), code);
        assertEquals(expected.length, t.installments().size(), code);
        for (int i = 0; i < expected.length; i++) {
            Installment actual = t.installments().get(i);
            Expected e = expected[i];
            assertEquals(i + 1, actual.sequence());
            assertEquals(0, BigDecimal.valueOf(e.percent()).compareTo(actual.percent()), code + " #" + (i + 1));
            assertEquals(e.trigger(), actual.trigger(), code + " #" + (i + 1));
            assertEquals(e.months(), actual.serviceMonths(), code + " #" + (i + 1));
            assertEquals(e.due(), actual.dueDate(), code + " #" + (i + 1));
            assertEquals(e.clause(), actual.clauseText(), code + " #" + (i + 1));
            assertTrue(t.clauseText().contains(actual.clauseText()), "installment words come from the clause");
        }
    }

    @Test
    void thirtyFortyThirtyWithTheFiscalCloseAsAFixedDate() {
        assertInstallments("SJZWFW-2026-P11", PaymentTermKind.INSTALLMENTS,
                "按工作内容实施项目采购，项目合同签订后，支付合同金额的30%，11月上旬（财政关账前）支付40%，"
                        + "结束服务期并通过验收后支付剩余的30%。",
                on(30, CONTRACT_SIGNED, "项目合同签订后，支付合同金额的30%"),
                fiscalClose(40, "11月上旬（财政关账前）支付40%"),
                on(30, FINAL_ACCEPTANCE, "结束服务期并通过验收后支付剩余的30%"));
        assertEquals(List.of(689), terms("SJZWFW-2026-P11").lines());
    }

    @ParameterizedTest
    @ValueSource(strings = {"SJZWFW-2026-P12", "SJZWFW-2026-P14", "SJZWFW-2026-P21", "SJZWFW-2026-P22",
        "SJZWFW-2026-P31"})
    void theOtherFiscalCloseClausesAreThirtyFortyThirtyToo(String code) {
        List<Installment> i = terms(code).installments();
        assertEquals(List.of(CONTRACT_SIGNED, FIXED_DATE, FINAL_ACCEPTANCE),
                i.stream().map(Installment::trigger).toList());
        assertEquals(FISCAL_CLOSE, i.get(1).dueDate());
        assertEquals(List.of(30, 40, 30), i.stream().map(x -> x.percent().intValueExact()).toList());
    }

    @Test
    void thirtyThirtyFortyWithTheFiscalClose() {
        assertInstallments("SJZWFW-2026-P13", PaymentTermKind.INSTALLMENTS,
                "按工作内容实施项目采购，项目合同签订后，支付合同金额的30%，11月上旬（财政关账前）支付30%，"
                        + "结束服务期并通过验收后支付剩余的40%。",
                on(30, CONTRACT_SIGNED, "项目合同签订后，支付合同金额的30%"),
                fiscalClose(30, "11月上旬（财政关账前）支付30%"),
                on(40, FINAL_ACCEPTANCE, "结束服务期并通过验收后支付剩余的40%"));
        assertEquals(List.of(30, 30, 40), terms("SJZWFW-2026-P15").installments().stream()
                .map(x -> x.percent().intValueExact()).toList());
    }

    @Test
    void thirtyThirtyFortyAfterAMidTermAcceptance() {
        assertInstallments("SJZWFW-2026-P37", PaymentTermKind.INSTALLMENTS,
                "按照工作内容实施项目采购，项目合同签订后，先支付合同总价的30%，项目中期验收通过后支付30%，"
                        + "结束服务期并通过验收后支付剩余的40%。",
                on(30, CONTRACT_SIGNED, "项目合同签订后，先支付合同总价的30%"),
                on(30, STAGE_ACCEPTANCE, "项目中期验收通过后支付30%"),
                on(40, FINAL_ACCEPTANCE, "结束服务期并通过验收后支付剩余的40%"));
        assertInstallments("SJZWFW-2026-P42", PaymentTermKind.INSTALLMENTS,
                "按工作内容实施项目采购，项目合同签订后，先支付合同总价的30%；中期验收后，支付合同总价的30%；"
                        + "合同期满通过验收后，支付剩余40%。",
                on(30, CONTRACT_SIGNED, "项目合同签订后，先支付合同总价的30%"),
                on(30, STAGE_ACCEPTANCE, "中期验收后，支付合同总价的30%"),
                on(40, FINAL_ACCEPTANCE, "合同期满通过验收后，支付剩余40%"));
    }

    @Test
    void thirtyFiftyTwentyOnSubstantialCompletion() {
        assertInstallments("SJZWFW-2026-P38", PaymentTermKind.INSTALLMENTS,
                "项目合同签订后，支付合同总价的30%；项目基本完成后，支付合同总价的50%；项目通过验收后，支付剩余20%合同金额。",
                on(30, CONTRACT_SIGNED, "项目合同签订后，支付合同总价的30%"),
                on(50, SUBSTANTIAL_COMPLETION, "项目基本完成后，支付合同总价的50%"),
                on(20, FINAL_ACCEPTANCE, "项目通过验收后，支付剩余20%合同金额"));
        assertEquals(List.of(CONTRACT_SIGNED, SUBSTANTIAL_COMPLETION, FINAL_ACCEPTANCE),
                terms("SJZWFW-2026-P41").installments().stream().map(Installment::trigger).toList());
    }

    @Test
    void thirtyTwentyFiftyAfterInitialAndFinalAcceptance() {
        assertInstallments("SJZWFW-2026-P02", PaymentTermKind.INSTALLMENTS,
                "按照工作内容实施项目采购，项目合同签订后，支付合同总价的30%；项目初验通过后，支付合同总价的20%；"
                        + "项目终验后，支付剩余50%金额。",
                on(30, CONTRACT_SIGNED, "项目合同签订后，支付合同总价的30%"),
                on(20, INITIAL_ACCEPTANCE, "项目初验通过后，支付合同总价的20%"),
                on(50, FINAL_ACCEPTANCE, "项目终验后，支付剩余50%金额"));
    }

    @Test
    void thirtyFortyThirtyAfterSixMonthsOfService() {
        assertInstallments("SJZWFW-2026-P06", PaymentTermKind.INSTALLMENTS,
                "按工作内容实施项目采购，项目合同签订后，支付合同总价的30%，服务期满6个月后支付40%，合同期满终验后支付剩余的30%。",
                on(30, CONTRACT_SIGNED, "项目合同签订后，支付合同总价的30%"),
                afterMonths(40, 6, "服务期满6个月后支付40%"),
                on(30, FINAL_ACCEPTANCE, "合同期满终验后支付剩余的30%"));
        assertInstallments("SJZWFW-2026-P39", PaymentTermKind.INSTALLMENTS,
                "按工作内容实施项目采购，项目合同签订后，支付合同总价的30%；服务期满6个月后，支付合同总价的40%；"
                        + "项目通过验收后，支付剩余30%的合同金额。",
                on(30, CONTRACT_SIGNED, "项目合同签订后，支付合同总价的30%"),
                afterMonths(40, 6, "服务期满6个月后，支付合同总价的40%"),
                on(30, FINAL_ACCEPTANCE, "项目通过验收后，支付剩余30%的合同金额"));
    }

    @Test
    void theFirstPaymentWaitsForOneMonthOfServiceWhenTheClauseSaysSo() {
        assertInstallments("SJZWFW-2026-P07", PaymentTermKind.INSTALLMENTS,
                "按工作内容实施项目采购，项目合同签订后且服务期满一个月，支付合同总价的30%，服务期满6个月后支付40%，"
                        + "结束服务期并通过验收后支付剩余的30%。",
                afterMonths(30, 1, "项目合同签订后且服务期满一个月，支付合同总价的30%"),
                afterMonths(40, 6, "服务期满6个月后支付40%"),
                on(30, FINAL_ACCEPTANCE, "结束服务期并通过验收后支付剩余的30%"));
    }

    @Test
    void stageAcceptanceTakesEachWordingOfTheDocument() {
        assertInstallments("SJZWFW-2026-P10", PaymentTermKind.INSTALLMENTS,
                "按工作内容实施项目采购，项目合同签订后，支付合同总价的30%，完成项目阶段性验收后支付40%，合同到期且完成整体验收支付剩余的30%。",
                on(30, CONTRACT_SIGNED, "项目合同签订后，支付合同总价的30%"),
                on(40, STAGE_ACCEPTANCE, "完成项目阶段性验收后支付40%"),
                on(30, FINAL_ACCEPTANCE, "合同到期且完成整体验收支付剩余的30%"));
        assertEquals("完成阶段性考核合格后支付40%", terms("SJZWFW-2026-P23").installments().get(1).clauseText());
        assertEquals("完全阶段性考核后支付40%", terms("SJZWFW-2026-P24").installments().get(1).clauseText());
        assertEquals("待合同期满验收通过后支付剩余的30%", terms("SJZWFW-2026-P24").installments().get(2).clauseText());
        assertEquals("完成阶段验收后支付40%", terms("SJZWFW-2026-P26").installments().get(1).clauseText());
        assertEquals("通过阶段性绩效考核后支付40%", terms("SJZWFW-2026-P27").installments().get(1).clauseText());
        assertEquals("半年度考核后支付40%", terms("SJZWFW-2026-P32").installments().get(1).clauseText());
        for (String code : List.of("SJZWFW-2026-P23", "SJZWFW-2026-P24", "SJZWFW-2026-P26", "SJZWFW-2026-P27",
                "SJZWFW-2026-P32")) {
            assertEquals(STAGE_ACCEPTANCE, terms(code).installments().get(1).trigger(), code);
            assertEquals(FINAL_ACCEPTANCE, terms(code).installments().get(2).trigger(), code);
        }
    }

    @Test
    void allServicesLiveAndAcceptedIsSubstantialCompletion() {
        assertInstallments("SJZWFW-2026-P40", PaymentTermKind.INSTALLMENTS,
                "项目合同签订后，支付合同总价的30%；所有服务上线并达到甲方认可后，支付合同总价的40%；"
                        + "项目通过验收后，支付剩余30%的合同金额。",
                on(30, CONTRACT_SIGNED, "项目合同签订后，支付合同总价的30%"),
                on(40, SUBSTANTIAL_COMPLETION, "所有服务上线并达到甲方认可后，支付合同总价的40%"),
                on(30, FINAL_ACCEPTANCE, "项目通过验收后，支付剩余30%的合同金额"));
    }

    @Test
    void lumpSumAfterOneYearOfService() {
        assertInstallments("SJZWFW-2026-P17", PaymentTermKind.LUMP_SUM,
                "2026年8月完成2025-2026年度运营运维项目阶段性验收，支付年度运营运维费用。\n"
                        + "按工作内容实施项目采购，项目合同签订后，1年服务期满后一次性支付。",
                afterMonths(100, 12, "项目合同签订后，1年服务期满后一次性支付"));
        assertEquals(List.of(889, 891), terms("SJZWFW-2026-P17").lines());
    }

    @Test
    void lumpSumAtTheEndOfAStatedServicePeriod() {
        assertInstallments("SJZWFW-2026-P28", PaymentTermKind.LUMP_SUM,
                "本服务周期（2025年7月1日至2026年6月30日）使用市级电子政务云租用费，将于服务期满后按实结算并一次性支付。",
                afterMonths(100, 12,
                        "本服务周期（2025年7月1日至2026年6月30日）使用市级电子政务云租用费，将于服务期满后按实结算并一次性支付"));
    }

    @Test
    void postPaidLumpSumWithoutStatedMonths() {
        assertInstallments("SJZWFW-2026-P05", PaymentTermKind.LUMP_SUM,
                "该项目已于2024年11月完成项目采购工作，合同金额为267.058万元，为一次性后付费项目。",
                new Expected(100, SERVICE_ELAPSED, null, null,
                        "该项目已于2024年11月完成项目采购工作，合同金额为267.058万元，为一次性后付费项目"));
    }

    @Test
    void lumpSumAfterTheFormalReportIsObtained() {
        assertInstallments("SJZWFW-2026-P08", PaymentTermKind.LUMP_SUM,
                "该项目费用将在被测系统通过等保测评并获取正式等保测评报告后支付全部款项，预计整个项目资金将于2026年11月执行完毕。",
                on(100, DELIVERABLE_ACCEPTED, "该项目费用将在被测系统通过等保测评并获取正式等保测评报告后支付全部款项"));
    }

    @Test
    void recurringMonthlySettlementByQuantityVolumeAndBills() {
        for (String code : List.of("SJZWFW-2026-P33", "SJZWFW-2026-P34", "SJZWFW-2026-P35")) {
            ParsedPaymentTerms t = terms(code);
            assertEquals(PaymentTermKind.RECURRING, t.kind(), code);
            assertEquals(Recurrence.MONTHLY, t.recurrence(), code);
            assertTrue(t.installments().isEmpty(), code);
        }
        assertEquals("印章刻制费用根据实际刻章数量按月及时结算。", terms("SJZWFW-2026-P33").clauseText());
        assertEquals("每月按照快递实际寄送量结算款项。", terms("SJZWFW-2026-P34").clauseText());
        assertTrue(terms("SJZWFW-2026-P35").clauseText().startsWith("每月根据电信、移动账单支付电话、宽带"));
    }

    @Test
    void periodicBillsOfAMonthlyRentalAreMonthly() {
        ParsedPaymentTerms t = terms("SJZWFW-2026-P29");
        assertEquals(PaymentTermKind.RECURRING, t.kind());
        assertEquals("定期根据账单支付短信平台费用。", t.clauseText());
        assertNull(t.recurringItems().get(0).recurrence(), "the sentence itself says only 定期");
        assertEquals(Recurrence.MONTHLY, t.recurrence(), "短信平台月租费: a monthly rental");
    }

    @Test
    void payrollIsMonthlyWithAQuarterlyReimbursement() {
        ParsedPaymentTerms t = terms("SJZWFW-2026-P04");
        assertEquals(PaymentTermKind.RECURRING, t.kind());
        assertEquals(Recurrence.MONTHLY, t.recurrence());
        assertEquals(List.of("每月根据《2025年松江区政务服务中心综窗人员工资分配办法（试行）》等，测算非编人员工资，并予以支付。",
                        "托幼费每季度报销一次，按实报销。", "工作餐补贴每月按实报销。", "非编体检安排在2026年下半年，按实报销。"),
                t.recurringItems().stream().map(ParsedPaymentTerms.RecurringItem::clauseText).toList());
        assertEquals(java.util.Arrays.asList(Recurrence.MONTHLY, Recurrence.QUARTERLY, Recurrence.MONTHLY, null),
                t.recurringItems().stream().map(ParsedPaymentTerms.RecurringItem::recurrence).toList());
    }

    @Test
    void paymentAsTheContractSaysIsUnspecifiedWithItsClauseKept() {
        ParsedPaymentTerms t = terms("SJZWFW-2026-P03");
        assertEquals(PaymentTermKind.UNSPECIFIED, t.kind());
        assertEquals("按工作内容实施项目采购，项目合同签订后，按照合同约定和实际建设情况支付款项。", t.clauseText());
        assertTrue(t.installments().isEmpty());
        assertEquals("按照工作内容实施项目采购，项目合同签订后，按照合同约定支付款项。", terms("SJZWFW-2026-P30").clauseText());
    }

    @Test
    void aProjectWithoutAnyPaymentSentenceIsUnspecifiedWithoutClause() {
        ParsedPaymentTerms t = terms("SJZWFW-2026-P01");
        assertEquals(PaymentTermKind.UNSPECIFIED, t.kind());
        assertNull(t.clauseText());
        assertTrue(t.lines().isEmpty());
    }

    @Test
    void eachProjectGetsTheKindItsClauseStates() {
        assertEquals(codes(2, 6, 7, 10, 11, 12, 13, 14, 15, 21, 22, 23, 24, 26, 27, 31, 32, 37, 38, 39, 40, 41, 42),
                codesOf(PaymentTermKind.INSTALLMENTS));
        assertEquals(codes(5, 8, 17, 28), codesOf(PaymentTermKind.LUMP_SUM));
        assertEquals(codes(4, 29, 33, 34, 35), codesOf(PaymentTermKind.RECURRING));
        assertEquals(codes(1, 3, 9, 16, 18, 19, 20, 25, 30, 36, 43), codesOf(PaymentTermKind.UNSPECIFIED));
    }

    @Test
    void percentsOfEveryScheduleSumToExactlyOneHundred() {
        for (ParsedProject p : DOC.projects()) {
            ParsedPaymentTerms t = p.paymentTerms();
            if (t.kind() == PaymentTermKind.INSTALLMENTS || t.kind() == PaymentTermKind.LUMP_SUM) {
                BigDecimal sum = t.installments().stream().map(Installment::percent)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertEquals(0, sum.compareTo(BigDecimal.valueOf(100)), p.code());
            }
        }
    }

    private static Set<String> codes(int... numbers) {
        return java.util.Arrays.stream(numbers).mapToObj(n -> String.format("SJZWFW-2026-P%02d", n))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> codesOf(PaymentTermKind kind) {
        return DOC.projects().stream().filter(p -> p.paymentTerms().kind() == kind).map(ParsedProject::code)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
