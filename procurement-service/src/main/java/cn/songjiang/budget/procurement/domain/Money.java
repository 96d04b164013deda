package cn.songjiang.budget.procurement.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money in 元 (CNY) to the fen: BigDecimal with scale 2, never a floating-point type. */
public final class Money {

    public static final String CURRENCY = "CNY";
    public static final int SCALE = 2;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);
    /** Scale of a share (fraction of one), e.g. 0.4311 for 43.11 %. */
    public static final int SHARE_SCALE = 4;

    private Money() {
    }

    /** An amount in 元 written as text, e.g. {@code "32775.00"}; refuses more than two decimals. */
    public static BigDecimal yuan(String amount) {
        return toFen(new BigDecimal(amount));
    }

    /** An amount in 元 with exactly two decimals; refuses a value that is not a whole number of fen. */
    public static BigDecimal toFen(BigDecimal amount) {
        try {
            return amount.setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(amount.toPlainString() + " is not a whole number of fen", e);
        }
    }

    /** 万元 to 元, exactly: 2,638.52164万元 is 26,385,216.40 元. */
    public static BigDecimal fromWanYuan(BigDecimal wanYuan) {
        return toFen(wanYuan.movePointRight(4));
    }

    public static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? ZERO : amount;
    }

    /** {@code part / whole} as a fraction with 4 decimals (half up), or null when the whole is zero. */
    public static BigDecimal share(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() == 0) {
            return null;
        }
        return part.divide(whole, SHARE_SCALE, RoundingMode.HALF_UP);
    }
}
