package org.policywatch.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import org.junit.jupiter.api.Test;

class BrokerPropertiesTest {

  private final Path dir = Path.of("/tmp/policywatch-kafka-test");

  @Test
  void bindsOnlyToLoopbackWithAStaticSingleVoterQuorum() {
    Properties p = BrokerProperties.of(dir, 9092, 9093);

    assertThat(p.getProperty("listeners"))
        .isEqualTo("PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093");
    assertThat(p.getProperty("advertised.listeners")).isEqualTo("PLAINTEXT://127.0.0.1:9092");
    assertThat(p.getProperty("process.roles")).isEqualTo("broker,controller");
    assertThat(p.getProperty("controller.quorum.voters")).isEqualTo("1@127.0.0.1:9093");
    assertThat(p.getProperty("log.dirs")).isEqualTo(dir.toAbsolutePath().toString());
  }

  @Test
  void internalTopicsHaveOneReplicaSoTransactionsWorkOnOneNode() {
    Properties p = BrokerProperties.of(dir, 9092, 9093);

    assertThat(p.getProperty("offsets.topic.replication.factor")).isEqualTo("1");
    assertThat(p.getProperty("transaction.state.log.replication.factor")).isEqualTo("1");
    assertThat(p.getProperty("transaction.state.log.min.isr")).isEqualTo("1");
    assertThat(p.getProperty("min.insync.replicas")).isEqualTo("1");
    assertThat(p.getProperty("group.initial.rebalance.delay.ms")).isEqualTo("0");
  }

  @Test
  void isAValidKafkaServerConfiguration() {
    KafkaConfig config = KafkaConfig.fromProps(BrokerProperties.of(dir, 19092, 19093), false);

    assertThat(config.nodeId()).isEqualTo(BrokerProperties.NODE_ID);
    assertThat(config.numNetworkThreads()).isEqualTo(2);
    assertThat(config.autoCreateTopicsEnable()).isFalse();
  }

  @Test
  void rejectsBadPorts() {
    assertThatThrownBy(() -> BrokerProperties.of(dir, 9092, 9092))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BrokerProperties.of(dir, 0, 9093))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BrokerProperties.of(dir, 9092, 70_000))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
