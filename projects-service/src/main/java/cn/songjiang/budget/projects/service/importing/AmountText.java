package cn.songjiang.budget.projects.service.importing;

import cn.songjiang.budget.support.money.Money;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Reads the numbers of the document: 元 with up to two decimals, 万元 with up to six, Chinese numerals. */
final class AmountText {

    /** Loose shape used inside extraction patterns; every match is validated by {@link #number}. */
    static final String NUMBER = "\\d[\\d,]{0,24}(?:\\.\\d{1,12})?";

    private static final Pattern STRICT = Pattern.compile("(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");
    private static final int MAX_YUAN_DECIMALS = 2;
    private static final int MAX_WAN_DECIMALS = 6;
    private static final String CHINESE_DIGITS = "零一二三四五六七八九";

    private AmountText() {
    }

    /** Whether the text is a number as the document prints them (1,234.56). */
    static boolean isNumber(String text) {
        return text != null && STRICT.matcher(text).matches();
    }

    static BigDecimal number(String text, int line, String what) {
        if (text == null || !STRICT.matcher(text).matches()) {
            throw new BudgetDocumentParseException(line, "malformed number '" + text + "' for " + what);
        }
        return new BigDecimal(text.replace(",", ""));
    }

    /** An amount printed in 元, returned with scale 2. */
    static BigDecimal yuan(String text, int line, String what) {
        BigDecimal value = number(text, line, what);
        if (value.scale() > MAX_YUAN_DECIMALS) {
            throw new BudgetDocumentParseException(line, "amount '" + text + "' 元 for " + what
                    + " has more than two decimals");
        }
        return value.setScale(Money.SCALE);
    }

    /** An amount printed in 万元, converted exactly to 元 with scale 2 (1,232.385731万元 = 12,323,857.31 元). */
    static BigDecimal wan(String text, int line, String what) {
        BigDecimal value = number(text, line, what);
        if (value.scale() > MAX_WAN_DECIMALS) {
            throw new BudgetDocumentParseException(line, "amount '" + text + "' 万元 for " + what
                    + " has more than six decimals and cannot be converted to 元 to the fen");
        }
        return Money.fromWan(value);
    }

    /** An amount with its printed unit: 万元 / 万 or 元. */
    static BigDecimal amount(String text, String unit, int line, String what) {
        return unit.startsWith("万") ? wan(text, line, what) : yuan(text, line, what);
    }

    /** Reads 6, 一, 两, 十, 十二, 二十 (up to 99). */
    static int smallInteger(String text, int line, String what) {
        if (text.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(text);
        }
        String t = text.replace('两', '二');
        int ten = t.indexOf('十');
        if (ten < 0) {
            return chineseDigit(t, line, what);
        }
        int tens = ten == 0 ? 1 : chineseDigit(t.substring(0, ten), line, what);
        int units = ten == t.length() - 1 ? 0 : chineseDigit(t.substring(ten + 1), line, what);
        return tens * 10 + units;
    }

    private static int chineseDigit(String t, int line, String what) {
        int d = t.length() == 1 ? CHINESE_DIGITS.indexOf(t.charAt(0)) : -1;
        if (d < 0) {
            throw new BudgetDocumentParseException(line, "malformed number '" + t + "' for " + what);
        }
        return d;
    }
}
