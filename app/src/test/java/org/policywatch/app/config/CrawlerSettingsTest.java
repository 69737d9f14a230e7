package org.policywatch.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policywatch.crawler.CurationConfig;

class CrawlerSettingsTest {
    @TempDir
    Path dir;

    @Test
    void defaultsAreTheDocumentedOnes() {
        CurationConfig c = PolicyWatchConfig.defaults().crawler().curation();
        assertThat(c).isEqualTo(CurationConfig.defaults());
        assertThat(c.relevanceThreshold()).isEqualTo(0.3);
        assertThat(c.nearDuplicateDistance()).isEqualTo(7);
        assertThat(c.minRevisitInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(c.maxRevisitInterval()).isEqualTo(Duration.ofHours(6));
        assertThat(c.articleRevisits()).containsExactly(Duration.ofHours(6), Duration.ofDays(2));
    }

    @Test
    void fileAndEnvironmentSetRelevanceDuplicatesAndRevisits() throws IOException {
        Path yaml = dir.resolve("policywatch.yaml");
        Files.writeString(yaml, "crawler:\n  threads: 3\n  relevanceThreshold: 0.45\n  nearDuplicateDistance: 3\n"
                + "  lexicon: my-lexicon.tsv\n  minRevisitSeconds: 60\n");
        PolicyWatchConfig cfg = new ConfigLoader().load(yaml, Map.of(
                "POLICYWATCH_CRAWLER_RELEVANCE_THRESHOLD", "0.5",
                "POLICYWATCH_CRAWLER_ARTICLE_REVISITS_MINUTES", "30, 120",
                "POLICYWATCH_CRAWLER_MAX_REVISIT_SECONDS", "3600"));
        CurationConfig c = cfg.crawler().curation();
        assertThat(cfg.crawler().threads()).isEqualTo(3);
        assertThat(c.relevanceThreshold()).as("environment wins").isEqualTo(0.5);
        assertThat(c.nearDuplicateDistance()).isEqualTo(3);
        assertThat(c.lexicon()).isEqualTo(Path.of("my-lexicon.tsv"));
        assertThat(c.minRevisitInterval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(c.maxRevisitInterval()).isEqualTo(Duration.ofHours(1));
        assertThat(c.articleRevisits()).containsExactly(Duration.ofMinutes(30), Duration.ofHours(2));
        assertThat(new ConfigLoader().load(yaml, Map.of("POLICYWATCH_CRAWLER_ARTICLE_REVISITS_MINUTES", "none"))
                .crawler().curation().articleRevisits()).isEmpty();
    }

    @Test
    void badValuesAreRefusedWithTheKey() {
        assertThatThrownBy(() -> settings(1.5, null, null)).hasMessageContaining("relevanceThreshold");
        assertThatThrownBy(() -> settings(null, 9, null)).hasMessageContaining("nearDuplicateDistance");
        assertThatThrownBy(() -> settings(null, null, "6h")).hasMessageContaining("articleRevisitsMinutes");
        assertThatThrownBy(() -> settings(null, null, "120,60")).hasMessageContaining("ascending");
        assertThat(settings(null, -1, "").curation().nearDuplicateDistance()).isEqualTo(-1);
        assertThat(new PolicyWatchConfig.CrawlerSettings(20L, 2, null).curation().articleRevisits())
                .isEqualTo(List.of(Duration.ofHours(6), Duration.ofDays(2)));
    }

    private static PolicyWatchConfig.CrawlerSettings settings(Double threshold, Integer distance, String revisits) {
        return new PolicyWatchConfig.CrawlerSettings(null, null, null, null, threshold, null, distance, null, null, revisits);
    }
}
