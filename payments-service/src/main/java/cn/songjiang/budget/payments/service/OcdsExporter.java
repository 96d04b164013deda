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
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads what the Open Contracting Data Standard export publishes of contract payment plans: per contract its plan,
 * the installments that count with the event that made each payable, and its payments (reversed ones included).
 * The release package itself is written by the REST layer.
 *
 * <p>A fiscal year is read {@link #BATCH} plans at a time with four queries per batch (plans, installments, events,
 * payments), each batch in a short read transaction of its own: the package is written to the client between
 * batches, so a slow download holds no connection or snapshot, and no transaction timeout limits the year's size.
 * Each release is read in one snapshot; releases of different batches may see different moments, as two packages
 * read one after the other would.
 */
@ApplicationScoped
public class OcdsExporter {

    /** Plans read per batch: their installments (a few thousand rows) make one round trip per table. */
    static final int BATCH = 200;

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
        return load(List.of(plan)).get(0);
    }

    /**
     * Refuses (422) a fiscal year with more contracts with a plan than one package holds; called before the
     * package is streamed, while the answer can still be an error.
     */
    @Transactional
    public void checkFiscalYear(int fiscalYear) {
        long contracts = plans.count("fiscalYear = ?1 and contractId is not null", fiscalYear);
        if (contracts > Limits.MAX_RELEASES) {
            throw ApiProblem.businessRule(RuleNames.TOO_MANY_RELEASES, "fiscal year " + fiscalYear + " has " + contracts
                    + " contracts with a payment plan, more than the " + Limits.MAX_RELEASES
                    + " releases of one package; read the package of each contract");
        }
    }

    /**
     * Hands the plans of every contract of a fiscal year (direct plans are not contracting processes), by contract,
     * to {@code batches}, one batch of at most {@link #BATCH} plans at a time, each read in its own transaction;
     * {@code batches} runs outside any transaction.
     */
    public void forFiscalYear(int fiscalYear, Consumer<List<ContractPlan>> batches) {
        long after = Long.MIN_VALUE;
        while (true) {
            long from = after;
            List<ContractPlan> batch = QuarkusTransaction.requiringNew()
                    .call(() -> load(plans.find("fiscalYear = ?1 and contractId > ?2 order by contractId", fiscalYear,
                            from).page(0, BATCH).list()));
            if (batch.isEmpty()) {
                return;
            }
            batches.accept(batch);
            if (batch.size() < BATCH) {
                return;
            }
            after = batch.get(batch.size() - 1).plan().contractId;
        }
    }

    /** The plans as published, with three queries whatever their number. */
    private List<ContractPlan> load(List<PaymentPlan> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        List<Long> planIds = batch.stream().map(p -> p.id).toList();
        Map<Long, List<Installment>> installmentsOfPlan = new HashMap<>();
        for (Installment installment : installments.activeOfPlans(planIds)) {
            installmentsOfPlan.computeIfAbsent(installment.plan.id, id -> new ArrayList<>()).add(installment);
        }
        Map<Long, InstallmentEvent> eventOfInstallment = new HashMap<>();
        for (InstallmentEvent event : events.ofPlans(planIds)) {
            eventOfInstallment.putIfAbsent(event.installment.id, event);
        }
        Map<Long, List<Payment>> paymentsOfInstallment = new HashMap<>();
        for (Payment payment : payments.ofPlans(planIds)) {
            paymentsOfInstallment.computeIfAbsent(payment.installment.id, id -> new ArrayList<>()).add(payment);
        }
        return batch.stream().map(plan -> published(plan, installmentsOfPlan.getOrDefault(plan.id, List.of()),
                eventOfInstallment, paymentsOfInstallment)).toList();
    }

    private static ContractPlan published(PaymentPlan plan, List<Installment> list,
            Map<Long, InstallmentEvent> eventOfInstallment, Map<Long, List<Payment>> paymentsOfInstallment) {
        List<Payment> paid = list.stream().flatMap(i -> paymentsOfInstallment.getOrDefault(i.id, List.of()).stream())
                .sorted(Comparator.comparing((Payment p) -> p.paidDate).thenComparing(p -> p.id)).toList();
        Instant changed = plan.updatedAt;
        for (Installment installment : list) {
            changed = later(changed, installment.updatedAt);
        }
        for (Payment payment : paid) {
            changed = later(changed, payment.updatedAt);
        }
        List<PublishedInstallment> published = list.stream()
                .map(i -> new PublishedInstallment(i, eventOfInstallment.get(i.id),
                        paidOn(i, paymentsOfInstallment.getOrDefault(i.id, List.of()))))
                .toList();
        return new ContractPlan(plan, changed, published, paid);
    }

    private static LocalDate paidOn(Installment installment, List<Payment> paid) {
        if (installment.status != InstallmentStatus.PAID) {
            return null;
        }
        return paid.stream().filter(p -> !p.reversed).map(p -> p.paidDate).max(Comparator.naturalOrder())
                .orElse(null);
    }

    private static Instant later(Instant a, Instant b) {
        return b != null && (a == null || b.isAfter(a)) ? b : a;
    }
}
