package cn.songjiang.budget.support.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    record Item(BigDecimal amount, LocalDate due) {
    }

    record Order(String name, BigDecimal amount, Long projectId, Boolean urgent, LocalDate date,
            @Size(max = 3) List<Item> items, List<String> tags) {
    }

    private final ObjectMapper requests = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJson().customize(mapper);
        return mapper;
    }

    private Order read(String json) throws Exception {
        return requests.readValue(json, Order.class);
    }

    @Test
    void aWellFormedRequestIsRead() throws Exception {
        Order order = read("""
                {"name":"工作服\\t第一批\\n","amount":10.00,"projectId":4,"urgent":true,"date":"2026-03-02",
                 "items":[{"amount":1.00,"due":"2100-12-31"}],"tags":["a"]}""");
        assertEquals(new BigDecimal("10.00"), order.amount());
        assertEquals(LocalDate.of(2100, 12, 31), order.items().get(0).due());
    }

    @Test
    void aKeyRepeatedAnywhereIsRefused() {
        for (String json : List.of("{\"amount\":1.00,\"amount\":2.00}", "{\"name\":\"a\",\"amount\":1.00,\"name\":\"b\"}",
                "{\"items\":[{\"amount\":1.00,\"amount\":1.00}]}")) {
            JsonProcessingException refused = assertThrows(JsonProcessingException.class, () -> read(json));
            Throwable cause = refused;
            while (!(cause instanceof JsonParseException) && cause.getCause() != null) {
                cause = cause.getCause();
            }
            assertTrue(cause.getMessage().startsWith("Duplicate field"), json);
        }
    }

    @Test
    void textAfterTheValueIsRefused() {
        assertThrows(JsonParseException.class, () -> read("{\"name\":\"a\"} trailing"));
        assertThrows(MismatchedInputException.class, () -> read("{\"name\":\"a\"}{\"name\":\"b\"}"));
    }

    @Test
    void textIsNeverReadAsANumberOrABoolean() {
        assertThrows(MismatchedInputException.class, () -> read("{\"amount\":\"10.00\"}"));
        assertThrows(MismatchedInputException.class, () -> read("{\"projectId\":\"4\"}"));
        assertThrows(MismatchedInputException.class, () -> read("{\"projectId\":\"\"}"));
        assertThrows(MismatchedInputException.class, () -> read("{\"urgent\":\"true\"}"));
    }

    @Test
    void controlCharactersInTextAreRefusedButTabAndLineBreaksAreNot() {
        RefusedValue nul = assertThrows(RefusedValue.class, () -> read("{\"name\":\"a\\u0000b\"}"));
        assertEquals("name", nul.getPath().get(0).getFieldName());
        assertEquals(SafeText.BODY_REASON, nul.reason());
        assertThrows(RefusedValue.class, () -> read("{\"name\":\"bell\\u0007\"}"));
        assertThrows(RefusedValue.class, () -> read("{\"tags\":[\"ok\",\"\\u001b[31m\"]}"));
        assertEquals("a\tb\r\nc", assertDoesNotFail("{\"name\":\"a\\tb\\r\\nc\"}").name());
    }

    @Test
    void datesOutsideTheBusinessRangeAreRefused() {
        for (String date : List.of("-999999999-01-01", "+999999999-12-31", "0000-01-01", "9999-12-31", "1999-12-31",
                "2101-01-01")) {
            RefusedValue refused = assertThrows(RefusedValue.class, () -> read("{\"date\":\"" + date + "\"}"), date);
            assertEquals(BusinessDates.REASON, refused.reason());
        }
        RefusedValue nested = assertThrows(RefusedValue.class,
                () -> read("{\"items\":[{\"due\":\"0000-01-01\"}]}"));
        assertEquals("items", nested.getPath().get(0).getFieldName());
        assertEquals(LocalDate.of(2000, 1, 1), assertDoesNotFail("{\"date\":\"2000-01-01\"}").date());
    }

    @Test
    void aListLongerThanItsSizeIsRefusedAtTheFirstElementTooMany() {
        RefusedValue refused = assertThrows(RefusedValue.class,
                () -> read("{\"items\":[{},{},{},{}]}"));
        assertEquals("items", refused.getPath().get(0).getFieldName());
        assertEquals("must have at most 3 elements", refused.reason());
        assertEquals(3, assertDoesNotFail("{\"items\":[{},{},{}]}").items().size());
    }

    @Test
    void aListWithoutSizeIsBoundedToo() {
        String tags = "[" + "\"t\",".repeat(RequestValues.DEFAULT_MAX_ITEMS) + "\"t\"]";
        assertThrows(RefusedValue.class, () -> read("{\"tags\":" + tags + "}"));
    }

    @Test
    void aHundredThousandElementsCostNoMoreThanTheBound() throws Exception {
        String body = "{\"items\":[" + "{},".repeat(99_999) + "{}]}";
        read("{\"items\":[{}]}");
        long start = System.nanoTime();
        assertThrows(RefusedValue.class, () -> read(body));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 200, "took " + millis + " ms");
    }

    @Test
    void providerAnswersAreReadWithoutTheChecksOfRequests() throws Exception {
        ObjectMapper answers = StrictJson.forAnswers(requests);
        Order order = answers.readValue("{\"date\":\"1999-12-31\",\"items\":[{},{},{},{},{}]}", Order.class);
        assertEquals(5, order.items().size());
        assertEquals(LocalDate.of(1999, 12, 31), order.date());
        assertThrows(JsonMappingException.class, () -> answers.readValue("{\"amount\":\"1\"}", Order.class));
    }

    private Order assertDoesNotFail(String json) {
        try {
            return read(json);
        } catch (Exception e) {
            throw new AssertionError(json + " was refused", e);
        }
    }
}
