package cn.songjiang.budget.payments.service;

import cn.songjiang.budget.payments.domain.InstallmentStatus;
import cn.songjiang.budget.payments.domain.Limits;
import cn.songjiang.budget.payments.domain.RuleNames;
import cn.songjiang.budget.payments.repository.OcdsRepository;
import cn.songjiang.budget.payments.repository.OcdsRepository.EventRow;
import cn.songjiang.budget.payments.repository.OcdsRepository.InstallmentRow;
import cn.songjiang.budget.payments.repository.OcdsRepository.PaymentRow;
import cn.songjiang.budget.payments.repository.OcdsRepository.PlanRow;
import cn.songjiang.budget.payments.repository.OcdsRepository.Rows;
import cn.songjiang.budget.support.problem.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
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
 * payments) in a short read-only snapshot of its own ({@link OcdsRepository}): the package is written to the client
 * between batches, so a slow download holds no connection or snapshot, and no transaction timeout limits the year's
 * size. Each release is read in one snapshot; releases of different batches may see different moments, as two
 * packages read one after the other would.
 */
@ApplicationScoped
public class OcdsExporter {

    /** Plans read per batch: their installments (about 25,000 narrow rows) make one round trip per table. */
    static final int BATCH = 500;

    private final OcdsRepository rows;

    public OcdsExporter(OcdsRepository rows) {
        this.rows = rows;
    }

    /**
     * One contract's plan as published: {@code changed} is the latest change of the plan, its installments or its
     * payments; the payments are in the order they were paid.
     */
    public record ContractPlan(PlanRow plan, Instant changed, List<PublishedInstallment> installments,
            List<PaymentRow> payments) {

        public boolean allPaid() {
            return installments.stream().allMatch(i -> i.installment().status() == InstallmentStatus.PAID);
        }
    }

    /**
     * An installment, the event that made it payable (null before), and for a paid one the day of its last payment
     * that counts (null otherwise).
     */
    public record PublishedInstallment(InstallmentRow installment, EventRow event, LocalDate paidOn) {
    }

    /** The plan of one contract. */
    public ContractPlan forContract(long contractId) {
        List<ContractPlan> plan = published(rows.ofContract(contractId));
        if (plan.isEmpty()) {
            throw ApiProblem.notFound("Payment plan of contract", contractId);
        }
        return plan.get(0);
    }

    /**
     * Refuses (422) a fiscal year with more contracts with a plan than one package holds; called before the
     * package is streamed, while the answer can still be an error.
     */
    public void checkFiscalYear(int fiscalYear) {
        long contracts = rows.contractsOfFiscalYear(fiscalYear);
        if (contracts > Limits.MAX_RELEASES) {
            throw ApiProblem.businessRule(RuleNames.TOO_MANY_RELEASES, "fiscal year " + fiscalYear + " has " + contracts
                    + " contracts with a payment plan, more than the " + Limits.MAX_RELEASES
                    + " releases of one package; read the package of each contract");
        }
    }

    /**
     * Hands the plans of every contract of a fiscal year (direct plans are not contracting processes), by contract,
     * to {@code batches}, one batch of at most {@code batchSize} plans at a time, each read in its own snapshot;
     * {@code batches} runs outside any transaction.
     */
    public void forFiscalYear(int fiscalYear, Consumer<List<ContractPlan>> batches) {
        forFiscalYear(fiscalYear, BATCH, batches);
    }

    void forFiscalYear(int fiscalYear, int batchSize, Consumer<List<ContractPlan>> batches) {
        long after = Long.MIN_VALUE;
        while (true) {
            List<ContractPlan> batch = published(rows.ofFiscalYear(fiscalYear, after, batchSize));
            if (batch.isEmpty()) {
                return;
            }
            batches.accept(batch);
            if (batch.size() < batchSize) {
                return;
            }
            after = batch.get(batch.size() - 1).plan().contractId();
        }
    }

    /** The plans of {@code read} as published, in its order. */
    private static List<ContractPlan> published(Rows read) {
        Map<Long, List<InstallmentRow>> installmentsOfPlan = new HashMap<>();
        for (InstallmentRow installment : read.installments()) {
            installmentsOfPlan.computeIfAbsent(installment.planId(), id -> new ArrayList<>()).add(installment);
        }
        Map<Long, EventRow> eventOfInstallment = new HashMap<>();
        for (EventRow event : read.events()) {
            eventOfInstallment.putIfAbsent(event.installmentId(), event);
        }
        Map<Long, List<PaymentRow>> paymentsOfInstallment = new HashMap<>();
        for (PaymentRow payment : read.payments()) {
            paymentsOfInstallment.computeIfAbsent(payment.installmentId(), id -> new ArrayList<>()).add(payment);
        }
        List<ContractPlan> published = new ArrayList<>(read.plans().size());
        for (PlanRow plan : read.plans()) {
            published.add(published(plan, installmentsOfPlan.getOrDefault(plan.id(), List.of()), eventOfInstallment,
                    paymentsOfInstallment));
        }
        return published;
    }

    private static ContractPlan published(PlanRow plan, List<InstallmentRow> list,
            Map<Long, EventRow> eventOfInstallment, Map<Long, List<PaymentRow>> paymentsOfInstallment) {
        List<PaymentRow> paid = list.stream()
                .flatMap(i -> paymentsOfInstallment.getOrDefault(i.id(), List.of()).stream())
                .sorted(Comparator.comparing(PaymentRow::paidDate).thenComparing(PaymentRow::id)).toList();
        Instant changed = plan.updatedAt();
        for (InstallmentRow installment : list) {
            changed = later(changed, installment.updatedAt());
        }
        for (PaymentRow payment : paid) {
            changed = later(changed, payment.updatedAt());
        }
        List<PublishedInstallment> published = new ArrayList<>(list.size());
        for (InstallmentRow installment : list) {
            published.add(new PublishedInstallment(installment, eventOfInstallment.get(installment.id()),
                    paidOn(installment, paymentsOfInstallment.getOrDefault(installment.id(), List.of()))));
        }
        return new ContractPlan(plan, changed, published, paid);
    }

    private static LocalDate paidOn(InstallmentRow installment, List<PaymentRow> paid) {
        if (installment.status() != InstallmentStatus.PAID) {
            return null;
        }
        return paid.stream().filter(p -> !p.reversed()).map(PaymentRow::paidDate).max(Comparator.naturalOrder())
                .orElse(null);
    }

    private static Instant later(Instant a, Instant b) {
        return b != null && (a == null || b.isAfter(a)) ? b : a;
    }
}
