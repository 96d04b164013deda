package cn.songjiang.budget.payments.service;

import cn.songjiang.budget.payments.domain.Installment;
import cn.songjiang.budget.payments.domain.InstallmentEvent;
import cn.songjiang.budget.payments.domain.InstallmentStatus;
import cn.songjiang.budget.payments.domain.PaymentAmounts;
import cn.songjiang.budget.payments.domain.PaymentPlan;
import cn.songjiang.budget.payments.domain.RuleNames;
import cn.songjiang.budget.payments.domain.Trigger;
import cn.songjiang.budget.payments.repository.EventRepository;
import cn.songjiang.budget.payments.repository.InstallmentRepository;
import cn.songjiang.budget.support.problem.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** Records that an installment's trigger happened, which makes it payable with its due date. */
@ApplicationScoped
public class EventService {

    private final InstallmentRepository installments;
    private final EventRepository events;
    private final InstallmentRules rules;
    private final Clock clock;

    public EventService(InstallmentRepository installments, EventRepository events, InstallmentRules rules,
            Clock clock) {
        this.installments = installments;
        this.events = events;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * That an installment's trigger happened: which (null: the installment's own), when, the evidence, and for a
     * recurring period its settled amount.
     */
    public record NewEvent(Trigger trigger, LocalDate date, String evidenceRef, BigDecimal actualAmount,
            String note) {
    }

    /** The event and the installment it made payable. */
    public record Recorded(InstallmentEvent event, Installment installment) {
    }

    @Transactional
    public Recorded record(long installmentId, NewEvent request) {
        Installment installment = installments.findForUpdate(installmentId)
                .orElseThrow(() -> ApiProblem.notFound("Installment", installmentId));
        if (installment.status == InstallmentStatus.CANCELLED) {
            throw ApiProblem.conflict("installment-cancelled",
                    "installment " + installmentId + " was removed from its plan by an amendment");
        }
        if (installment.trigger == Trigger.FIXED_DATE) {
            throw ApiProblem.businessRule(RuleNames.NO_EVENT_NEEDED,
                    "installment " + installmentId + " is due on a fixed date (" + installment.fixedDate
                            + ") and needs no event");
        }
        if (request.trigger() != null && request.trigger() != installment.trigger) {
            throw ApiProblem.businessRule(RuleNames.TRIGGER_MISMATCH, "trigger",
                    "installment " + installmentId + " is triggered by " + installment.trigger + ", not "
                            + request.trigger());
        }
        if (installment.status != InstallmentStatus.PENDING) {
            throw ApiProblem.conflict("event-recorded", "the trigger of installment " + installmentId
                    + " was already recorded on " + installment.eventDate);
        }
        LocalDate today = LocalDate.now(clock);
        if (request.date().isAfter(today)) {
            throw ApiProblem.businessRule(RuleNames.EVENT_IN_FUTURE, "date", "an event cannot be recorded before it happens");
        }
        PaymentPlan plan = installment.plan;
        if (plan.signedDate != null && request.date().isBefore(plan.signedDate)) {
            throw ApiProblem.businessRule(RuleNames.EVENT_BEFORE_SIGNING, "date",
                    "the contract was signed on " + plan.signedDate);
        }
        if (request.actualAmount() != null) {
            applyActual(installment, plan, PaymentAmounts.exact(request.actualAmount()));
        }
        rules.makePayable(installment, plan, request.date());

        InstallmentEvent event = new InstallmentEvent();
        event.installment = installment;
        event.trigger = installment.trigger;
        event.eventDate = request.date();
        event.evidenceRef = request.evidenceRef();
        event.actualAmount = request.actualAmount() == null ? null : PaymentAmounts.exact(request.actualAmount());
        event.note = request.note();
        events.persist(event);
        events.flush();
        return new Recorded(event, installment);
    }

    public Optional<InstallmentEvent> ofInstallment(long installmentId) {
        return events.ofInstallment(installmentId);
    }

    /** The settled amount of a recurring period replaces its estimate, within the plan's ceiling. */
    private static void applyActual(Installment installment, PaymentPlan plan, BigDecimal actual) {
        if (!installment.estimated) {
            throw ApiProblem.businessRule(RuleNames.ACTUAL_NOT_ESTIMATED, "actualAmount",
                    "installment " + installment.id + " has a fixed amount; amend the plan to change it");
        }
        BigDecimal newValue = plan.planValue.subtract(installment.amount).add(actual);
        if (newValue.compareTo(plan.ceiling) > 0) {
            throw ApiProblem.businessRule(plan.isDirect() ? RuleNames.PLAN_EXCEEDS_BUDGET : RuleNames.PLAN_EXCEEDS_CONTRACT,
                    "actualAmount", "with this actual the plan would schedule " + newValue.toPlainString()
                            + ", more than its ceiling " + plan.ceiling.toPlainString());
        }
        installment.amount = actual;
        installment.estimated = false;
        plan.planValue = newValue;
    }
}
