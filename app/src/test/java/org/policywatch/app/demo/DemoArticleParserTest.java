package org.policywatch.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DemoArticleParserTest {

    private static final String HEADER = """
            ---
            slug: harbour-clinic-reopens
            section: europe
            template: briefing
            title: Harbour clinic <reopens> & "expands"
            standfirst: A short summary.
            author: Test Writer
            published: 2026-11-01T10:00:00Z
            dateline: OSLO
            image: A caption.
            credit: A credit
            pullquote: It is open again.
            ---
            """;

    @Test
    void parsesHeaderAndJoinsWrappedParagraphLines() {
        DemoStory story = DemoArticleParser.parse("t.md", HEADER + "First line\nstill first.\n\nIt is open again.\n");
        DemoArticle a = story.article();
        assertThat(a.slug()).isEqualTo("harbour-clinic-reopens");
        assertThat(a.title()).isEqualTo("Harbour clinic <reopens> & \"expands\"");
        assertThat(a.paragraphs()).containsExactly("First line still first.", "It is open again.");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2026-11-01T10:00:00Z"));
        assertThat(story.modifiedAt()).isEqualTo(a.publishedAt());
        assertThat(a.url()).isEqualTo("/wire/20261101-harbour-clinic-reopens");
        assertThat(story.at("http://127.0.0.1:1").article().url())
                .isEqualTo("http://127.0.0.1:1/wire/20261101-harbour-clinic-reopens");
    }

    @Test
    void rejectsMalformedFiles() {
        assertThatThrownBy(() -> DemoArticleParser.parse("a.md", "no header\n\ntext"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("front matter");
        assertThatThrownBy(() -> DemoArticleParser.parse("b.md", HEADER + "A body without the quote.\n"))
                .hasMessageContaining("pull quote");
        assertThatThrownBy(() -> DemoArticleParser.parse("c.md", HEADER.replace("briefing", "tabloid") + "It is open again."))
                .hasMessageContaining("template");
        assertThatThrownBy(() -> DemoArticleParser.parse("d.md", HEADER.replace("author: Test Writer\n", "") + "It is open again."))
                .hasMessageContaining("author");
    }

    @Test
    void htmlEscapingCoversMarkupAndQuotes() {
        assertThat(Html.esc("<script>alert('x') & \"y\"</script>"))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
        assertThat(Html.json("a\"</script>")).isEqualTo("\"a\\\"\\u003c/script\\u003e\"");
    }
}
