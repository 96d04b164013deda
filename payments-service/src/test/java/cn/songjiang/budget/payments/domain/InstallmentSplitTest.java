package cn.songjiang.budget.payments.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InstallmentSplitTest {

    private static final BigDecimal ONE_MILLION_AND_ONE_FEN = new BigDecimal("1000000.01");
    private static final List<BigDecimal> THIRTY_FORTY_THIRTY = PlanTemplate.T30_40_30.percents();
    private static final long SEED = 20260101L;
    private static final int SAMPLES = 20_000;

    @Test
    void splitsOneMillionAndOneFenOnThirtyFortyThirtyWithTheRemainderOnTheLast() {
        List<BigDecimal> amounts = InstallmentSplit.byPercents(ONE_MILLION_AND_ONE_FEN, THIRTY_FORTY_THIRTY);

        assertEquals(List.of(new BigDecimal("300000.00"), new BigDecimal("400000.00"), new BigDecimal("300000.01")),
                amounts);
    }

    @Test
    void roundsEachShareHalfUpToTheFen() {
        List<BigDecimal> amounts = InstallmentSplit.byPercents(new BigDecimal("100000.05"), THIRTY_FORTY_THIRTY);

        assertEquals(List.of(new BigDecimal("30000.02"), new BigDecimal("40000.02"), new BigDecimal("30000.01")),
                amounts);
    }

    @Test
    void splitsAHundredIntoThirdsLikeAnErpWould() {
        List<BigDecimal> thirds = List.of(new BigDecimal("33.33"), new BigDecimal("33.33"), new BigDecimal("33.34"));

        assertEquals(List.of(new BigDecimal("33.33"), new BigDecimal("33.33"), new BigDecimal("33.34")),
                InstallmentSplit.byPercents(new BigDecimal("100.00"), thirds));
    }

    @Test
    void everyNamedTemplateSumsExactlyToEveryValue() {
        Random random = new Random(SEED);
        for (int i = 0; i < SAMPLES; i++) {
            BigDecimal value = randomValue(random);
            for (PlanTemplate template : PlanTemplate.values()) {
                assertSplitIsExact(value, template.percents());
            }
        }
    }

    @Test
    void arbitraryPercentListsSumExactlyToEveryValue() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < SAMPLES; i++) {
            BigDecimal value = randomValue(random);
            List<BigDecimal> percents = randomPercents(random);
            assertSplitIsExact(value, percents);
        }
    }

    @Test
    void refusesPercentsThatDoNotSumToAHundred() {
        PaymentRuleException e = assertThrows(PaymentRuleException.class, () -> InstallmentSplit.byPercents(
                ONE_MILLION_AND_ONE_FEN, List.of(new BigDecimal("30"), new BigDecimal("40"), new BigDecimal("20"))));

        assertEquals("percent-sum", e.rule());
    }

    @Test
    void refusesAZeroPercent() {
        PaymentRuleException e = assertThrows(PaymentRuleException.class, () -> InstallmentSplit.byPercents(
                ONE_MILLION_AND_ONE_FEN, List.of(BigDecimal.ZERO, new BigDecimal("100"))));

        assertEquals("percent-positive", e.rule());
    }

    @Test
    void refusesAValueWithAFractionOfAFen() {
        PaymentRuleException e = assertThrows(PaymentRuleException.class,
                () -> InstallmentSplit.byPercents(new BigDecimal("10.005"), THIRTY_FORTY_THIRTY));

        assertEquals("amount-precision", e.rule());
    }

    @Test
    void refusesAValueTooSmallToSplitWithoutANegativeLastInstallment() {
        List<BigDecimal> quarters = List.of(new BigDecimal("25"), new BigDecimal("25"), new BigDecimal("25"),
                new BigDecimal("25"));

        PaymentRuleException e = assertThrows(PaymentRuleException.class,
                () -> InstallmentSplit.byPercents(new BigDecimal("0.02"), quarters));

        assertEquals("value-too-small", e.rule());
    }

    private static void assertSplitIsExact(BigDecimal value, List<BigDecimal> percents) {
        List<BigDecimal> amounts = InstallmentSplit.byPercents(value, percents);
        BigDecimal sum = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(value, sum, () -> value + " on " + percents + " gave " + amounts);
        assertEquals(percents.size(), amounts.size());
        for (BigDecimal amount : amounts) {
            assertEquals(2, amount.scale(), () -> "scale of " + amount);
            assertTrue(amount.signum() >= 0, () -> value + " on " + percents + " gave " + amounts);
        }
    }

    /** Values from 1.00 to about 100 million 元 on a log scale, so small and large values both occur. */
    private static BigDecimal randomValue(Random random) {
        long fen = (long) Math.pow(10, 2 + random.nextDouble() * 8) + random.nextInt(100);
        return BigDecimal.valueOf(fen, 2);
    }

    /** Two to six shares, each at least 10.00 percent, with up to two decimals, summing to 100. */
    private static List<BigDecimal> randomPercents(Random random) {
        int count = 2 + random.nextInt(5);
        int spareHundredths = 10_000 - count * 1_000;
        List<Integer> cuts = new ArrayList<>();
        for (int i = 0; i < count - 1; i++) {
            cuts.add(random.nextInt(spareHundredths + 1));
        }
        cuts.add(0);
        cuts.add(spareHundredths);
        cuts.sort(Integer::compare);
        List<BigDecimal> percents = new ArrayList<>();
        for (int i = 1; i < cuts.size(); i++) {
            percents.add(BigDecimal.valueOf(1_000L + cuts.get(i) - cuts.get(i - 1), 2));
        }
        return percents;
    }
}
