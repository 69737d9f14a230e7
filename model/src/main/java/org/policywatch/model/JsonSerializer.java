package org.policywatch.model;

import org.apache.kafka.common.serialization.Serializer;

/** Kafka serializer writing any record as {@link Json}. */
public final class JsonSerializer<T> implements Serializer<T> {
    @Override
    public byte[] serialize(String topic, T data) {
        return data == null ? null : Json.writeBytes(data);
    }
}
