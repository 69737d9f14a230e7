package org.policywatch.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MetadataExtractorTest {

    @Test
    void normalisesLanguageCodes() {
        assertThat(MetadataExtractor.normalizeLanguage("en-GB")).isEqualTo("en");
        assertThat(MetadataExtractor.normalizeLanguage("PT_br")).isEqualTo("pt");
        assertThat(MetadataExtractor.normalizeLanguage("eng")).isEqualTo("en");
        assertThat(MetadataExtractor.normalizeLanguage("iw")).isEqualTo("he");
        assertThat(MetadataExtractor.normalizeLanguage("")).isNull();
        assertThat(MetadataExtractor.normalizeLanguage("x")).isNull();
    }

    @Test
    void cleansBylines() {
        Document doc = Jsoup.parse("<body><div class=\"byline\">By Ana Silva and Joe Park, Staff Reporters</div></body>");
        assertThat(MetadataExtractor.authors(doc, MetaTags.of(doc), JsonLd.EMPTY)).containsExactly("Ana Silva", "Joe Park");
        Document meta = Jsoup.parse("<head><meta name=\"author\" content=\"Lena Fox\"></head><body></body>");
        assertThat(MetadataExtractor.authors(meta, MetaTags.of(meta), JsonLd.EMPTY)).containsExactly("Lena Fox");
    }

    @Test
    void keepsDescriptionOnlyWhenItIsNotTheFirstParagraph() {
        java.util.List<String> paragraphs = java.util.List.of(
                "The council voted on Monday to close the clinic, ending a service that ran for ten years.");
        assertThat(Standfirst.choose(null, "The council voted on Monday to close the clinic, ending a service...",
                null, paragraphs)).isNull();
        assertThat(Standfirst.choose(null, "A ten-year-old service ends as councillors cite costs", null, paragraphs))
                .isEqualTo("A ten-year-old service ends as councillors cite costs");
    }
}
