package cn.songjiang.budget.projects.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** 万元 → 元 exactly, to the fen. */
class MoneyTest {

    @Test
    void sixDecimalsOfWanAreFen() {
        assertEquals(new BigDecimal("12323857.31"), Money.wanToYuanExact(new BigDecimal("1232.385731")));
    }

    @Test
    void aWanFigureFinerThanAFenIsRefused() {
        assertThrows(ArithmeticException.class, () -> Money.wanToYuanExact(new BigDecimal("0.0000001")));
    }

    @Test
    void yuanRoundsHalfUpToTheFen() {
        assertEquals(new BigDecimal("0.01"), Money.yuan(new BigDecimal("0.005")));
        assertEquals(new BigDecimal("33.33"), Money.yuan(new BigDecimal("33.333")));
    }
}
