package cn.songjiang.budget.payments.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PaymentDeadlinesTest {

    private static final LocalDate ACCEPTANCE_DATE = LocalDate.of(2026, 3, 2);
    private static final int LARGE_SUPPLIER_DEFAULT_TERM = 45;
    private final PaymentDeadlines deadlines = new PaymentDeadlines(LARGE_SUPPLIER_DEFAULT_TERM);

    @Test
    void smeWithoutAgreedTermIsDueThirtyDaysAfterAcceptance() {
        PaymentDeadlines.Deadline deadline =
                deadlines.afterEvent(Trigger.FINAL_ACCEPTANCE, ACCEPTANCE_DATE, null, SupplierSize.SMALL);

        assertEquals(LocalDate.of(2026, 4, 1), deadline.dueDate());
        assertEquals(LocalDate.of(2026, 4, 1), deadline.statutoryDeadline());
        assertEquals(DeadlineBasis.ACCEPTANCE, deadline.basis());
        assertFalse(deadline.termCapped());
    }

    @Test
    void smeAgreedTermUpToSixtyDaysApplies() {
        PaymentDeadlines.Deadline deadline =
                deadlines.afterEvent(Trigger.STAGE_ACCEPTANCE, ACCEPTANCE_DATE, 45, SupplierSize.MEDIUM);

        assertEquals(ACCEPTANCE_DATE.plusDays(45), deadline.dueDate());
        assertEquals(45, deadline.termDays());
    }

    @Test
    void smeAgreedTermBeyondSixtyDaysIsCappedAtSixty() {
        PaymentDeadlines.Deadline deadline =
                deadlines.afterEvent(Trigger.FINAL_ACCEPTANCE, ACCEPTANCE_DATE, 90, SupplierSize.MICRO);

        assertEquals(ACCEPTANCE_DATE.plusDays(60), deadline.dueDate());
        assertEquals(ACCEPTANCE_DATE.plusDays(60), deadline.statutoryDeadline());
        assertTrue(deadline.termCapped());
    }

    @Test
    void nonAcceptanceTriggerCountsFromTheEvent() {
        PaymentDeadlines.Deadline deadline =
                deadlines.afterEvent(Trigger.CONTRACT_SIGNED, ACCEPTANCE_DATE, null, SupplierSize.SMALL);

        assertEquals(DeadlineBasis.EVENT, deadline.basis());
        assertEquals(ACCEPTANCE_DATE.plusDays(30), deadline.dueDate());
    }

    @Test
    void largeSupplierFollowsTheContractTermWithNoStatutoryDeadline() {
        PaymentDeadlines.Deadline deadline =
                deadlines.afterEvent(Trigger.FINAL_ACCEPTANCE, ACCEPTANCE_DATE, 90, SupplierSize.LARGE);

        assertEquals(ACCEPTANCE_DATE.plusDays(90), deadline.dueDate());
        assertNull(deadline.statutoryDeadline());
        assertFalse(deadline.termCapped());
    }

    @Test
    void largeSupplierWithoutAgreedTermGetsTheConfiguredDefault() {
        PaymentDeadlines.Deadline deadline =
                deadlines.afterEvent(Trigger.FINAL_ACCEPTANCE, ACCEPTANCE_DATE, null, SupplierSize.LARGE);

        assertEquals(ACCEPTANCE_DATE.plusDays(LARGE_SUPPLIER_DEFAULT_TERM), deadline.dueDate());
    }

    @Test
    void fixedDateInstallmentIsDueOnItsDate() {
        LocalDate fiscalClose = LocalDate.of(2026, 11, 10);

        PaymentDeadlines.Deadline deadline = deadlines.onFixedDate(fiscalClose, SupplierSize.SMALL);

        assertEquals(fiscalClose, deadline.dueDate());
        assertEquals(DeadlineBasis.FIXED_DATE, deadline.basis());
    }

    @Test
    void fortyFiveDaysAfterAcceptanceAnSmeInstallmentIsFifteenDaysOverdue() {
        PaymentDeadlines.Deadline deadline =
                deadlines.afterEvent(Trigger.FINAL_ACCEPTANCE, ACCEPTANCE_DATE, null, SupplierSize.SMALL);

        assertEquals(15, PaymentDeadlines.daysOverdue(deadline.dueDate(), ACCEPTANCE_DATE.plusDays(45)));
    }

    @Test
    void anInstallmentIsNotOverdueOnOrBeforeItsDueDate() {
        LocalDate due = LocalDate.of(2026, 4, 1);

        assertEquals(0, PaymentDeadlines.daysOverdue(due, due));
        assertEquals(0, PaymentDeadlines.daysOverdue(due, due.minusDays(3)));
        assertEquals(1, PaymentDeadlines.daysOverdue(due, due.plusDays(1)));
    }
}
