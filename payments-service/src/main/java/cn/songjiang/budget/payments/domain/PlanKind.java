package cn.songjiang.budget.payments.domain;

/** The shape of a payment plan. */
public enum PlanKind {
    /** Several shares of the value on triggers (30/40/30...). */
    INSTALLMENTS,
    /** One payment of the whole value. */
    LUMP_SUM,
    /** One estimated installment per settlement period, replaced by the actual. */
    RECURRING
}
