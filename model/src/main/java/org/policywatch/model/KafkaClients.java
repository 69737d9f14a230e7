package org.policywatch.model;

import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The Kafka client settings every stage shares (DESIGN's delivery guarantees), in one place.
 * Keys are record ids (strings), values JSON bytes ({@link Json}); a stage adds what is its own
 * (a transactional id, linger, compression) to the returned properties.
 */
public final class KafkaClients {
    private KafkaClients() {
    }

    /**
     * A producer that loses nothing and writes nothing twice: {@code acks=all}, idempotent.
     *
     * @param bootstrapServers the cluster
     * @param clientId         the client id shown in broker logs and metrics
     */
    public static Properties reliableProducer(String bootstrapServers, String clientId) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Objects.requireNonNull(bootstrapServers, "bootstrapServers"));
        p.put(ProducerConfig.CLIENT_ID_CONFIG, Objects.requireNonNull(clientId, "clientId"));
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return p;
    }

    /**
     * A consumer that sees only committed records, commits its offsets itself (never
     * automatically), starts from the earliest record of a new group and never creates topics.
     *
     * @param bootstrapServers the cluster
     * @param groupId          the consumer group
     * @param maxPollRecords   most records one poll returns
     */
    public static Properties committedConsumer(String bootstrapServers, String groupId, int maxPollRecords) {
        if (maxPollRecords < 1) {
            throw new IllegalArgumentException("maxPollRecords must be positive: " + maxPollRecords);
        }
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Objects.requireNonNull(bootstrapServers, "bootstrapServers"));
        p.put(ConsumerConfig.GROUP_ID_CONFIG, Objects.requireNonNull(groupId, "groupId"));
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(maxPollRecords));
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return p;
    }
}
