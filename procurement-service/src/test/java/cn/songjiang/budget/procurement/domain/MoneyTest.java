package cn.songjiang.budget.procurement.domain;

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
        assertEquals(new BigDecimal("26385216.40"), Money.fromWanYuan(DECLARED_TOTAL_WAN));
        assertEquals(new BigDecimal("32775.00"), Money.fromWanYuan(DECLARED_GOODS_WAN));
        assertEquals(new BigDecimal("0.00"), Money.fromWanYuan(DECLARED_WORKS_WAN));
        assertEquals(new BigDecimal("26352441.40"), Money.fromWanYuan(DECLARED_SERVICES_WAN));
        assertEquals(new BigDecimal("11374441.40"), Money.fromWanYuan(DECLARED_SME_WAN));
    }

    @Test
    void theDeclaredCategoriesSumToTheDeclaredTotal() {
        BigDecimal sum = Money.fromWanYuan(DECLARED_GOODS_WAN).add(Money.fromWanYuan(DECLARED_WORKS_WAN))
                .add(Money.fromWanYuan(DECLARED_SERVICES_WAN));
        assertEquals(Money.fromWanYuan(DECLARED_TOTAL_WAN), sum);
    }

    @Test
    void refusesAmountsFinerThanTheFen() {
        assertThrows(IllegalArgumentException.class, () -> Money.yuan("1.005"));
        assertThrows(IllegalArgumentException.class, () -> Money.fromWanYuan(new BigDecimal("1.0000001")));
    }

    @Test
    void sharesAreFractionsWithFourDecimalsAndNullOverZero() {
        assertEquals(new BigDecimal("0.4311"),
                Money.share(Money.fromWanYuan(DECLARED_SME_WAN), Money.fromWanYuan(DECLARED_TOTAL_WAN)));
        assertNull(Money.share(Money.ZERO, Money.ZERO));
    }
}
