package cn.songjiang.budget.projects.service.importing;

import java.text.Normalizer;

/**
 * Brings a line of the document to the one form the parser reads, character for character, so that an offset in
 * the normalised line is the same offset in the line as written (findings and refusals quote the original).
 *
 * <ul>
 *   <li>Unicode NFKC for characters whose compatibility form is one ASCII character of the same general category:
 *       full-width digits, letters and punctuation (１４．０２, ％, ｜), small form variants, and every space
 *       separator (ideographic space, no-break space) become ASCII. Circled or superscript digits and Roman numerals
 *       change category under NFKC and are left as written, so ① is never read as 1.</li>
 *   <li>Commas, semicolons, colons and brackets, full- or half-width, are written the Chinese way (，；：（）), except a
 *       comma that separates thousands (1,234.56) and a colon between digits (10:30), which stay ASCII. The percent
 *       sign is ASCII.</li>
 * </ul>
 */
final class TextNormaliser {

    private TextNormaliser() {
    }

    /** The normalised line; always as long as {@code line}, with each character in place. */
    static String line(String line) {
        char[] out = new char[line.length()];
        for (int i = 0; i < line.length(); i++) {
            out[i] = compatible(line.charAt(i));
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = switch (out[i]) {
                case ',' -> thousandsSeparator(out, i) ? ',' : '，';
                case ';' -> '；';
                case ':' -> between(out, i) ? ':' : '：';
                case '(' -> '（';
                case ')' -> '）';
                default -> out[i];
            };
        }
        return new String(out);
    }

    private static char compatible(char c) {
        if (c < 0x80 || Character.isSurrogate(c)) {
            return c;
        }
        if (Character.getType(c) == Character.SPACE_SEPARATOR) {
            return ' ';
        }
        if (!mayBecomeAscii(c)) {
            return c;
        }
        String n = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        if (n.length() == 1 && n.charAt(0) >= 0x20 && n.charAt(0) < 0x7F
                && Character.getType(n.charAt(0)) == Character.getType(c)) {
            return n.charAt(0);
        }
        return c;
    }

    /** Latin-1, general punctuation, small form variants and half-/full-width forms; the rest (CJK) is left alone. */
    private static boolean mayBecomeAscii(char c) {
        return c <= 0xFF || c >= 0x2000 && c <= 0x206F || c >= 0xFE50 && c <= 0xFE6F || c >= 0xFF00 && c <= 0xFFEF;
    }

    /** A digit before, exactly three digits after, then no digit: 1,234 but not 30,40 nor 2025,2026. */
    private static boolean thousandsSeparator(char[] s, int i) {
        if (i == 0 || !isDigit(s[i - 1])) {
            return false;
        }
        for (int k = 1; k <= 3; k++) {
            if (i + k >= s.length || !isDigit(s[i + k])) {
                return false;
            }
        }
        return i + 4 >= s.length || !isDigit(s[i + 4]);
    }

    private static boolean between(char[] s, int i) {
        return i > 0 && i + 1 < s.length && isDigit(s[i - 1]) && isDigit(s[i + 1]);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
