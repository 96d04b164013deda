package cn.songjiang.budget.payments.service;

import cn.songjiang.budget.payments.domain.Installment;
import cn.songjiang.budget.payments.domain.InstallmentStatus;
import cn.songjiang.budget.payments.domain.LatePaymentInterest;
import cn.songjiang.budget.payments.domain.PaidState;
import cn.songjiang.budget.payments.domain.PaymentDeadlines;
import cn.songjiang.budget.payments.domain.PaymentPlan;
import cn.songjiang.budget.payments.domain.Trigger;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/** Applies the deadline and interest rules to installment entities. */
@ApplicationScoped
public class InstallmentRules {

    private final PaymentDeadlines deadlines;

    public InstallmentRules(PaymentDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    /**
     * Makes the installment payable: its trigger happened on {@code eventDate} (or, for a fixed date, the date
     * arrives by itself). Sets the due date, the statutory deadline and the interest rate that applies.
     */
    public void makePayable(Installment installment, PaymentPlan plan, LocalDate eventDate) {
        PaymentDeadlines.Deadline deadline = installment.trigger == Trigger.FIXED_DATE
                ? deadlines.onFixedDate(installment.fixedDate, plan.supplierSize)
                : deadlines.afterEvent(installment.trigger, eventDate, plan.paymentTermDays, plan.supplierSize);
        installment.eventDate = installment.trigger == Trigger.FIXED_DATE ? null : eventDate;
        installment.dueDate = deadline.dueDate();
        installment.statutoryDeadline = deadline.statutoryDeadline();
        installment.termDays = deadline.termDays();
        installment.termCapped = deadline.termCapped();
        installment.deadlineBasis = deadline.basis();
        installment.dailyRate = LatePaymentInterest.dailyRate(plan.lateDailyRate, plan.supplierSize);
        installment.status = InstallmentStatus.DUE;
        refreshInterest(installment, List.of());
    }

    /** Recomputes what is paid, the status and the interest baseline from the payments that count (not reversed). */
    public void refreshInterest(Installment installment, List<LatePaymentInterest.Paid> payments) {
        installment.apply(PaidState.after(installment.status, installment.amount, installment.dueDate,
                installment.dailyRate, payments));
    }
}
