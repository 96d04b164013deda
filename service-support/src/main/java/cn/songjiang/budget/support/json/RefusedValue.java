package cn.songjiang.budget.support.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * A value of a request body that is well-formed JSON of the right type but that the platform refuses (control
 * characters in text, a date outside the business range, too many list elements). The problem names the field
 * (Jackson adds the path) and gives {@link #reason()}.
 */
public class RefusedValue extends InvalidFormatException {

    private final String reason;

    public RefusedValue(JsonParser parser, String reason, Object value, Class<?> targetType) {
        super(parser, reason, value, targetType);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
