package cn.songjiang.budget.payments.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Due dates and statutory deadlines of payable installments.
 *
 * <p>保障中小企业款项支付条例 (国务院令第728号, revised by 国务院令第802号, in force 2025-06-01): a government body
 * pays a small or medium enterprise within 30 days of delivery; where payment depends on inspection or
 * acceptance the term runs from acceptance; a contract may agree another term but never more than 60 days.
 * The enterprise size is the one at contract signing. Suppliers that are not SMEs are paid on the contract's
 * term, or on {@code defaultTermDays} when the contract names none; no statutory deadline applies to them.
 */
public final class PaymentDeadlines {

    /** The term where an SME contract agrees none (条例: 30 日内支付). */
    public static final int SME_DEFAULT_TERM_DAYS = 30;
    /** The longest term an SME contract may agree (条例: 最长不得超过 60 日). */
    public static final int SME_MAX_TERM_DAYS = 60;

    /**
     * When an installment must be paid.
     *
     * @param dueDate the date payment is due
     * @param statutoryDeadline the latest date the law allows, or null when the supplier is not an SME
     * @param termDays the days applied after the event (0 for a fixed date)
     * @param termCapped true when the contract agreed more than the statutory maximum and the maximum applies
     */
    public record Deadline(LocalDate dueDate, LocalDate statutoryDeadline, int termDays, boolean termCapped,
            DeadlineBasis basis) {
    }

    private final int defaultTermDays;

    /** @param defaultTermDays the term for suppliers that are not SMEs when their contract names none */
    public PaymentDeadlines(int defaultTermDays) {
        if (defaultTermDays < 0) {
            throw new IllegalArgumentException("defaultTermDays must be 0 or more");
        }
        this.defaultTermDays = defaultTermDays;
    }

    /**
     * The deadline of an installment whose trigger happened on {@code eventDate}.
     *
     * @param contractTermDays the contract's payment term, or null when it agrees none
     * @param sizeAtSigning the supplier's size at signing, or null when there is no supplier contract
     */
    public Deadline afterEvent(Trigger trigger, LocalDate eventDate, Integer contractTermDays,
            SupplierSize sizeAtSigning) {
        if (contractTermDays != null && contractTermDays < 0) {
            throw new PaymentRuleException(RuleNames.PAYMENT_TERM, "the payment term cannot be negative");
        }
        DeadlineBasis basis = trigger.dependsOnAcceptance() ? DeadlineBasis.ACCEPTANCE : DeadlineBasis.EVENT;
        if (sizeAtSigning != null && sizeAtSigning.isSme()) {
            int agreed = contractTermDays == null ? SME_DEFAULT_TERM_DAYS : contractTermDays;
            boolean capped = agreed > SME_MAX_TERM_DAYS;
            int days = capped ? SME_MAX_TERM_DAYS : agreed;
            LocalDate deadline = eventDate.plusDays(days);
            return new Deadline(deadline, deadline, days, capped, basis);
        }
        int days = contractTermDays == null ? defaultTermDays : contractTermDays;
        return new Deadline(eventDate.plusDays(days), null, days, false, basis);
    }

    /** The deadline of an installment the clause fixes to a calendar date, such as the fiscal close. */
    public Deadline onFixedDate(LocalDate date, SupplierSize sizeAtSigning) {
        LocalDate statutory = sizeAtSigning != null && sizeAtSigning.isSme() ? date : null;
        return new Deadline(date, statutory, 0, false, DeadlineBasis.FIXED_DATE);
    }

    /** Whole days after the due date, 0 on or before it. */
    public static long daysOverdue(LocalDate dueDate, LocalDate asOf) {
        if (dueDate == null) {
            return 0;
        }
        return Math.max(0, ChronoUnit.DAYS.between(dueDate, asOf));
    }
}
