package cn.songjiang.budget.payments.service;

import cn.songjiang.budget.payments.domain.Installment;
import cn.songjiang.budget.payments.domain.InstallmentEvent;
import cn.songjiang.budget.payments.domain.InstallmentStatus;
import cn.songjiang.budget.payments.domain.Limits;
import cn.songjiang.budget.payments.domain.Payment;
import cn.songjiang.budget.payments.domain.PaymentPlan;
import cn.songjiang.budget.payments.domain.RuleNames;
import cn.songjiang.budget.payments.repository.EventRepository;
import cn.songjiang.budget.payments.repository.InstallmentRepository;
import cn.songjiang.budget.payments.repository.PaymentRepository;
import cn.songjiang.budget.payments.repository.PlanRepository;
import cn.songjiang.budget.support.problem.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Reads what the Open Contracting Data Standard export publishes of contract payment plans: per contract its plan,
 * the installments that count with the event that made each payable, and its payments (reversed ones included),
 * all loaded in one transaction. The release package itself is written by the REST layer.
 */
@ApplicationScoped
public class OcdsExporter {

    private final PlanRepository plans;
    private final InstallmentRepository installments;
    private final EventRepository events;
    private final PaymentRepository payments;

    public OcdsExporter(PlanRepository plans, InstallmentRepository installments, EventRepository events,
            PaymentRepository payments) {
        this.plans = plans;
        this.installments = installments;
        this.events = events;
        this.payments = payments;
    }

    /**
     * One contract's plan as published: {@code changed} is the latest change of the plan, its installments or its
     * payments; the payments are in the order they were paid.
     */
    public record ContractPlan(PaymentPlan plan, Instant changed, List<PublishedInstallment> installments,
            List<Payment> payments) {

        public boolean allPaid() {
            return installments.stream().allMatch(i -> i.installment().status == InstallmentStatus.PAID);
        }
    }

    /**
     * An installment, the event that made it payable (null before), and for a paid one the day of its last payment
     * that counts (null otherwise).
     */
    public record PublishedInstallment(Installment installment, InstallmentEvent event, LocalDate paidOn) {
    }

    /** The plan of one contract. */
    @Transactional
    public ContractPlan forContract(long contractId) {
        PaymentPlan plan = plans.findByContract(contractId)
                .orElseThrow(() -> ApiProblem.notFound("Payment plan of contract", contractId));
        return load(plan);
    }

    /** The plans of every contract of a fiscal year (direct plans are not contracting processes), by contract. */
    @Transactional
    public List<ContractPlan> forFiscalYear(int fiscalYear) {
        long contracts = plans.count("fiscalYear = ?1 and contractId is not null", fiscalYear);
        if (contracts > Limits.MAX_RELEASES) {
            throw ApiProblem.businessRule(RuleNames.TOO_MANY_RELEASES, "fiscal year " + fiscalYear + " has " + contracts
                    + " contracts with a payment plan, more than the " + Limits.MAX_RELEASES
                    + " releases of one package; read the package of each contract");
        }
        return plans.list("fiscalYear = ?1 and contractId is not null order by contractId", fiscalYear).stream()
                .map(this::load).toList();
    }

    private ContractPlan load(PaymentPlan plan) {
        List<Installment> list = installments.activeOfPlan(plan.id);
        List<Payment> paid = list.stream().flatMap(i -> payments.ofInstallment(i.id).stream())
                .sorted(Comparator.comparing((Payment p) -> p.paidDate).thenComparing(p -> p.id)).toList();
        Instant changed = plan.updatedAt;
        for (Installment installment : list) {
            changed = later(changed, installment.updatedAt);
        }
        for (Payment payment : paid) {
            changed = later(changed, payment.updatedAt);
        }
        List<PublishedInstallment> published = list.stream()
                .map(i -> new PublishedInstallment(i, events.ofInstallment(i.id).orElse(null), paidOn(i, paid)))
                .toList();
        return new ContractPlan(plan, changed, published, paid);
    }

    private static LocalDate paidOn(Installment installment, List<Payment> paid) {
        if (installment.status != InstallmentStatus.PAID) {
            return null;
        }
        return paid.stream().filter(p -> !p.reversed && p.installment.id.equals(installment.id))
                .map(p -> p.paidDate).max(Comparator.naturalOrder()).orElse(null);
    }

    private static Instant later(Instant a, Instant b) {
        return b != null && (a == null || b.isAfter(a)) ? b : a;
    }
}
