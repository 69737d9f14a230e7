package org.policywatch.broker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) running inside this
 * JVM and listening on 127.0.0.1 only.
 *
 * <p>The data directory is formatted on first use (a new random cluster id); later starts on the
 * same directory keep every topic, record and committed consumer-group offset, and may use
 * different ports. Transactions and idempotent producers work: all internal topics have
 * replication factor 1 and min ISR 1. Topics are not auto-created; call
 * {@link #createTopics(int, Collection)}. See {@link BrokerProperties} for the configuration.
 *
 * <pre>{@code
 * try (EmbeddedKafka kafka = EmbeddedKafka.start(Path.of("data/kafka"))) {
 *   kafka.createTopics(4, List.of(Topics.PAGES, Topics.ARTICLES, Topics.DEADLETTER));
 *   String bootstrap = kafka.bootstrapServers();
 *   ...
 * }
 * }</pre>
 *
 * <p>Instances are thread-safe. One instance per data directory at a time.
 */
public final class EmbeddedKafka implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration ADMIN_CALL_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration POLL_INTERVAL = Duration.ofMillis(50);
  private static final String META_PROPERTIES = "meta.properties";

  private final KafkaRaftServer server;
  private final String bootstrapServers;
  private final AtomicBoolean closed = new AtomicBoolean();

  private EmbeddedKafka(KafkaRaftServer server, String bootstrapServers) {
    this.server = server;
    this.bootstrapServers = bootstrapServers;
  }

  /**
   * Starts a broker on free 127.0.0.1 ports, formatting {@code dataDir} if it is not formatted
   * yet. Returns once the broker accepts client requests.
   *
   * @param dataDir the broker's data directory (created if missing)
   * @return the running broker
   * @throws IllegalStateException if the broker cannot be formatted or started
   */
  public static EmbeddedKafka start(Path dataDir) {
    return start(dataDir, 0);
  }

  /**
   * Starts a broker whose client listener is on {@code 127.0.0.1:port} and whose controller is
   * on another free port, formatting {@code dataDir} if it is not formatted yet. Returns once the
   * broker accepts client requests.
   *
   * @param dataDir the broker's data directory (created if missing)
   * @param port the client port, or 0 for a free port
   * @return the running broker
   * @throws IllegalArgumentException if the port is out of range
   * @throws IllegalStateException if the broker cannot be formatted or started
   */
  public static EmbeddedKafka start(Path dataDir, int port) {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    long startNanos = System.nanoTime();
    Path dir = dataDir.toAbsolutePath().normalize();
    int brokerPort = port == 0 ? freePort() : port;
    int controllerPort = freePort();
    while (controllerPort == brokerPort) {
      controllerPort = freePort();
    }
    Properties props = BrokerProperties.of(dir, brokerPort, controllerPort);
    try {
      Files.createDirectories(dir);
      if (!Files.exists(dir.resolve(META_PROPERTIES))) {
        format(dir, props);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare Kafka data directory " + dir, e);
    }

    KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
    String bootstrap = BrokerProperties.HOST + ":" + brokerPort;
    EmbeddedKafka kafka = new EmbeddedKafka(server, bootstrap);
    try {
      server.startup();
      kafka.awaitReady();
    } catch (RuntimeException e) {
      kafka.close();
      throw new IllegalStateException("Kafka failed to start on " + bootstrap + " in " + dir, e);
    }
    LOG.info("Kafka started on {} (controller port {}, data {}) in {} ms", bootstrap,
        controllerPort, dir, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
    return kafka;
  }

  /**
   * Returns the address clients connect to.
   *
   * @return {@code "127.0.0.1:PORT"}
   */
  public String bootstrapServers() {
    return bootstrapServers;
  }

  /**
   * Creates the topics that do not exist yet, with {@code partitions} partitions and one replica
   * each, then waits until every partition of every named topic has a leader. Existing topics are
   * left as they are (whatever their partition count).
   *
   * @param partitions the partition count of new topics (at least 1)
   * @param topics the topic names
   * @throws IllegalArgumentException if {@code partitions < 1}
   * @throws IllegalStateException if a topic cannot be created or does not become usable in time
   */
  public void createTopics(int partitions, Collection<String> topics) {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be at least 1: " + partitions);
    }
    List<String> names = List.copyOf(topics);
    if (names.isEmpty()) {
      return;
    }
    if (closed.get()) {
      throw new IllegalStateException("Kafka is closed");
    }
    try (Admin admin = admin()) {
      List<NewTopic> requests = new ArrayList<>();
      for (String name : names) {
        requests.add(new NewTopic(name, Optional.of(partitions), Optional.empty()));
      }
      for (var entry : admin.createTopics(requests).values().entrySet()) {
        try {
          entry.getValue().get(ADMIN_CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw new IllegalStateException("cannot create topic " + entry.getKey(), e.getCause());
          }
        }
      }
      awaitLeaders(admin, names);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics " + names, e);
    } catch (TimeoutException e) {
      throw new IllegalStateException("timed out creating topics " + names, e);
    }
  }

  /**
   * Shuts the broker down cleanly and waits for it. Idempotent; never throws (a failure is
   * logged).
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    long startNanos = System.nanoTime();
    try {
      server.shutdown();
      server.awaitShutdown();
      LOG.info("Kafka on {} stopped in {} ms", bootstrapServers,
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
    } catch (RuntimeException e) {
      LOG.warn("Kafka on {} did not shut down cleanly", bootstrapServers, e);
    }
  }

  private static void format(Path dir, Properties props) throws IOException {
    Path config = Files.createTempFile("policywatch-kafka-", ".properties");
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    String clusterId = Uuid.randomUuid().toString();
    int status;
    try {
      try (OutputStream out = Files.newOutputStream(config)) {
        props.store(out, "PolicyWatch embedded Kafka (format only)");
      }
      String[] args = {"format", "--config", config.toString(), "--cluster-id", clusterId,
          "--ignore-formatted"};
      try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
        status = StorageTool.execute(args, print);
      }
    } catch (RuntimeException e) {
      throw new IllegalStateException("formatting " + dir + " failed: "
          + output.toString(StandardCharsets.UTF_8).strip(), e);
    } finally {
      Files.deleteIfExists(config);
    }
    if (status != 0) {
      throw new IllegalStateException("formatting " + dir + " failed with status " + status
          + ": " + output.toString(StandardCharsets.UTF_8).strip());
    }
    LOG.info("Formatted Kafka data directory {} (cluster id {})", dir, clusterId);
  }

  private void awaitReady() {
    try (Admin admin = admin()) {
      long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
      while (true) {
        try {
          if (!admin.describeCluster().nodes()
              .get(ADMIN_CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).isEmpty()) {
            return;
          }
        } catch (ExecutionException e) {
          LOG.debug("Kafka not ready yet: {}", e.getCause().toString());
        }
        sleepUntil(deadline, "the broker to accept clients");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for Kafka", e);
    } catch (TimeoutException e) {
      throw new IllegalStateException("timed out waiting for Kafka", e);
    }
  }

  private static void awaitLeaders(Admin admin, List<String> names)
      throws InterruptedException, TimeoutException {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (true) {
      try {
        Map<String, TopicDescription> described = admin.describeTopics(names)
            .allTopicNames().get(ADMIN_CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        if (described.values().stream().allMatch(EmbeddedKafka::hasAllLeaders)) {
          return;
        }
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
          throw new IllegalStateException("cannot describe topics " + names, e.getCause());
        }
      }
      sleepUntil(deadline, "leaders of " + names);
    }
  }

  private static boolean hasAllLeaders(TopicDescription topic) {
    List<TopicPartitionInfo> partitions = topic.partitions();
    return !partitions.isEmpty()
        && partitions.stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty());
  }

  private static void sleepUntil(long deadlineNanos, String what)
      throws InterruptedException, TimeoutException {
    if (System.nanoTime() > deadlineNanos) {
      throw new TimeoutException("waiting for " + what);
    }
    Thread.sleep(POLL_INTERVAL.toMillis());
  }

  private Admin admin() {
    return Admin.create(Map.of(
        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        AdminClientConfig.CLIENT_ID_CONFIG, "policywatch-embedded-kafka",
        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000",
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000"));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(BrokerProperties.HOST))) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on " + BrokerProperties.HOST, e);
    }
  }
}
