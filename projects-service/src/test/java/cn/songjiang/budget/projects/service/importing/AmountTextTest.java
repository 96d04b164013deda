package cn.songjiang.budget.projects.service.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** 万元 and 元 as the document prints them, converted exactly to 元 with two decimals. */
class AmountTextTest {

    private static final int LINE = 7;

    @ParameterizedTest(name = "{0}万元 = {1} 元")
    @CsvSource({"'1,232.385731', 12323857.31", "9.00, 90000.00", "661, 6610000.00", "0.168, 1680.00",
        "'2,638.52164', 26385216.40", "87.20892, 872089.20", "0.000001, 0.01"})
    void convertsWanToYuanExactly(String wan, String yuan) {
        BigDecimal value = AmountText.wan(wan, LINE, "test");
        assertEquals(new BigDecimal(yuan), value);
        assertEquals(2, value.scale());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0000001", "0.1234567"})
    void refusesWanFiguresFinerThanAFen(String wan) {
        BudgetDocumentParseException e = assertThrows(BudgetDocumentParseException.class,
                () -> AmountText.wan(wan, LINE, "test"));
        assertEquals(LINE, e.line());
    }

    @ParameterizedTest
    @CsvSource({"'93,555,945.79', 93555945.79", "110520.00, 110520.00", "6000, 6000.00"})
    void readsYuanWithTwoDecimals(String text, String yuan) {
        assertEquals(new BigDecimal(yuan), AmountText.yuan(text, LINE, "test"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,2,3", "12,34.5", "1..2", ",100", "1.234", "abc", ""})
    void refusesMalformedYuan(String text) {
        assertThrows(BudgetDocumentParseException.class, () -> AmountText.yuan(text, LINE, "test"));
    }

    @ParameterizedTest
    @CsvSource({"6, 6", "一, 1", "两, 2", "十, 10", "十二, 12", "二十, 20", "三十五, 35"})
    void readsSmallChineseNumerals(String text, int value) {
        assertEquals(value, AmountText.smallInteger(text, LINE, "test"));
    }
}
