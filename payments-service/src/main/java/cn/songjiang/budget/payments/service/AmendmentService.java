package cn.songjiang.budget.payments.service;

import cn.songjiang.budget.payments.domain.DraftInstallment;
import cn.songjiang.budget.payments.domain.Installment;
import cn.songjiang.budget.payments.domain.InstallmentSpec;
import cn.songjiang.budget.payments.domain.InstallmentStatus;
import cn.songjiang.budget.payments.domain.PaymentAmounts;
import cn.songjiang.budget.payments.domain.RuleNames;
import cn.songjiang.budget.support.money.Money;
import cn.songjiang.budget.payments.domain.PaymentPlan;
import cn.songjiang.budget.payments.domain.PlanAmendment;
import cn.songjiang.budget.payments.domain.PlanDrafts;
import cn.songjiang.budget.payments.domain.Trigger;
import cn.songjiang.budget.payments.repository.AmendmentRepository;
import cn.songjiang.budget.payments.repository.InstallmentRepository;
import cn.songjiang.budget.payments.repository.PlanRepository;
import cn.songjiang.budget.support.problem.ApiProblem;
import cn.songjiang.budget.support.problem.FieldViolation;
import cn.songjiang.budget.support.web.ETags;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Amends payment plans: the installments not yet payable are replaced, those already payable or paid are kept,
 * and every amendment is stored with its reason and the installments before and after.
 */
@ApplicationScoped
public class AmendmentService {

    /**
     * An amendment: why, the new plan value (null keeps the current one) and the installments that replace the
     * pending ones.
     */
    public record Amendment(String reason, BigDecimal value, List<RequestedInstallment> installments) {
    }

    /** What a plan looked like on one side of an amendment, as stored in the history. */
    public record State(BigDecimal value, List<Snapshot> installments) {
    }

    /** An installment as it was on one side of an amendment. */
    public record Snapshot(int sequence, BigDecimal percent, BigDecimal amount, Trigger trigger,
            InstallmentStatus status) {
    }

    /** The most amendments one plan takes. */
    public static final int MAX_AMENDMENTS = 500;

    private final PlanRepository plans;
    private final InstallmentRepository installments;
    private final AmendmentRepository amendments;
    private final PlanDrafts drafts;
    private final PlanService planService;
    private final ObjectMapper json;
    private final Clock clock;

    public AmendmentService(PlanRepository plans, InstallmentRepository installments, AmendmentRepository amendments,
            PlanDrafts drafts, PlanService planService, ObjectMapper json, Clock clock) {
        this.plans = plans;
        this.installments = installments;
        this.amendments = amendments;
        this.drafts = drafts;
        this.planService = planService;
        this.json = json;
        this.clock = clock;
    }

    /** The amendment and the plan as it now is. */
    public record Amended(PlanAmendment amendment, PlanView plan) {
    }

