package org.policywatch.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class EmbeddedKafkaIT {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaIT.class);
  private static final List<String> TOPICS = List.of("it.in", "it.out", "it.other");
  private static final String GROUP = "it-processor";
  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path dataDir;

  @Test
  void createsTopicsIdempotentlyAndRoundTripsRecords() throws Exception {
    try (EmbeddedKafka kafka = timedStart(dataDir, 0)) {
      assertThat(kafka.bootstrapServers()).matches("127\\.0\\.0\\.1:\\d+");

      kafka.createTopics(4, TOPICS);
      kafka.createTopics(4, TOPICS);

      assertThat(partitionCounts(kafka)).isEqualTo(Map.of("it.in", 4, "it.out", 4, "it.other", 4));
      try (KafkaProducer<String, String> producer = producer(kafka, null)) {
        for (int i = 0; i < 20; i++) {
          producer.send(new ProducerRecord<>("it.other", "k" + i, "v" + i)).get();
        }
      }
      List<String> values = readAll(kafka, "it.other", "read_uncommitted", 20);
      assertThat(values).hasSize(20).contains("v0", "v19");
    }
  }

  @Test
  void transactionsCommitOffsetsHideAbortsAndSurviveARestart() throws Exception {
    EmbeddedKafka kafka = timedStart(dataDir, 0);
    String firstAddress = kafka.bootstrapServers();
    try {
      kafka.createTopics(4, TOPICS);
      try (KafkaProducer<String, String> producer = producer(kafka, null)) {
        for (int i = 0; i < 12; i++) {
          producer.send(new ProducerRecord<>("it.in", "page-" + i, "page " + i)).get();
        }
      }

      processInOneTransaction(kafka, 12);

      try (KafkaProducer<String, String> tx = producer(kafka, "it-aborter")) {
        tx.initTransactions();
        tx.beginTransaction();
        tx.send(new ProducerRecord<>("it.out", "x", "aborted")).get();
        tx.flush();
        tx.abortTransaction();
      }

      List<String> committed = readAll(kafka, "it.out", "read_committed", 12);
      assertThat(committed).hasSize(12).allMatch(v -> v.startsWith("analyzed page "))
          .doesNotContain("aborted");
      assertThat(readAll(kafka, "it.out", "read_uncommitted", 13)).contains("aborted");
      assertThat(sum(committedOffsets(kafka))).isEqualTo(12);
    } finally {
      kafka.close();
      kafka.close();
    }

    try (EmbeddedKafka again = timedStart(dataDir, 0)) {
      LOG.info("restarted on {} (was {})", again.bootstrapServers(), firstAddress);
      again.createTopics(4, TOPICS);

      assertThat(partitionCounts(again)).isEqualTo(Map.of("it.in", 4, "it.out", 4, "it.other", 4));
      assertThat(sum(committedOffsets(again))).isEqualTo(12);
      List<String> out = readAll(again, "it.out", "read_committed", 12);
      assertThat(out).hasSize(12).doesNotContain("aborted");
      assertThat(out.stream().collect(Collectors.toSet())).hasSize(12);

      try (KafkaProducer<String, String> producer = producer(again, null)) {
        producer.send(new ProducerRecord<>("it.in", "page-12", "page 12")).get();
      }
      // the group resumes after its committed offsets: only the new record is processed
      processInOneTransaction(again, 1);
      assertThat(sum(committedOffsets(again))).isEqualTo(13);
      assertThat(readAll(again, "it.out", "read_committed", 13)).contains("analyzed page 12");
    }
  }

  /** Consume-process-produce: reads {@code expected} records and commits them in one transaction. */
  private static void processInOneTransaction(EmbeddedKafka kafka, int expected) {
    try (KafkaConsumer<String, String> consumer = consumer(kafka, GROUP, "read_committed");
         KafkaProducer<String, String> tx = producer(kafka, "it-processor-tx")) {
      tx.initTransactions();
      consumer.subscribe(List.of("it.in"));
      List<ConsumerRecord<String, String>> batch = new ArrayList<>();
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (batch.size() < expected && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(batch::add);
      }
      assertThat(batch).hasSize(expected);
      Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
      tx.beginTransaction();
      for (ConsumerRecord<String, String> r : batch) {
        tx.send(new ProducerRecord<>("it.out", r.key(), "analyzed " + r.value()));
        offsets.merge(new TopicPartition(r.topic(), r.partition()),
            new OffsetAndMetadata(r.offset() + 1),
            (a, b) -> a.offset() >= b.offset() ? a : b);
      }
      tx.sendOffsetsToTransaction(offsets, consumer.groupMetadata());
      tx.commitTransaction();
    }
  }

  private static EmbeddedKafka timedStart(Path dir, int port) {
    long t0 = System.nanoTime();
    EmbeddedKafka kafka = EmbeddedKafka.start(dir, port);
    LOG.info("MEASURED start in {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
    return kafka;
  }

  private static Map<String, Integer> partitionCounts(EmbeddedKafka kafka) throws Exception {
    try (Admin admin = Admin.create(Map.of(
        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
      Map<String, TopicDescription> d = admin.describeTopics(TOPICS).allTopicNames().get();
      return d.entrySet().stream()
          .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().partitions().size()));
    }
  }

  private static Map<TopicPartition, OffsetAndMetadata> committedOffsets(EmbeddedKafka kafka)
      throws Exception {
    try (Admin admin = Admin.create(Map.of(
        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
      return admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get();
    }
  }

  private static long sum(Map<TopicPartition, OffsetAndMetadata> offsets) {
    return offsets.values().stream().mapToLong(OffsetAndMetadata::offset).sum();
  }

  /** Reads a whole topic from the beginning with a fresh group until it has at least {@code min} records. */
  private static List<String> readAll(EmbeddedKafka kafka, String topic, String isolation,
      int min) {
    List<String> values = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = consumer(kafka, null, isolation)) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
          .map(p -> new TopicPartition(topic, p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (System.nanoTime() < deadline
          && (values.size() < min || !atEnd(consumer, end, Set.copyOf(partitions)))) {
        consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
      }
    }
    return values;
  }

  private static boolean atEnd(KafkaConsumer<String, String> consumer,
      Map<TopicPartition, Long> end, Set<TopicPartition> partitions) {
    return partitions.stream().allMatch(tp -> consumer.position(tp) >= end.get(tp));
  }

  private static KafkaProducer<String, String> producer(EmbeddedKafka kafka, String txId) {
    Map<String, Object> c = new HashMap<>();
    c.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    c.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    c.put(ProducerConfig.ACKS_CONFIG, "all");
    if (txId != null) {
      c.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, txId);
    }
    return new KafkaProducer<>(c, new StringSerializer(), new StringSerializer());
  }

  private static KafkaConsumer<String, String> consumer(EmbeddedKafka kafka, String group,
      String isolation) {
    Map<String, Object> c = new HashMap<>();
    c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
    c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    if (group != null) {
      c.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    }
    return new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer());
  }
}
