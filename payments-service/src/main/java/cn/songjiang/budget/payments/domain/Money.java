package cn.songjiang.budget.payments.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money arithmetic to the fen (0.01 元): every amount this service stores or returns has scale 2. */
public final class Money {

    public static final int SCALE = 2;
    public static final String CURRENCY = "CNY";
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);
    /** The fen, the smallest amount that can be paid. */
    public static final BigDecimal FEN = new BigDecimal("0.01");

    private Money() {
    }

    /** Rounds half up (四舍五入) to the fen. */
    public static BigDecimal fen(BigDecimal amount) {
        return amount.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** The amount with scale 2, refusing any amount that has a fraction of a fen. */
    public static BigDecimal exact(BigDecimal amount) {
        try {
            return amount.setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new PaymentRuleException("amount-precision",
                    "amount " + amount.toPlainString() + " has a fraction of a fen");
        }
    }

    public static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
