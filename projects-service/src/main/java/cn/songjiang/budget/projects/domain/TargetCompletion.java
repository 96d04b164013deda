package cn.songjiang.budget.projects.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/**
 * Completion of a performance target (双监控: actual ÷ target, docs/domain.md §6.2), as a ratio with 4 decimals.
 * ≥ and = targets: actual ÷ target (a zero target is met only by zero); ≤ targets: 1 when the actual stays at
 * or under the target, else target ÷ actual; deadlines: 1 when reached on or before the date, else 0;
 * qualitative targets: the assessed ratio recorded as the actual (0 to 1).
 */
public final class TargetCompletion {

    public static final int SCALE = 4;

    private TargetCompletion() {
    }

    /** The completion ratio, or null when there is no actual to compare. */
    public static BigDecimal ratio(TargetComparator comparator, BigDecimal target, LocalDate deadline,
            BigDecimal actual, LocalDate actualDate) {
        if (actualDate == null && actual == null) {
            return null;
        }
        if (deadline != null && target == null) {
            return actualDate != null && !actualDate.isAfter(deadline) ? one() : zero();
        }
        if (actual == null) {
            return null;
        }
        return switch (comparator) {
            case QUALITATIVE -> actual.setScale(SCALE, RoundingMode.HALF_UP);
            case GE, EQ -> target == null ? null : target.signum() == 0
                    ? (actual.signum() == 0 ? one() : zero())
                    : actual.divide(target, SCALE, RoundingMode.HALF_UP);
            case LE -> target == null ? null : actual.compareTo(target) <= 0 ? one()
                    : target.divide(actual, SCALE, RoundingMode.HALF_UP);
        };
    }

    /** The average of the given ratios (nulls ignored), with 4 decimals; null when none. */
    public static BigDecimal average(Collection<BigDecimal> ratios) {
        var present = ratios.stream().filter(Objects::nonNull).toList();
        if (present.isEmpty()) {
            return null;
        }
        BigDecimal sum = present.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(present.size()), SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal one() {
        return BigDecimal.ONE.setScale(SCALE);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(SCALE);
    }
}
