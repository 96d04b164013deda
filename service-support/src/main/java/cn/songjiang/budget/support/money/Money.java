package cn.songjiang.budget.support.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money of the platform: 元 (CNY) as {@link BigDecimal} with exactly two decimals (to the fen), never a
 * floating-point type. One name per operation for the three services.
 */
public final class Money {

    public static final String CURRENCY = "CNY";
    /** Scale of every stored or returned amount: to the fen (分). */
    public static final int SCALE = 2;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);
    /** The fen, the smallest amount that can be paid. */
    public static final BigDecimal FEN = new BigDecimal("0.01");
    /** Scale of a share (fraction of one), e.g. 0.4311 for 43.11 %. */
    public static final int SHARE_SCALE = 4;

    private static final int YUAN_PER_WAN_EXPONENT = 4;

    private Money() {
    }

    /** Rounds half up (四舍五入) to the fen. */
    public static BigDecimal rounded(BigDecimal amount) {
        return amount.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /**
     * The amount with scale 2.
     *
     * @throws FractionOfFen when the amount is not a whole number of fen
     */
    public static BigDecimal exact(BigDecimal amount) {
        try {
            return amount.setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new FractionOfFen(amount);
        }
    }

    /** An amount in 元 written as text, e.g. {@code "32775.00"}; see {@link #exact(BigDecimal)}. */
    public static BigDecimal exact(String amount) {
        return exact(new BigDecimal(amount));
    }

    /**
     * 万元 to 元, exactly: 2,638.52164万元 is 26,385,216.40 元.
     *
     * @throws FractionOfFen when the 万元 figure has more than six decimals
     */
    public static BigDecimal fromWan(BigDecimal wan) {
        return exact(wan.movePointRight(YUAN_PER_WAN_EXPONENT));
    }

    /** 元 to 万元 without loss and without trailing zeros (for messages). */
    public static BigDecimal toWan(BigDecimal yuan) {
        return yuan.movePointLeft(YUAN_PER_WAN_EXPONENT).stripTrailingZeros();
    }

    public static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? ZERO : amount;
    }

    /** {@code part / whole} as a fraction with 4 decimals (half up), or null when the whole is zero or unknown. */
    public static BigDecimal share(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() == 0) {
            return null;
        }
        return part.divide(whole, SHARE_SCALE, RoundingMode.HALF_UP);
    }

    public static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** An amount that is not a whole number of fen; each service answers it as it documents. */
    public static final class FractionOfFen extends IllegalArgumentException {

        private final transient BigDecimal amount;

        FractionOfFen(BigDecimal amount) {
            super("amount " + amount.toPlainString() + " has a fraction of a fen");
            this.amount = amount;
        }

        public BigDecimal amount() {
            return amount;
        }
    }
}
