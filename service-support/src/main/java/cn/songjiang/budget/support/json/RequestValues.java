package cn.songjiang.budget.support.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;

/**
 * The checks of request values the JSON reader makes while it reads, before any element is validated or stored:
 * text without control characters, dates in the business range, and lists no longer than their {@code @Size(max)}
 * (or {@value #DEFAULT_MAX_ITEMS} elements): reading stops at the first element too many, so a list of 100,000
 * elements costs no more than one of 121.
 */
final class RequestValues {

    /** Context attribute set by {@link StrictJson#forAnswers}: the value is a provider's answer, not a request. */
    static final String ANSWER = "budget.json.answer";
    /** The bound of a list without {@code @Size(max)}. */
    static final int DEFAULT_MAX_ITEMS = 500;

    private RequestValues() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("RequestValues");
        module.addDeserializer(String.class, new Text());
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                    BeanDescription description, JsonDeserializer<?> deserializer) {
                return new BoundedList(deserializer, DEFAULT_MAX_ITEMS);
            }

            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                return description.getBeanClass() == LocalDate.class ? new BusinessDate(deserializer) : deserializer;
            }
        });
        return module;
    }

    private static boolean isAnswer(DeserializationContext context) {
        return Boolean.TRUE.equals(context.getAttribute(ANSWER));
    }

    /** Text as StringDeserializer reads it, refused when it carries a control character other than tab, CR, LF. */
    static final class Text extends StdScalarDeserializer<String> {

        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && !isAnswer(context) && SafeText.hasControlInBody(text)) {
                throw new RefusedValue(parser, SafeText.BODY_REASON, SafeText.escaped(text), String.class);
            }
            return text;
        }
    }

    /** A date as the Java time module reads it, refused outside {@link BusinessDates}. */
    static final class BusinessDate extends DelegatingDeserializer {

        BusinessDate(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new BusinessDate(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = _delegatee.deserialize(parser, context);
            if (value instanceof LocalDate date && !isAnswer(context) && !BusinessDates.inRange(date)) {
                throw new RefusedValue(parser, BusinessDates.REASON, date.toString(), LocalDate.class);
            }
            return value;
        }
    }

    /** A list read only up to its bound: the elements are buffered, then read by the usual deserializer. */
    static final class BoundedList extends DelegatingDeserializer {

        private final int maxItems;

        BoundedList(JsonDeserializer<?> delegate, int maxItems) {
            super(delegate);
            this.maxItems = maxItems;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new BoundedList(delegate, maxItems);
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
                throws com.fasterxml.jackson.databind.JsonMappingException {
            JsonDeserializer<?> contextual = super.createContextual(context, property);
            Size size = property == null ? null : property.getAnnotation(Size.class);
            int bound = size == null || size.max() == Integer.MAX_VALUE ? DEFAULT_MAX_ITEMS : size.max();
            JsonDeserializer<?> delegate = contextual instanceof BoundedList bounded ? bounded._delegatee : contextual;
            return new BoundedList(delegate, bound);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.isExpectedStartArrayToken() || isAnswer(context)) {
                return _delegatee.deserialize(parser, context);
            }
            TokenBuffer buffer = context.bufferForInputBuffering(parser);
            buffer.copyCurrentEvent(parser);
            int count = 0;
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    return context.handleUnexpectedToken(handledType(), parser);
                }
                if (++count > maxItems) {
                    throw new RefusedValue(parser, "must have at most " + maxItems + " elements", null,
                            handledType());
                }
                buffer.copyCurrentStructure(parser);
            }
            buffer.copyCurrentEvent(parser);
            try (JsonParser elements = buffer.asParserOnFirstToken()) {
                return _delegatee.deserialize(elements, context);
            }
        }
    }
}
