package cn.songjiang.budget.payments.domain;

import java.math.BigDecimal;

/** Where an installment stands; overdue is not a status but a payable installment past its due date. */
public enum InstallmentStatus {
    /** The trigger has not happened yet. */
    PENDING,
    /** Payable and nothing paid. */
    DUE,
    /** Payable and partly paid. */
    PARTIALLY_PAID,
    /** Paid in full. */
    PAID,
    /** Removed from the plan by an amendment before it became payable; kept for the history. */
    CANCELLED;

    /** Payable with an amount still outstanding. */
    public boolean isOpen() {
        return this == DUE || this == PARTIALLY_PAID;
    }

    /** The status that follows when {@code paid} of {@code amount} is paid; pending and cancelled stay as they are. */
    public InstallmentStatus settled(BigDecimal amount, BigDecimal paid) {
        if (this == PENDING || this == CANCELLED) {
            return this;
        }
        if (paid.compareTo(amount) >= 0) {
            return PAID;
        }
        return paid.signum() > 0 ? PARTIALLY_PAID : DUE;
    }
}
