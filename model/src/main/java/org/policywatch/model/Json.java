package org.policywatch.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;

/**
 * The project's JSON format: camelCase, ISO 8601 instants and dates, nulls omitted, unknown
 * fields ignored. One shared, thread-safe mapper.
 */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    private Json() {
    }

    /** The shared mapper; do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One line of JSON. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** UTF-8 JSON bytes. */
    public static byte[] writeBytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads a value; malformed JSON or a record that fails validation throws
     * {@link BadRecordException} with a readable reason.
     */
    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw BadRecordException.of(type, e);
        }
    }

    /** Reads a value from UTF-8 bytes, like {@link #read(String, Class)}. */
    public static <T> T read(byte[] json, Class<T> type) {
        if (json == null) {
            throw new BadRecordException("empty " + type.getSimpleName() + " record");
        }
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw BadRecordException.of(type, e);
        }
    }

    /** Thrown when bytes or text are not a valid record. */
    public static final class BadRecordException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public BadRecordException(String message) {
            super(message);
        }

        BadRecordException(String message, Throwable cause) {
            super(message, cause);
        }

        static BadRecordException of(Class<?> type, IOException e) {
            String detail = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            if (root instanceof IllegalArgumentException || root instanceof NullPointerException) {
                detail = root.getMessage();
            }
            return new BadRecordException("invalid " + type.getSimpleName() + ": " + detail, e);
        }

    }
}
