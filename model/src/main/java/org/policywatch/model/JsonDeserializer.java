package org.policywatch.model;

import org.apache.kafka.common.serialization.Deserializer;

/**
 * Kafka deserializer reading one record type from {@link Json}. Throws
 * {@link Json.BadRecordException} on bad input; stages that must survive bad records consume
 * bytes and call {@link Json#read(byte[], Class)} themselves, so they can dead-letter the record.
 */
public final class JsonDeserializer<T> implements Deserializer<T> {
    private final Class<T> type;

    public JsonDeserializer(Class<T> type) {
        this.type = type;
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        return data == null ? null : Json.read(data, type);
    }
}
