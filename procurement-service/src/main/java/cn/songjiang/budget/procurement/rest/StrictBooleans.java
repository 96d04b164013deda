package cn.songjiang.budget.procurement.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * A boolean of a request is JSON {@code true} or {@code false}, as the OpenAPI document types it: the text
 * {@code "true"} or an empty string is refused (400 naming the field), as StrictJson already refuses numbers. It adds to
 * StrictJson's settings for booleans and changes nothing else.
 */
@Singleton
public class StrictBooleans implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
}
