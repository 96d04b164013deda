package cn.songjiang.budget.payments.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.songjiang.budget.payments.domain.ExpectedDates.InstallmentFacts;
import cn.songjiang.budget.payments.domain.ExpectedDates.PlanFacts;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExpectedDatesTest {

    private static final LocalDate SIGNED = LocalDate.of(2026, 2, 10);
    private static final LocalDate PERIOD_START = LocalDate.of(2026, 3, 1);
    private static final LocalDate PERIOD_END = LocalDate.of(2026, 12, 31);
    private static final PlanFacts PLAN = new PlanFacts(SIGNED, PERIOD_START, PERIOD_END);
    private static final int FINAL_LAG = 30;
    private static final int INTERIM_LAG = 180;
    private static final int SETTLEMENT_LAG = 10;
    private final ExpectedDates expected =
            new ExpectedDates(new ExpectedDates.Assumptions(FINAL_LAG, INTERIM_LAG, SETTLEMENT_LAG));

    @Test
    void contractSigningIsExpectedOnTheSigningDate() {
        assertEquals(SIGNED, expected.expectedEvent(facts(Trigger.CONTRACT_SIGNED), PLAN));
    }

    @Test
    void serviceMonthsAreCountedFromTheStartOfService() {
        InstallmentFacts sixMonths = new InstallmentFacts(Trigger.SERVICE_ELAPSED, 6, null, null);

        assertEquals(LocalDate.of(2026, 9, 1), expected.expectedEvent(sixMonths, PLAN));
    }

    @Test
    void fixedDateIsItsOwnDate() {
        LocalDate close = LocalDate.of(2026, 11, 10);

        assertEquals(close, expected.expectedEvent(new InstallmentFacts(Trigger.FIXED_DATE, null, close, null),
                PLAN));
    }

    @Test
    void finalAcceptanceIsAssumedALagAfterTheServicePeriod() {
        assertEquals(PERIOD_END.plusDays(FINAL_LAG), expected.expectedEvent(facts(Trigger.FINAL_ACCEPTANCE), PLAN));
    }

    @Test
    void stageAcceptanceIsAssumedHalfwayThroughTheServicePeriod() {
        assertEquals(LocalDate.of(2026, 7, 31), expected.expectedEvent(facts(Trigger.STAGE_ACCEPTANCE), PLAN));
    }

    @Test
    void stageAcceptanceWithoutAnEndIsAssumedALagAfterTheStart() {
        PlanFacts openEnded = new PlanFacts(SIGNED, PERIOD_START, null);

        assertEquals(PERIOD_START.plusDays(INTERIM_LAG),
                expected.expectedEvent(facts(Trigger.STAGE_ACCEPTANCE), openEnded));
    }

    @Test
    void recurringSettlementIsAssumedALagAfterItsPeriod() {
        LocalDate march = LocalDate.of(2026, 3, 31);

        assertEquals(march.plusDays(SETTLEMENT_LAG),
                expected.expectedEvent(new InstallmentFacts(Trigger.PERIOD_ENDED, null, null, march), PLAN));
    }

    @Test
    void finalAcceptanceWithoutAServicePeriodCannotBeGuessed() {
        assertNull(expected.expectedEvent(facts(Trigger.FINAL_ACCEPTANCE), new PlanFacts(SIGNED, null, null)));
    }

    @Test
    void aPaymentAlreadyLateIsExpectedToday() {
        LocalDate today = LocalDate.of(2026, 5, 5);

        assertEquals(today, ExpectedDates.expectedPayment(LocalDate.of(2026, 4, 1), today));
        assertEquals(LocalDate.of(2026, 6, 1), ExpectedDates.expectedPayment(LocalDate.of(2026, 6, 1), today));
    }

    private static InstallmentFacts facts(Trigger trigger) {
        return new InstallmentFacts(trigger, null, null, null);
    }
}
