package cn.songjiang.budget.payments.service;

import cn.songjiang.budget.payments.domain.LatePaymentInterest;
import cn.songjiang.budget.support.money.Money;
import cn.songjiang.budget.payments.domain.PaymentDeadlines;
import cn.songjiang.budget.payments.repository.DuePaymentsQuery;
import cn.songjiang.budget.payments.repository.DuePaymentsRepository;
import cn.songjiang.budget.payments.repository.DuePaymentsRepository.Group;
import cn.songjiang.budget.payments.repository.DuePaymentsRepository.Row;
import cn.songjiang.budget.payments.repository.DuePaymentsRepository.Totals;
import cn.songjiang.budget.support.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/** Finance's view of what is due: the read model, with overdue days and interest counted to the query's day. */
@ApplicationScoped
public class DuePaymentsService {

    private final DuePaymentsRepository repository;

    public DuePaymentsService(DuePaymentsRepository repository) {
        this.repository = repository;
    }

    /** One page of the filtered set and the totals of the whole set. */
    public record DuePage(List<DueInstallment> items, Totals totals) {
    }

    /** The groups of the filtered set and their total. */
    public record DueSummary(List<Group> groups, Totals total) {
    }

    public DuePage list(DuePaymentsQuery query, DuePaymentsQuery.Sort sort, boolean descending,
            PageRequest page) {
        // Computed as a long: page × size can pass the int range, and such a page is simply empty.
        long offset = (long) page.page() * page.size();
        DuePaymentsRepository.Result result = repository.page(query, sort, descending, page.size(), offset);
        return new DuePage(result.rows().stream().map(row -> row(row, query)).toList(), result.totals());
    }

    /** How many installments match the query (the list's {@code totals.installments}). */
    public long count(DuePaymentsQuery query) {
        return repository.totals(query).count();
    }

    /**
     * Every row of the filtered set in the list's order, as the list would show it, handed one at a time to
     * {@code sink} while the rows are read from the database.
     */
    public void forEach(DuePaymentsQuery query, DuePaymentsQuery.Sort sort, boolean descending, RowSink sink)
            throws IOException {
        repository.forEach(query, sort, descending, row -> sink.accept(row(row, query)));
    }

    /** Receives the rows of {@link #forEach}. */
    @FunctionalInterface
    public interface RowSink {
        void accept(DueInstallment row) throws IOException;
    }

    public DueSummary summary(DuePaymentsQuery query, DuePaymentsQuery.GroupBy groupBy) {
        List<Group> groups = repository.summary(query, groupBy);
        long count = 0;
        BigDecimal due = Money.ZERO;
        BigDecimal paid = Money.ZERO;
        BigDecimal interest = Money.ZERO;
        for (Group group : groups) {
            count += group.totals().count();
            due = due.add(group.totals().amountDue());
            paid = paid.add(group.totals().amountPaid());
            interest = interest.add(group.totals().interest());
        }
        return new DueSummary(groups, new Totals(count, due, paid, due.subtract(paid), interest));
    }

    private static DueInstallment row(Row row, DuePaymentsQuery query) {
        BigDecimal outstanding = row.amount().subtract(row.paidAmount());
        BigDecimal interest = LatePaymentInterest.fromBaseline(row.interestBase(), row.interestFrom(), outstanding,
                row.dailyRate(), query.asOf());
        long daysOverdue = outstanding.signum() > 0 ? PaymentDeadlines.daysOverdue(row.dueDate(), query.asOf()) : 0;
        return new DueInstallment(row.installmentId(), row.planId(), row.sequence(), row.projectId(),
                row.projectCode(), row.projectName(), row.fiscalYear(), row.contractId(), row.supplierId(),
                row.supplierName(), row.supplierSize(), row.category(), row.trigger(), row.fiscalClose(), row.status(),
                row.amount(), row.paidAmount(), outstanding, row.dueDate(), row.statutoryDeadline(), daysOverdue,
                interest);
    }
}
