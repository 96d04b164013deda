package cn.songjiang.budget.payments.rest.dto;

/** The bounds of amounts in requests: what NUMERIC(15,2) holds, to the fen. */
public final class MoneyLimits {

    /** The largest amount a NUMERIC(15,2) column holds. */
    public static final String MAX = "9999999999999.99";
    /** Amounts and percents have two decimals. */
    public static final double STEP = 0.01;

    private MoneyLimits() {
    }
}
