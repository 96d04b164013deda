package cn.songjiang.budget.payments.domain;

/** What the payment term of an installment is counted from. */
public enum DeadlineBasis {
    /** The acceptance (验收) date: payment depends on inspection or acceptance. */
    ACCEPTANCE,
    /** The date of the triggering event (contract signed, service months elapsed, period ended). */
    EVENT,
    /** A calendar date set by the clause (the fiscal close). */
    FIXED_DATE
}
