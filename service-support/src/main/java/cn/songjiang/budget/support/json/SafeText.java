package cn.songjiang.budget.support.json;

/**
 * Which characters request text may carry: no control characters (U+0000–U+001F, U+007F–U+009F), except tab, carriage
 * return and line feed in body text. PostgreSQL cannot store NUL, and none of them belongs in a name, a code or a
 * log line.
 */
public final class SafeText {

    public static final String REASON = "must not contain control characters";
    public static final String BODY_REASON = REASON + " (tab and line breaks are allowed)";

    private SafeText() {
    }

    /** True when {@code text} has a control character other than tab, CR and LF. */
    public static boolean hasControlInBody(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\n') {
                return true;
            }
        }
        return false;
    }

    /** True when {@code text} has any control character (query and path parameters are one line). */
    public static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} with every control character written as {@code \\uXXXX}, for log lines. */
    public static String escaped(Object value) {
        String text = String.valueOf(value);
        if (!hasControl(text)) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
