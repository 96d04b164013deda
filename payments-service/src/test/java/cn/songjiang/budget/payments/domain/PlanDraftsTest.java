package cn.songjiang.budget.payments.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanDraftsTest {

    private static final int FISCAL_YEAR = 2026;
    private static final BigDecimal CONTRACT_VALUE = new BigDecimal("1000000.01");
    private static final String FISCAL_CLOSE_CLAUSE = "11月上旬（财政关账前）支付40%";
    private final PlanDrafts drafts = new PlanDrafts(new FiscalCalendar(FiscalCalendar.DEFAULT_CLOSE));

    @Test
    void fiscalCloseInstallmentIsDueOnTheTenthOfNovember() {
        List<DraftInstallment> plan = drafts.fromSpecs(CONTRACT_VALUE, List.of(
                InstallmentSpec.of(new BigDecimal("30"), Trigger.CONTRACT_SIGNED),
                new InstallmentSpec(new BigDecimal("40"), Trigger.FIXED_DATE, null, null, FISCAL_CLOSE_CLAUSE),
                InstallmentSpec.of(new BigDecimal("30"), Trigger.FINAL_ACCEPTANCE)), FISCAL_YEAR);

        DraftInstallment close = plan.get(1);
        assertTrue(close.fiscalClose());
        assertEquals(LocalDate.of(2026, 11, 10), close.fixedDate());
        assertEquals(FISCAL_CLOSE_CLAUSE, close.clauseText());
    }

    @Test
    void fiscalCloseDayIsConfigurable() {
        PlanDrafts earlyClose = new PlanDrafts(new FiscalCalendar(MonthDay.of(11, 5)));

        List<DraftInstallment> plan = earlyClose.fromSpecs(CONTRACT_VALUE, List.of(
                new InstallmentSpec(new BigDecimal("100"), Trigger.FIXED_DATE, null, LocalDate.of(2026, 11, 10),
                        FISCAL_CLOSE_CLAUSE)), FISCAL_YEAR);

        assertEquals(LocalDate.of(2026, 11, 5), plan.get(0).fixedDate());
    }

    @Test
    void aFixedDateThatIsNotTheFiscalCloseKeepsItsDate() {
        LocalDate agreed = LocalDate.of(2026, 6, 30);

        List<DraftInstallment> plan = drafts.fromSpecs(CONTRACT_VALUE, List.of(
                new InstallmentSpec(new BigDecimal("100"), Trigger.FIXED_DATE, null, agreed, "2026年6月30日前支付")),
                FISCAL_YEAR);

        assertFalse(plan.get(0).fiscalClose());
        assertEquals(agreed, plan.get(0).fixedDate());
    }

    @Test
    void templateGivesItsPercentsAndDefaultTriggers() {
        List<DraftInstallment> plan = drafts.fromTemplate(CONTRACT_VALUE, PlanTemplate.T30_50_20, FISCAL_YEAR);

        assertEquals(List.of(Trigger.CONTRACT_SIGNED, Trigger.STAGE_ACCEPTANCE, Trigger.FINAL_ACCEPTANCE),
                plan.stream().map(DraftInstallment::trigger).toList());
        assertEquals(List.of(new BigDecimal("300000.00"), new BigDecimal("500000.01"), new BigDecimal("200000.00")),
                plan.stream().map(DraftInstallment::amount).toList());
    }

    @Test
    void singlePaymentTemplateIsPaidOnFinalAcceptance() {
        List<DraftInstallment> plan = drafts.fromTemplate(CONTRACT_VALUE, PlanTemplate.T100, FISCAL_YEAR);

        assertEquals(1, plan.size());
        assertEquals(CONTRACT_VALUE, plan.get(0).amount());
        assertEquals(Trigger.FINAL_ACCEPTANCE, plan.get(0).trigger());
    }

    @Test
    void serviceElapsedInstallmentNeedsItsMonths() {
        PaymentRuleException e = assertThrows(PaymentRuleException.class, () -> drafts.fromSpecs(CONTRACT_VALUE,
                List.of(InstallmentSpec.of(new BigDecimal("100"), Trigger.SERVICE_ELAPSED)), FISCAL_YEAR));

        assertEquals("service-months", e.rule());
    }

    @Test
    void recurringPlanMarksEveryPeriodAsAnEstimateSettledAfterThePeriod() {
        List<DraftInstallment> plan = drafts.recurring(new BigDecimal("120000.00"), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), Recurrence.MONTHLY, "每月按实结算");

        assertEquals(12, plan.size());
        assertTrue(plan.stream().allMatch(i -> i.estimated() && i.trigger() == Trigger.PERIOD_ENDED));
        assertEquals(new BigDecimal("10000.00"), plan.get(4).amount());
        assertEquals(LocalDate.of(2026, 5, 31), plan.get(4).periodEnd());
    }

    @Test
    void namedTemplatesAreFoundByTheirCode() {
        assertEquals(PlanTemplate.T30_20_50, PlanTemplate.byCode("30/20/50").orElseThrow());
        assertTrue(PlanTemplate.byCode("40/60").isEmpty());
        assertEquals(List.of("30/40/30", "30/30/40", "30/50/20", "30/20/50", "100"), PlanTemplate.codes());
    }
}
