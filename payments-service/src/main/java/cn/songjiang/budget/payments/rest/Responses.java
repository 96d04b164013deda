package cn.songjiang.budget.payments.rest;

import cn.songjiang.budget.payments.domain.Installment;
import cn.songjiang.budget.payments.domain.InstallmentEvent;
import cn.songjiang.budget.support.money.Money;
import cn.songjiang.budget.payments.domain.PaymentDeadlines;
import cn.songjiang.budget.payments.domain.PaymentPlan;
import cn.songjiang.budget.payments.domain.PlanAmendment;
import cn.songjiang.budget.payments.rest.dto.AmendmentResponse;
import cn.songjiang.budget.payments.rest.dto.EventResponse;
import cn.songjiang.budget.payments.rest.dto.InstallmentResponse;
import cn.songjiang.budget.payments.rest.dto.PaymentResponse;
import cn.songjiang.budget.payments.rest.dto.PlanResponse;
import cn.songjiang.budget.payments.rest.dto.PlanSummaryResponse;
import cn.songjiang.budget.payments.rest.dto.SupplierRef;
import cn.songjiang.budget.payments.service.AmendmentService;
import cn.songjiang.budget.payments.service.PaymentView;
import cn.songjiang.budget.payments.service.PlanSummary;
import cn.songjiang.budget.payments.service.PlanView;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Maps entities to the API's response records; entities never leave the service. */
@ApplicationScoped
public class Responses {

    /** Daily rates are stored as NUMERIC(9,6). */
    private static final int RATE_SCALE = 6;

    private final Clock clock;
    private final AmendmentService amendments;

    public Responses(Clock clock, AmendmentService amendments) {
        this.clock = clock;
        this.amendments = amendments;
    }

    public PlanResponse plan(PlanView view) {
        PaymentPlan plan = view.plan();
        return new PlanResponse(plan.id, plan.projectId, plan.projectCode, plan.projectName, plan.fiscalYear,
                plan.contractId, supplier(plan), plan.category, plan.contractValue, plan.ceiling, plan.planValue,
                Money.CURRENCY, plan.paymentTermDays, plan.lateDailyRate, plan.signedDate, plan.periodStart,
                plan.periodEnd, plan.kind, plan.recurrence, plan.source, plan.templateCode, plan.clauseText,
                view.installments().stream().map(i -> installment(i, plan.id)).toList(), plan.version);
    }

    public PlanSummaryResponse planSummary(PlanSummary summary) {
        PaymentPlan plan = summary.plan();
        return new PlanSummaryResponse(plan.id, plan.projectId, plan.projectCode, plan.projectName, plan.fiscalYear,
                plan.contractId, supplier(plan), plan.category, plan.contractValue, plan.ceiling, plan.planValue,
                Money.CURRENCY, plan.paymentTermDays, plan.lateDailyRate, plan.signedDate, plan.periodStart,
                plan.periodEnd, plan.kind, plan.recurrence, plan.source, plan.templateCode, plan.clauseText,
                summary.installments(), new PlanSummaryResponse.StatusCounts(summary.pending(), summary.due(),
                        summary.partiallyPaid(), summary.paid()),
                summary.amountPaid(), summary.outstanding(), summary.nextDueDate(), plan.version);
    }

    private static SupplierRef supplier(PaymentPlan plan) {
        return plan.contractId == null ? null
                : new SupplierRef(plan.supplierId, plan.supplierName, plan.supplierCreditCode, plan.supplierSize);
    }

    public InstallmentResponse installment(Installment i, long planId) {
        LocalDate today = LocalDate.now(clock);
        boolean open = i.status.isOpen();
        return new InstallmentResponse(i.id, planId, i.sequence, i.percent == null ? null : i.percent.setScale(2),
                i.amount, i.estimated, Money.CURRENCY,
                i.trigger, i.serviceMonths, i.fixedDate, i.fiscalClose, i.periodStart, i.periodEnd, i.clauseText,
                i.status, i.eventDate, i.dueDate, i.statutoryDeadline, i.termDays, i.termCapped, i.deadlineBasis,
                i.paidAmount, i.outstanding(), open ? PaymentDeadlines.daysOverdue(i.dueDate, today) : 0,
                i.interestAsOf(today), i.dueDate == null ? null : i.dailyRate.setScale(RATE_SCALE));
    }

    public EventResponse event(InstallmentEvent event, Installment installment) {
        return new EventResponse(event.id, installment.id, event.trigger, event.eventDate, event.evidenceRef,
                event.actualAmount, event.note, event.createdBy, event.createdAt,
                installment(installment, installment.plan.id));
    }

    public PaymentResponse payment(PaymentView payment) {
        return new PaymentResponse(payment.id(), payment.installmentId(), payment.amount(), Money.CURRENCY,
                payment.paidDate(), payment.voucherNo(), payment.idempotencyKey(), payment.reversed(),
                payment.reversedAt(), payment.reversedBy(), payment.reversalReason(), payment.recordedBy(),
                payment.recordedAt(), payment.installmentStatus(), payment.installmentOutstanding());
    }

    public AmendmentResponse amendment(PlanAmendment amendment) {
        AmendmentService.State before = amendments.read(amendment.beforeState);
        AmendmentService.State after = amendments.read(amendment.afterState);
        return new AmendmentResponse(amendment.revision, amendment.reason, amendment.createdBy, amendment.createdAt,
                before.value(), after.value(), snapshots(before), snapshots(after));
    }

    private static List<AmendmentResponse.Snapshot> snapshots(AmendmentService.State state) {
        return state.installments().stream().map(i -> new AmendmentResponse.Snapshot(i.sequence(), i.percent(),
                i.amount(), i.trigger(), i.status())).toList();
    }
}
