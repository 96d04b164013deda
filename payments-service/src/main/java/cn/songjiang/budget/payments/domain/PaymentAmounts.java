package cn.songjiang.budget.payments.domain;

import cn.songjiang.budget.support.money.Money;
import java.math.BigDecimal;

/** Amounts as this service refuses them: a fraction of a fen breaks rule {@code amount-precision}. */
public final class PaymentAmounts {

    private PaymentAmounts() {
    }

    /** {@link Money#exact(BigDecimal)}, answering a fraction of a fen as a {@link PaymentRuleException}. */
    public static BigDecimal exact(BigDecimal amount) {
        try {
            return Money.exact(amount);
        } catch (Money.FractionOfFen e) {
            throw new PaymentRuleException(RuleNames.AMOUNT_PRECISION, e.getMessage());
        }
    }
}
