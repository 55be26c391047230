package dev.wuye.complaint.boot.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.Instant;

/**
 * Strict JSON at the REST edge: a command body means exactly what it says or is refused (400). Applied to the
 * mapper the REST API reads command bodies with:
 * <ul>
 *   <li>no coercion of scalars: {@code 2} is no boolean, {@code 42} no text, {@code "3"} no number
 *       ({@link MapperFeature#ALLOW_COERCION_OF_SCALARS} off and Jackson's coercion configuration set to fail);</li>
 *   <li>a key given twice is refused ({@link JsonParser.Feature#STRICT_DUPLICATE_DETECTION});</li>
 *   <li>a field the command does not have is refused ({@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES});</li>
 *   <li>an instant only as ISO-8601 text ({@code 2025-03-10T02:00:00Z}), never as a number of seconds or
 *       milliseconds ({@code 1e308} is refused, not read as 1970-01-01);</li>
 *   <li>enum constants exactly as named (no trimmed blanks or control characters), no numbers for enums,
 *       nothing after the body (an absent boolean stays {@code false}, as the
 *       command records document).</li>
 * </ul>
 * The size of a body is limited apart, by {@link RequestSizeLimitFilter}.
 */
public final class StrictJson {

    private StrictJson() {
    }

    /**
     * Makes a mapper strict (in place).
     *
     * @param mapper the mapper, with the Java time module already registered
     * @param <M>    its type
     * @return the same mapper
     */
    @SuppressWarnings("deprecation") // ObjectMapper.configure(MapperFeature, …): the one way on a built mapper
    public static <M extends ObjectMapper> M apply(M mapper) {
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        fail(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        fail(mapper, LogicalType.Boolean, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.String);
        fail(mapper, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        fail(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean);
        fail(mapper, LogicalType.Enum, CoercionInputShape.Integer);
        fail(mapper, LogicalType.DateTime, CoercionInputShape.Integer, CoercionInputShape.Float);
        SimpleModule strict = new SimpleModule("wuye-strict-json").addDeserializer(Instant.class, new TextualInstant());
        strict.setDeserializerModifier(new ExactEnums());
        mapper.registerModule(strict);
        return mapper;
    }

    private static void fail(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
    }

    /** Enum constants exactly as named: Jackson would trim {@code "COMPLAINT\u0000"} to {@code COMPLAINT}. */
    private static final class ExactEnums extends BeanDeserializerModifier {

        private static final long serialVersionUID = 1L;

        @Override
        public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                          BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
            return new ExactEnum(deserializer);
        }
    }

    /** Refuses a constant with surrounding blanks or control characters before the enum's own deserializer. */
    private static final class ExactEnum extends DelegatingDeserializer {

        private static final long serialVersionUID = 1L;

        ExactEnum(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new ExactEnum(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                String text = p.getText();
                if (!text.equals(text.trim()) || text.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                    return ctxt.handleWeirdStringValue(handledType(), text,
                            "not one of the constants: blanks or control characters around or in it");
                }
            }
            return super.deserialize(p, ctxt);
        }
    }

    /** An instant as ISO-8601 text only; a number is refused. */
    private static final class TextualInstant extends StdDeserializer<Instant> {

        private static final long serialVersionUID = 1L;

        TextualInstant() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (Instant) ctxt.handleUnexpectedToken(Instant.class, p.currentToken(), p,
                        "an instant is ISO-8601 text such as 2025-03-10T02:00:00Z, not %s", p.currentToken());
            }
            return InstantDeserializer.INSTANT.deserialize(p, ctxt);
        }
    }
}
