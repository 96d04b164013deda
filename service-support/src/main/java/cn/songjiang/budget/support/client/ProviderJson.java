package cn.songjiang.budget.support.client;

import cn.songjiang.budget.support.json.StrictJson;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a REST client reads a provider's answers. A consumer record names the fields the consumer reads and marks
 * those it cannot do without {@code @JsonProperty(required = true)}: an answer that lacks one of them (a field
 * renamed or dropped by the provider) breaks the contract and is refused, never read as null or zero. Fields the
 * consumer does not read are ignored, so a provider may add fields.
 *
 * <p>Every REST client interface reads with it ({@code @RegisterProvider(ProviderJsonResolver.class)}) and makes
 * every call through {@link #read}, so that such an answer ends as a {@link ContractViolation}.
 */
public final class ProviderJson {

    private static final Pattern MISSING_FIELD = Pattern.compile("Missing required creator property '([^']+)'");

    private ProviderJson() {
    }

    /**
     * The service's own reader (StrictJson), except that fields the consumer does not read are ignored and the
     * checks of request values (text, date range, list bounds) are left to the provider.
     */
    public static ObjectMapper reader(ObjectMapper defaultObjectMapper) {
        return StrictJson.forAnswers(defaultObjectMapper).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Runs one call of a REST client; an answer its records cannot read becomes a {@link ContractViolation}. */
    public static <T> T read(Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
                if (cause instanceof JsonMappingException mapping) {
                    throw new ContractViolation("answered outside its contract: " + describe(mapping), e);
                }
            }
            throw e;
        }
    }

    /** What was wrong, said for the caller without Jackson's wording (the log keeps the whole exception). */
    private static String describe(JsonMappingException mapping) {
        Matcher missing = MISSING_FIELD.matcher(mapping.getOriginalMessage());
        return missing.find() ? "field '" + missing.group(1) + "' is missing" : "a field has the wrong type or value";
    }
}
