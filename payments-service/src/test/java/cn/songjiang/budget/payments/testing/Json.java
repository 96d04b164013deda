package cn.songjiang.budget.payments.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Reads response bodies with amounts as exact BigDecimal. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private Json() {
    }

    public static JsonNode read(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The {@code field} of every element of the array at {@code arrayPointer} (e.g. /installments). */
    public static List<BigDecimal> amounts(String body, String arrayPointer, String field) {
        List<BigDecimal> amounts = new ArrayList<>();
        for (JsonNode element : read(body).at(arrayPointer)) {
            amounts.add(element.get(field).decimalValue());
        }
        return amounts;
    }
}
