package cn.songjiang.budget.payments.domain;

/** Settlement period of a recurring plan paid by actuals. */
public enum Recurrence {
    MONTHLY(1), QUARTERLY(3);

    private final int months;

    Recurrence(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }
}
