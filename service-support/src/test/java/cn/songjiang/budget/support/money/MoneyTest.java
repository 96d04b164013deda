package cn.songjiang.budget.support.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    /** 其他相关情况说明 §三 of the seed document, in 万元. */
    static final BigDecimal DECLARED_TOTAL_WAN = new BigDecimal("2638.52164");
    static final BigDecimal DECLARED_GOODS_WAN = new BigDecimal("3.2775");
    static final BigDecimal DECLARED_WORKS_WAN = new BigDecimal("0.00");
    static final BigDecimal DECLARED_SERVICES_WAN = new BigDecimal("2635.24414");
    static final BigDecimal DECLARED_SME_WAN = new BigDecimal("1137.44414");

    @Test
    void convertsTheDeclaredWanYuanFiguresExactlyToYuan() {
        assertEquals(new BigDecimal("26385216.40"), Money.fromWan(DECLARED_TOTAL_WAN));
        assertEquals(new BigDecimal("32775.00"), Money.fromWan(DECLARED_GOODS_WAN));
        assertEquals(new BigDecimal("0.00"), Money.fromWan(DECLARED_WORKS_WAN));
        assertEquals(new BigDecimal("26352441.40"), Money.fromWan(DECLARED_SERVICES_WAN));
        assertEquals(new BigDecimal("11374441.40"), Money.fromWan(DECLARED_SME_WAN));
    }

    @Test
    void theDeclaredCategoriesSumToTheDeclaredTotal() {
        BigDecimal sum = Money.fromWan(DECLARED_GOODS_WAN).add(Money.fromWan(DECLARED_WORKS_WAN))
                .add(Money.fromWan(DECLARED_SERVICES_WAN));
        assertEquals(Money.fromWan(DECLARED_TOTAL_WAN), sum);
    }

    @Test
    void sixDecimalsOfWanAreFen() {
        assertEquals(new BigDecimal("12323857.31"), Money.fromWan(new BigDecimal("1232.385731")));
    }

    @Test
    void refusesAmountsFinerThanTheFen() {
        Money.FractionOfFen e = assertThrows(Money.FractionOfFen.class, () -> Money.exact("1.005"));
        assertEquals("amount 1.005 has a fraction of a fen", e.getMessage());
        assertThrows(Money.FractionOfFen.class, () -> Money.exact(new BigDecimal("10.005")));
        assertThrows(Money.FractionOfFen.class, () -> Money.fromWan(new BigDecimal("1.0000001")));
        assertThrows(Money.FractionOfFen.class, () -> Money.fromWan(new BigDecimal("0.0000001")));
    }

    @Test
    void exactKeepsWholeFenWithScaleTwo() {
        assertEquals(new BigDecimal("7.10"), Money.exact(new BigDecimal("7.1")));
        assertEquals(new BigDecimal("7.00"), Money.exact(new BigDecimal("7.000")));
    }

    @Test
    void roundedRoundsHalfUpToTheFen() {
        assertEquals(new BigDecimal("0.01"), Money.rounded(new BigDecimal("0.005")));
        assertEquals(new BigDecimal("33.33"), Money.rounded(new BigDecimal("33.333")));
    }

    @Test
    void toWanIsExactWithoutTrailingZeros() {
        assertEquals(new BigDecimal("1232.385731"), Money.toWan(new BigDecimal("12323857.31")));
        assertEquals(new BigDecimal("5E+2"), Money.toWan(new BigDecimal("5000000.00")));
    }

    @Test
    void sharesAreFractionsWithFourDecimalsAndNullOverZero() {
        assertEquals(new BigDecimal("0.4311"),
                Money.share(Money.fromWan(DECLARED_SME_WAN), Money.fromWan(DECLARED_TOTAL_WAN)));
        assertNull(Money.share(Money.ZERO, Money.ZERO));
    }

    @Test
    void orZeroAndMin() {
        assertEquals(Money.ZERO, Money.orZero(null));
        assertEquals(Money.FEN, Money.min(Money.FEN, Money.ZERO.add(new BigDecimal("0.02"))));
    }
}
