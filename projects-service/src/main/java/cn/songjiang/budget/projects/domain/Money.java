package cn.songjiang.budget.projects.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money rules of the platform: 元 as {@link BigDecimal} with exactly two decimals, never {@code double}. */
public final class Money {

    /** Scale of every stored amount: to the fen (分). */
    public static final int SCALE = 2;

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private static final int YUAN_PER_WAN_EXPONENT = 4;

    private Money() {
    }

    /** Rounds to the fen, half up. */
    public static BigDecimal yuan(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /**
     * Converts 万元 to 元 exactly: 1,232.385731万元 = 12,323,857.31 元.
     *
     * @throws ArithmeticException when the 万元 figure has more than six decimals (not a whole fen)
     */
    public static BigDecimal wanToYuanExact(BigDecimal wan) {
        return wan.movePointRight(YUAN_PER_WAN_EXPONENT).setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /** Converts 元 to 万元 without loss (for messages). */
    public static BigDecimal yuanToWan(BigDecimal yuan) {
        return yuan.movePointLeft(YUAN_PER_WAN_EXPONENT).stripTrailingZeros();
    }
}
