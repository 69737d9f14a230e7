package org.policywatch.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextCorpusTest {
    @Test
    void titleThenParagraphsOnBlankLines() {
        BenchArticle a = TextCorpus.parse("x/1", "x",
                "\nFerry fares rise\r\n\r\nThe harbour board raised fares.\nRiders objected.\n\n\n  \"Too much,\" one said.  \n");
        assertThat(a.title()).isEqualTo("Ferry fares rise");
        assertThat(a.paragraphs()).containsExactly("The harbour board raised fares. Riders objected.",
                "\"Too much,\" one said.");
        assertThat(a.chars()).isEqualTo(a.paragraphs().get(0).length() + a.paragraphs().get(1).length());
    }

    @Test
    void titleOnlyHasNoParagraphs() {
        assertThat(TextCorpus.parse("t", "", "Only a headline\n").paragraphs()).isEmpty();
    }

    @Test
    void decodesUtf8ElseWindows1252() {
        assertThat(TextCorpus.decode("fee \u00a315m".getBytes(StandardCharsets.UTF_8))).isEqualTo("fee \u00a315m");
        assertThat(TextCorpus.decode(new byte[] {'f', 'e', 'e', ' ', (byte) 0xA3, '1'})).isEqualTo("fee \u00a31");
        assertThat(TextCorpus.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'})).isEqualTo("hi");
    }

    @Test
    void readsCategoryFoldersInOrderAndSkipsReadme(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("sport"));
        Files.createDirectories(dir.resolve("business"));
        Files.writeString(dir.resolve("README.TXT"), "About this set\n\nNot an article.\n");
        Files.writeString(dir.resolve("business/002.txt"), "Bank merges\n\nTwo banks merged.\n");
        Files.writeString(dir.resolve("business/001.txt"), "Port expands\n\nThe port grew.\n");
        Files.writeString(dir.resolve("sport/001.txt"), "Club wins\n\nThe club won.\n\nFans cheered.\n");
        Files.writeString(dir.resolve("sport/notes.md"), "ignored");
        Files.writeString(dir.resolve("sport/003.txt"), "Empty story\n");

        List<BenchArticle> articles = TextCorpus.read(dir);
        assertThat(articles).extracting(BenchArticle::id).containsExactly("business/001", "business/002", "sport/001");
        assertThat(articles.get(2).category()).isEqualTo("sport");
        assertThat(articles.get(2).paragraphs()).hasSize(2);
    }

    @Test
    void missingFolderFails(@TempDir Path dir) {
        assertThatThrownBy(() -> TextCorpus.read(dir.resolve("nope"))).isInstanceOf(IOException.class);
    }

    @Test
    void interleaveStratifiesByCategory() {
        List<BenchArticle> in = List.of(article("a", 1), article("a", 2), article("a", 3), article("b", 1),
                article("c", 1), article("c", 2));
        assertThat(TextCorpus.interleave(in)).extracting(BenchArticle::id)
                .containsExactly("a/1", "b/1", "c/1", "a/2", "c/2", "a/3");
    }

    private static BenchArticle article(String category, int n) {
        return new BenchArticle(category + "/" + n, category, "T", List.of("P."));
    }
}
