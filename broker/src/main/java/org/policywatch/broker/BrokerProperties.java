package org.policywatch.broker;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * The server configuration of the embedded single-node broker: a pure function of the log
 * directory and the two ports.
 *
 * <p>Choices, for one small machine: node 1 is both broker and controller with a static voter
 * set; both listeners bind to 127.0.0.1; every internal topic has replication factor 1 and
 * min ISR 1 (so transactions and idempotent producers work on one node); two network and two
 * I/O threads; 64 MiB segments; time- and size-based retention off (the pipeline's topics are
 * its history and can be replayed); committed consumer offsets kept for a year so a stopped
 * {@code run} continues where it stopped; no initial rebalance delay; topics are never
 * auto-created (use {@link EmbeddedKafka#createTopics}).
 */
final class BrokerProperties {

  /** The node id of the only node, used both as broker id and as controller voter id. */
  static final int NODE_ID = 1;

  /** The name of the controller listener. */
  static final String CONTROLLER_LISTENER = "CONTROLLER";

  /** The name of the client (and inter-broker) listener. */
  static final String CLIENT_LISTENER = "PLAINTEXT";

  /** The only address the broker binds to. */
  static final String HOST = "127.0.0.1";

  private static final int MIB = 1024 * 1024;
  private static final int INTERNAL_TOPIC_PARTITIONS = 4;
  private static final int OFFSETS_RETENTION_MINUTES = 365 * 24 * 60;

  private BrokerProperties() {}

  /**
   * Builds the server properties.
   *
   * @param logDir the directory holding the metadata log and all partitions
   * @param brokerPort the client listener port (1..65535)
   * @param controllerPort the controller listener port (1..65535, not {@code brokerPort})
   * @return a fresh, mutable properties object
   */
  static Properties of(Path logDir, int brokerPort, int controllerPort) {
    checkPort(brokerPort);
    checkPort(controllerPort);
    if (brokerPort == controllerPort) {
      throw new IllegalArgumentException("broker and controller ports must differ: " + brokerPort);
    }
    Properties p = new Properties();
    // KRaft combined mode, one node, static quorum
    p.setProperty("process.roles", "broker,controller");
    p.setProperty("node.id", Integer.toString(NODE_ID));
    p.setProperty("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
    p.setProperty("controller.listener.names", CONTROLLER_LISTENER);
    p.setProperty("inter.broker.listener.name", CLIENT_LISTENER);
    p.setProperty("listeners", String.format(Locale.ROOT, "%s://%s:%d,%s://%s:%d",
        CLIENT_LISTENER, HOST, brokerPort, CONTROLLER_LISTENER, HOST, controllerPort));
    p.setProperty("advertised.listeners",
        String.format(Locale.ROOT, "%s://%s:%d", CLIENT_LISTENER, HOST, brokerPort));
    p.setProperty("listener.security.protocol.map",
        CLIENT_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
    p.setProperty("log.dirs", logDir.toAbsolutePath().toString());

    // one replica everywhere: user topics, offsets, transactions, share state
    p.setProperty("num.partitions", "4");
    p.setProperty("default.replication.factor", "1");
    p.setProperty("min.insync.replicas", "1");
    p.setProperty("offsets.topic.replication.factor", "1");
    p.setProperty("offsets.topic.num.partitions", Integer.toString(INTERNAL_TOPIC_PARTITIONS));
    p.setProperty("transaction.state.log.replication.factor", "1");
    p.setProperty("transaction.state.log.min.isr", "1");
    p.setProperty("transaction.state.log.num.partitions",
        Integer.toString(INTERNAL_TOPIC_PARTITIONS));
    p.setProperty("share.coordinator.state.topic.replication.factor", "1");
    p.setProperty("share.coordinator.state.topic.min.isr", "1");

    // behaviour
    p.setProperty("auto.create.topics.enable", "false");
    p.setProperty("group.initial.rebalance.delay.ms", "0");
    p.setProperty("offsets.retention.minutes", Integer.toString(OFFSETS_RETENTION_MINUTES));
    p.setProperty("log.retention.ms", "-1");
    p.setProperty("log.retention.bytes", "-1");
    p.setProperty("log.segment.bytes", Integer.toString(64 * MIB));
    p.setProperty("log.index.size.max.bytes", Integer.toString(MIB));

    // small machine
    p.setProperty("num.network.threads", "2");
    p.setProperty("num.io.threads", "2");
    p.setProperty("background.threads", "2");
    p.setProperty("num.recovery.threads.per.data.dir", "1");
    p.setProperty("num.replica.fetchers", "1");
    p.setProperty("log.cleaner.threads", "1");
    p.setProperty("log.cleaner.dedupe.buffer.size", Integer.toString(8 * MIB));
    return p;
  }

  private static void checkPort(int port) {
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
  }
}
