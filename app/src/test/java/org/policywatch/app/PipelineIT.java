package org.policywatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policywatch.app.config.PolicyWatchConfig;
import org.policywatch.app.demo.DemoArticle;
import org.policywatch.crawler.CrawlerConfig;
import org.policywatch.crawler.CurationConfig;
import org.policywatch.crawler.state.CrawlState;
import org.policywatch.crawler.state.UrlRecord;
import org.policywatch.crawler.state.UrlStatus;
import org.policywatch.model.Json;
import org.policywatch.model.Topics;

/**
 * The whole system in one JVM, as {@code run} starts it: embedded Kafka, the demo outlet over
 * HTTP, crawler, analyzer, indexer and the web server; then a restart on the same data.
 */
class PipelineIT {
    private static final Duration PATIENCE = Duration.ofMinutes(4);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path data;

    @Test
    void demoArticlesFlowFromOutletToSearchAndARestartContinues() throws Exception {
        PolicyWatchConfig cfg = config(freePort());
        List<DemoArticle> articles;
        List<DemoArticle> offTopic;
        long pagesAfterFirstRun;
        try (PolicyWatchSystem system = PolicyWatchSystem.start(cfg, PolicyWatchSystem.Parts.ALL)) {
            articles = system.demo().articles().stream().filter(DemoArticle::onTopic).toList();
            offTopic = system.demo().articles().stream().filter(a -> !a.onTopic()).toList();
            assertThat(articles).hasSizeGreaterThanOrEqualTo(15);
            assertThat(offTopic).isNotEmpty();

            JsonNode all = await(system.url(), "", r -> r.path("total").asInt() >= articles.size());
            assertThat(all.path("total").asInt()).isEqualTo(articles.size());

            Set<String> indexedTitles = new HashSet<>();
            for (JsonNode hit : all.path("hits")) {
                indexedTitles.add(hit.path("title").asText());
            }
            assertThat(indexedTitles).containsAll(articles.stream().map(DemoArticle::title).toList());
            assertThat(indexedTitles).as("off-topic articles are not analysed")
                    .doesNotContainAnyElementsOf(offTopic.stream().map(DemoArticle::title).toList());

            // A quote with its speaker, both in the API and on the HTML search page.
            JsonNode quoted = null;
            for (JsonNode hit : all.path("hits")) {
                JsonNode article = getJson(system.url() + "/api/articles/" + hit.path("id").asText());
                for (JsonNode quote : article.path("quotes")) {
                    if (quote.path("speaker").hasNonNull("name") && quote.path("kind").asText().equals("direct")) {
                        quoted = quote;
                        break;
                    }
                }
                if (quoted != null) {
                    break;
                }
            }
            assertThat(quoted).as("a direct quote with a named speaker").isNotNull();
            String speaker = quoted.path("speaker").path("name").asText();
            String html = get(system.url() + "/?q=" + URLEncoder.encode("\"" + speaker + "\"", StandardCharsets.UTF_8));
            assertThat(html).contains(speaker);

            // The archived copy of a crawled article, linked from its page and served sandboxed.
            String id = all.path("hits").get(0).path("id").asText();
            assertThat(get(system.url() + "/article/" + id)).contains("/article/" + id + "/archive");
            HttpResponse<String> archived = http.send(HttpRequest.newBuilder(
                    URI.create(system.url() + "/article/" + id + "/archive")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(archived.statusCode()).isEqualTo(200);
            assertThat(archived.headers().firstValue("Content-Security-Policy").orElseThrow()).startsWith("sandbox");
            assertThat(archived.body()).contains(all.path("hits").get(0).path("title").asText());

            pagesAfterFirstRun = countRecords(system.bootstrapServers(), Topics.PAGES);
            assertThat(pagesAfterFirstRun).isEqualTo(articles.size());
        }

        // The off-topic articles were fetched and kept in the crawl state with their score.
        try (CrawlState state = CrawlState.open(CrawlerConfig.defaults(data).stateDb())) {
            for (DemoArticle article : offTopic) {
                UrlRecord rec = state.get(article.url()).orElseThrow();
                assertThat(rec.status()).as(article.url()).isEqualTo(UrlStatus.IRRELEVANT);
                assertThat(rec.relevance()).isNotNull().isLessThan(CurationConfig.DEFAULT_RELEVANCE_THRESHOLD);
            }
            assertThat(state.counts()).containsEntry(UrlStatus.IRRELEVANT, offTopic.size())
                    .containsEntry(UrlStatus.DONE, articles.size());
        }

        // Second run on the same data directory: nothing crawled twice, nothing lost.
        try (PolicyWatchSystem system = PolicyWatchSystem.start(cfg, PolicyWatchSystem.Parts.ALL)) {
            JsonNode all = await(system.url(), "", r -> r.path("total").asInt() >= articles.size());
            assertThat(all.path("total").asInt()).isEqualTo(articles.size());
            Thread.sleep(3000); // a crawl pass over the demo outlet's feed and sitemap
            assertThat(countRecords(system.bootstrapServers(), Topics.PAGES)).isEqualTo(pagesAfterFirstRun);
            assertThat(countRecords(system.bootstrapServers(), Topics.ARTICLES)).isEqualTo(pagesAfterFirstRun);
        }
    }

    private PolicyWatchConfig config(int demoPort) {
        return new PolicyWatchConfig(data, data.resolve("no-sources.yaml"),
                new PolicyWatchConfig.KafkaSettings(null, 0, 2),
                new PolicyWatchConfig.CrawlerSettings(20L, 2, null),
                new PolicyWatchConfig.AnalyzerSettings(2, null, null),
                new PolicyWatchConfig.IndexerSettings(200L),
                new PolicyWatchConfig.UiSettings("127.0.0.1", 0),
                new PolicyWatchConfig.DemoSettings(true, demoPort));
    }

    private JsonNode await(String base, String query, Predicate<JsonNode> done) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        String url = base + "/api/search?size=100&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            last = getJson(url);
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("timed out; last response: " + last);
    }

    private JsonNode getJson(String url) throws IOException, InterruptedException {
        return Json.mapper().readTree(get(url));
    }

    private String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }

    /** Committed records in a topic, read from the beginning with read_committed. */
    static long countRecords(String bootstrap, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(topic).forEach(i -> partitions.add(new TopicPartition(topic, i.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long count = 0;
            Instant deadline = Instant.now().plusSeconds(30);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))
                    && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> ignored : consumer.poll(Duration.ofMillis(500))) {
                    count++;
                }
            }
            return count;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
