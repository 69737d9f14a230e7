package org.policywatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.policywatch.model.Json;
import org.policywatch.model.Page;

class AnalyzeInputTest {
    @Test
    void acceptsSourceNameAndDateOnly() {
        Page page = AnalyzeInput.parse("{\"id\":\"a1\",\"source\":\"Harbour Post\",\"title\":\"T\","
                + "\"publishedAt\":\"2026-11-20\",\"paragraphs\":[\"One.\",\"Two.\"]}");
        assertThat(page.id()).isEqualTo("a1");
        assertThat(page.source().name()).isEqualTo("Harbour Post");
        assertThat(page.publishedAt()).isEqualTo(OffsetDateTime.parse("2026-11-20T00:00:00Z"));
        assertThat(page.paragraphs()).containsExactly("One.", "Two.");
    }

    @Test
    void acceptsWireFormatAndOffsets() {
        assertThat(AnalyzeInput.parse("{\"id\":\"a\",\"source\":{\"name\":\"X\",\"country\":\"KH\"},"
                + "\"publishedAt\":\"2026-11-20T09:30:00+07:00\",\"paragraphs\":[]}").publishedAt())
                .isEqualTo(OffsetDateTime.parse("2026-11-20T09:30:00+07:00"));
        assertThat(AnalyzeInput.parse("{\"id\":\"a\",\"publishedAt\":\"2026-11-20T09:30:00\"}").publishedAt())
                .isEqualTo(OffsetDateTime.parse("2026-11-20T09:30:00Z"));
        assertThat(AnalyzeInput.parse("{\"id\":\"a\",\"source\":null,\"publishedAt\":null}").source()).isNull();
    }

    @Test
    void rejectsBadLinesWithReasons() {
        assertThatThrownBy(() -> AnalyzeInput.parse("[1]")).isInstanceOf(Json.BadRecordException.class)
                .hasMessageContaining("object");
        assertThatThrownBy(() -> AnalyzeInput.parse("{\"id\":\"a\",\"publishedAt\":\"yesterday\"}"))
                .hasMessageContaining("publishedAt");
        assertThatThrownBy(() -> AnalyzeInput.parse("{\"title\":\"no id\"}")).hasMessageContaining("page.id");
        assertThatThrownBy(() -> AnalyzeInput.parse("{oops")).hasMessageContaining("not JSON");
    }

    @Test
    void extractNamesPagesByFile() {
        assertThat(ExtractCommand.baseName(java.nio.file.Path.of("/x/ca-page.html"))).isEqualTo("ca-page");
        assertThat(ExtractCommand.baseName(java.nio.file.Path.of("page.html.gz"))).isEqualTo("page");
        assertThat(ExtractCommand.baseName(java.nio.file.Path.of("noext"))).isEqualTo("noext");
    }
}
