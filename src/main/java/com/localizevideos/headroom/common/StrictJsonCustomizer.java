package com.localizevideos.headroom.common;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Makes JSON reading strict where Jackson would silently change data: no 2.5 → 2, no trailing garbage, no duplicate
 * keys (the last one would win), no scalar coercions ("12" → 12, 42 → "42", 1 → PRO, 1 → true), dates and instants
 * only as ISO-8601 strings within {@link DateRange}, strings only as {@link Text} allows.
 */
@Singleton
public class StrictJsonCustomizer implements ObjectMapperCustomizer {

    /** Last, so that these deserializers win over the java.time ones Quarkus registers. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean,
                LogicalType.Enum, LogicalType.Textual}) {
            var config = mapper.coercionConfigFor(type);
            for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.String,
                    CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean,
                    CoercionInputShape.EmptyString}) {
                // A whole number is a valid decimal (2388 for an amount); everything else across types is refused.
                if (!(type == LogicalType.Float && shape == CoercionInputShape.Integer)) {
                    config.setCoercion(shape, CoercionAction.Fail);
                }
            }
        }
        SimpleModule strict = new SimpleModule("headroom-strict");
        strict.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                              BeanDescription description, JsonDeserializer<?> deserializer) {
                return new StrictEnum(deserializer);
            }
        });
        mapper.registerModule(strict
                .addDeserializer(String.class, new StrictString())
                .addDeserializer(LocalDate.class, new StrictLocalDate())
                .addDeserializer(Instant.class, new StrictInstant()));
    }

    /** Enum codes exactly as written: Jackson would trim " PRO\u0000 " to PRO. */
    static final class StrictEnum extends DelegatingDeserializer {
        StrictEnum(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new StrictEnum(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                String text = p.getText();
                if (!text.equals(text.strip()) || Text.problem(text).isPresent()) {
                    return ctxt.handleWeirdStringValue(handledType(), text, "not one of the values accepted");
                }
            }
            return super.deserialize(p, ctxt);
        }
    }

    /** Only JSON strings, and only text {@link Text} allows. */
    static final class StrictString extends StdScalarDeserializer<String> {
        StrictString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            String text = p.getText();
            var problem = Text.problem(text);
            if (problem.isPresent()) {
                throw InvalidFormatException.from(p, problem.get(), "(text)", String.class);
            }
            return text;
        }
    }

    /** A date as {@code YYYY-MM-DD} within {@link DateRange}; no epoch days, arrays or date-times. */
    static final class StrictLocalDate extends StdScalarDeserializer<LocalDate> {
        StrictLocalDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            try {
                LocalDate date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
                if (DateRange.contains(date)) {
                    return date;
                }
            } catch (DateTimeException e) {
                // reported below
            }
            throw InvalidFormatException.from(p, "must be a date YYYY-MM-DD " + DateRange.RANGE, "(date)", LocalDate.class);
        }
    }

    /** An instant as ISO-8601 with offset within {@link DateRange}; no epoch numbers. */
    static final class StrictInstant extends StdScalarDeserializer<Instant> {
        StrictInstant() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
            }
            String text = p.getText();
            try {
                Instant instant = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
                if (DateRange.contains(instant)) {
                    return instant;
                }
            } catch (DateTimeException e) {
                // reported below
            }
            throw InvalidFormatException.from(p, "must be an ISO-8601 instant with offset (e.g. 2026-11-03T10:00:00Z) "
                    + DateRange.RANGE, "(instant)", Instant.class);
        }
    }
}
