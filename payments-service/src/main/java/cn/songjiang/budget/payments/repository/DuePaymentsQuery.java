package cn.songjiang.budget.payments.repository;

import cn.songjiang.budget.payments.domain.Category;
import cn.songjiang.budget.payments.domain.InstallmentStatus;
import cn.songjiang.budget.payments.domain.SupplierSize;
import java.time.LocalDate;
import java.util.Set;

/**
 * The filters of the due-payments read model. Null means "no filter".
 *
 * @param asOf the day overdue days and interest are counted to
 * @param dueAfter due on or after this date
 * @param dueBefore due on or before this date
 * @param statuses installment statuses; the open ones (DUE, PARTIALLY_PAID) by default
 */
public record DuePaymentsQuery(LocalDate asOf, LocalDate dueAfter, LocalDate dueBefore, boolean overdueOnly,
        Long projectId, Long contractId, Long supplierId, Set<SupplierSize> supplierSizes, Category category,
        Boolean fiscalClose, Set<InstallmentStatus> statuses, Integer fiscalYear) {

    public static final Set<InstallmentStatus> OPEN = Set.of(InstallmentStatus.DUE, InstallmentStatus.PARTIALLY_PAID);

    /** Sort orders of the list, each ending on the installment id so pages are stable. */
    public enum Sort {
        DUE_DATE("i.due_date"), AMOUNT("i.amount"), OUTSTANDING("(i.amount - i.paid_amount)");

        final String column;

        Sort(String column) {
            this.column = column;
        }
    }

    /** How the summary groups the filtered installments. */
    public enum GroupBy {
        WEEK, MONTH, PROJECT, SUPPLIER_SIZE
    }
}
