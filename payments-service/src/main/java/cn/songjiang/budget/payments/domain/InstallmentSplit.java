package cn.songjiang.budget.payments.domain;

import cn.songjiang.budget.support.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a value into installments by percentages: each share is rounded half up to the fen and the last
 * installment takes the remainder, so the installments always sum to the value exactly.
 */
public final class InstallmentSplit {

    public static final BigDecimal HUNDRED = new BigDecimal("100");

    private InstallmentSplit() {
    }

    /**
     * The installment amounts of {@code value} split by {@code percents} (each above 0, summing to 100).
     *
     * @throws PaymentRuleException when the percents are invalid, or the value is so small that rounding the
     *         first shares up would leave a negative remainder for the last one
     */
    public static List<BigDecimal> byPercents(BigDecimal value, List<BigDecimal> percents) {
        BigDecimal total = PaymentAmounts.exact(value);
        if (total.signum() < 0) {
            throw new PaymentRuleException(RuleNames.NEGATIVE_VALUE, "cannot split a negative value " + value);
        }
        checkPercents(percents);
        List<BigDecimal> amounts = new ArrayList<>(percents.size());
        BigDecimal allocated = Money.ZERO;
        for (int i = 0; i < percents.size() - 1; i++) {
            BigDecimal share = Money.rounded(total.multiply(percents.get(i)).movePointLeft(2));
            amounts.add(share);
            allocated = allocated.add(share);
        }
        BigDecimal last = total.subtract(allocated);
        if (last.signum() < 0) {
            throw new PaymentRuleException(RuleNames.VALUE_TOO_SMALL,
                    "value " + total.toPlainString() + " is too small to split into " + percents.size()
                            + " installments to the fen");
        }
        amounts.add(last);
        return List.copyOf(amounts);
    }

    /** Percents must be positive, have at most two decimals and sum to exactly 100. */
    public static void checkPercents(List<BigDecimal> percents) {
        if (percents == null || percents.isEmpty()) {
            throw new PaymentRuleException(RuleNames.PERCENT_SUM, "at least one installment percent is required");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal percent : percents) {
            if (percent == null || percent.signum() <= 0) {
                throw new PaymentRuleException(RuleNames.PERCENT_POSITIVE, "every installment percent must be above 0");
            }
            if (percent.stripTrailingZeros().scale() > 2) {
                throw new PaymentRuleException(RuleNames.PERCENT_PRECISION,
                        "percent " + percent.toPlainString() + " has more than two decimals");
            }
            sum = sum.add(percent);
        }
        if (sum.compareTo(HUNDRED) != 0) {
            throw new PaymentRuleException(RuleNames.PERCENT_SUM,
                    "installment percents sum to " + sum.stripTrailingZeros().toPlainString() + ", not 100");
        }
    }
}
