package cn.songjiang.budget.projects.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Completion ratios of performance targets (双监控: actual ÷ target). */
class TargetCompletionTest {

    private static final LocalDate OBSERVED = LocalDate.of(2026, 3, 31);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 11, 30);

    private static BigDecimal ratio(TargetComparator comparator, String target, String actual) {
        return TargetCompletion.ratio(comparator, target == null ? null : new BigDecimal(target), null,
                actual == null ? null : new BigDecimal(actual), OBSERVED);
    }

    @Test
    void aFloorIsActualOverTarget() {
        assertEquals(new BigDecimal("1.0476"), ratio(TargetComparator.GE, "21", "22"));
        assertEquals(new BigDecimal("0.9524"), ratio(TargetComparator.GE, "21", "20"));
    }

    @Test
    void aCeilingIsMetAtOrUnderTheTarget() {
        assertEquals(new BigDecimal("1.0000"), ratio(TargetComparator.LE, "5", "3"));
        assertEquals(new BigDecimal("0.5000"), ratio(TargetComparator.LE, "5", "10"));
    }

    @Test
    void aZeroTargetIsMetOnlyByZero() {
        assertEquals(new BigDecimal("1.0000"), ratio(TargetComparator.EQ, "0", "0"));
        assertEquals(new BigDecimal("0.0000"), ratio(TargetComparator.EQ, "0", "1"));
    }

    @Test
    void aDeadlineIsMetOnOrBeforeItsDate() {
        assertEquals(new BigDecimal("1.0000"), TargetCompletion.ratio(TargetComparator.LE, null, DEADLINE, null,
                DEADLINE));
        assertEquals(new BigDecimal("0.0000"), TargetCompletion.ratio(TargetComparator.LE, null, DEADLINE, null,
                DEADLINE.plusDays(1)));
    }

    @Test
    void aQualitativeTargetTakesTheAssessedRatio() {
        assertEquals(new BigDecimal("0.8000"), ratio(TargetComparator.QUALITATIVE, null, "0.8"));
    }

    @Test
    void withoutAnActualThereIsNoRatio() {
        assertNull(TargetCompletion.ratio(TargetComparator.GE, BigDecimal.TEN, null, null, null));
        assertNull(ratio(TargetComparator.GE, "21", null));
    }

    @Test
    void theAverageIgnoresTargetsWithoutAnActual() {
        assertEquals(new BigDecimal("0.7500"), TargetCompletion.average(Arrays.asList(
                new BigDecimal("1.0000"), null, new BigDecimal("0.5000"))));
        assertNull(TargetCompletion.average(Arrays.asList((BigDecimal) null)));
    }
}
