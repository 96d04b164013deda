package cn.songjiang.budget.support.json;

import cn.songjiang.budget.support.openapi.DocumentedLimits;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * JSON as a finance API needs it: one JSON value per body (text after it is refused), every key once (a repeated
 * key is refused, wherever it stands), text never read as a number or a boolean, strings longer than the documented limit, unknown fields, nulls for primitives,
 * numbers for enums, fractions for integers, numbers or booleans for strings, numbers or text for booleans and
 * dates other than ISO text (no epoch days) are refused (400), as the OpenAPI types say; decimals are read as
 * BigDecimal and written plainly (300000.00, never 3E+5). {@link RequestValues} refuses control characters in text,
 * dates outside {@link BusinessDates} and lists longer than their bound while reading.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(DocumentedLimits.MAX_STRING_LENGTH)
                .maxNestingDepth(32)
                .build());
        mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        for (LogicalType number : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
            mapper.coercionConfigFor(number)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        mapper.setDefaultLeniency(false);
        mapper.registerModule(RequestValues.module());
    }

    /**
     * The reader of a provider's answers: as strict about JSON and types, but without the checks of request values
     * ({@link RequestValues}): what a provider stored and answers is its own business, and a consumer must not
     * refuse a list because it is longer than a request may send.
     */
    public static ObjectMapper forAnswers(ObjectMapper requestMapper) {
        ObjectMapper answers = requestMapper.copy();
        answers.setConfig(answers.getDeserializationConfig().withAttribute(RequestValues.ANSWER, Boolean.TRUE));
        return answers;
    }
}
