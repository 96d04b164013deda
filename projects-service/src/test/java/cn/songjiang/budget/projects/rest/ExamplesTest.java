package cn.songjiang.budget.projects.rest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/** Every JSON example of the OpenAPI document is valid JSON, so the document shows real bodies. */
class ExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyJsonExampleParses() throws IllegalAccessException {
        for (Field field : Examples.class.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) || field.getType() != String.class) {
                continue;
            }
            field.setAccessible(true);
            String value = (String) field.get(null);
            if (value.startsWith("{") || value.startsWith("[")) {
                assertDoesNotThrow(() -> JSON.readTree(value), field.getName());
            }
        }
    }
}