    @Transactional
    public Amended amend(long planId, String ifMatch, Amendment request) {
        List<FieldViolation> shape = PlanService.checkInstallmentShape(request.installments());
        if (!shape.isEmpty()) {
            throw ApiProblem.badRequest(shape);
        }
        PaymentPlan plan = plans.findByIdOptional(planId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiProblem.notFound("Payment plan", planId));
        ETags.check(ifMatch, plan.version);

        List<Installment> active = installments.activeOfPlan(planId);
        List<Installment> kept = active.stream().filter(i -> i.status != InstallmentStatus.PENDING).toList();
        List<Installment> replaced = active.stream().filter(i -> i.status == InstallmentStatus.PENDING).toList();
        BigDecimal keptAmount = kept.stream().map(i -> i.amount).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal newValue = request.value() != null ? RuleRefusals.apply(() -> PaymentAmounts.exact(request.value()))
                : plan.planValue;
        if (newValue.compareTo(plan.ceiling) > 0) {
            throw ApiProblem.businessRule(plan.isDirect() ? RuleNames.PLAN_EXCEEDS_BUDGET : RuleNames.PLAN_EXCEEDS_CONTRACT, "value",
                    "the plan value " + newValue.toPlainString() + " exceeds its ceiling "
                            + plan.ceiling.toPlainString());
        }
        BigDecimal remainder = newValue.subtract(keptAmount);
        if (remainder.signum() < 0) {
            throw ApiProblem.businessRule(RuleNames.AMEND_BELOW_PAYABLE, "value", "installments already payable or paid hold "
                    + keptAmount.toPlainString() + ", more than the new value " + newValue.toPlainString());
        }
        List<InstallmentSpec> specs = request.installments().stream().map(RequestedInstallment::spec).toList();
        List<DraftInstallment> planned = RuleRefusals.apply(() -> request.installments().get(0).percent() != null
                ? drafts.fromSpecs(remainder, specs, plan.fiscalYear)
                : drafts.fromAmounts(request.installments().stream().map(RequestedInstallment::amount).toList(), specs,
                        plan.fiscalYear));
        BigDecimal plannedSum = planned.stream().map(DraftInstallment::amount).reduce(Money.ZERO, BigDecimal::add);
        if (plannedSum.compareTo(remainder) != 0) {
            throw ApiProblem.businessRule(RuleNames.AMOUNTS_SUM, "installments", "the new installments sum to "
                    + plannedSum.toPlainString() + " but " + remainder.toPlainString()
                    + " remains to schedule after the installments already payable or paid");
        }

        if (kept.size() + planned.size() > PlanDrafts.MAX_INSTALLMENTS) {
            throw ApiProblem.businessRule(RuleNames.TOO_MANY_INSTALLMENTS, "installments",
                    "a plan holds at most " + PlanDrafts.MAX_INSTALLMENTS + " installments");
        }
        long revisions = amendments.count("plan.id", planId);
        if (revisions >= MAX_AMENDMENTS) {
            throw ApiProblem.businessRule(RuleNames.TOO_MANY_AMENDMENTS,
                    "plan " + planId + " was amended " + MAX_AMENDMENTS + " times; make a new plan");
        }
        State before = state(plan.planValue, active);
        for (Installment old : replaced) {
            old.status = InstallmentStatus.CANCELLED;
        }
        // Inserts run before updates at flush: cancel first so the new sequence numbers are free.
        installments.flush();
        int next = kept.stream().mapToInt(i -> i.sequence).max().orElse(0) + 1;
        List<Installment> added = new ArrayList<>();
        for (DraftInstallment draft : planned) {
            added.add(planService.newInstallment(plan, draft, next++));
        }
        plan.planValue = newValue;
        // Always a change of the plan, so its version (the ETag) moves even when the value stays.
        plan.updatedAt = Instant.now(clock);

        List<Installment> after = new ArrayList<>(kept);
        after.addAll(added);
        PlanAmendment amendment = new PlanAmendment();
        amendment.plan = plan;
        amendment.revision = (int) revisions + 1;
        amendment.reason = request.reason();
        amendment.beforeState = write(before);
        amendment.afterState = write(state(newValue, after));
        amendments.persist(amendment);
        amendments.flush();
        return new Amended(amendment, new PlanView(plan, installments.activeOfPlan(planId)));
    }

    @Transactional
    public List<PlanAmendment> history(long planId) {
        if (plans.findByIdOptional(planId).isEmpty()) {
            throw ApiProblem.notFound("Payment plan", planId);
        }
        return amendments.ofPlan(planId);
    }

    public State read(String stored) {
        try {
            return json.readValue(stored, State.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable amendment state", e);
        }
    }

    private String write(State state) {
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static State state(BigDecimal value, List<Installment> list) {
        return new State(value, list.stream()
                .map(i -> new Snapshot(i.sequence, i.percent, i.amount, i.trigger, i.status)).toList());
    }
}
