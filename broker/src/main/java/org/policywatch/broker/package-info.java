/**
 * The embedded message broker: {@link org.policywatch.broker.EmbeddedKafka} starts a real
 * single-node KRaft Kafka broker (combined broker and controller) inside the current JVM,
 * listening on 127.0.0.1 only. The {@code run} command uses it when no external Kafka cluster
 * is configured, and integration tests use it as their Kafka.
 *
 * <p>This package is the only place in PolicyWatch that touches Kafka's internal server APIs
 * ({@code kafka.tools.StorageTool}, {@code kafka.server.KafkaRaftServer}); everything else talks
 * to Kafka through the public client API and a bootstrap address.
 */
package org.policywatch.broker;
