package org.policywatch.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class TitleExtractorTest {

    @Test
    void stripsSiteNameFromDocumentTitle() {
        assertThat(TitleExtractor.stripSiteName("Court frees three activists | The Daily Example", "The Daily Example"))
                .isEqualTo("Court frees three activists");
        assertThat(TitleExtractor.stripSiteName("Daily Example - Court frees three activists", null))
                .isEqualTo("Court frees three activists");
        assertThat(TitleExtractor.stripSiteName("Court frees three activists", "Daily Example"))
                .isEqualTo("Court frees three activists");
    }

    @Test
    void prefersTheH1ThatMatchesTheMetadata() {
        Document doc = Jsoup.parse("<html><head><title>Court frees three activists | Example News</title>"
                + "<meta property=\"og:title\" content=\"Court frees three activists\"></head><body>"
                + "<h1 class=\"logo\">Example News</h1><h2>Most read</h2>"
                + "<h1>Court frees three activists</h1></body></html>");
        assertThat(TitleExtractor.title(doc, JsonLd.EMPTY, MetaTags.of(doc), null))
                .isEqualTo("Court frees three activists");
    }

    @Test
    void findsOldStyleHeadlinesByTheirMatchWithTheTitle() {
        Document doc = Jsoup.parse("<html><head><title>Valley Gazette - Mayor signs budget after long night</title></head>"
                + "<body><font size=5><b>Mayor signs budget after long night</b></font><p>Text.</p></body></html>");
        assertThat(TitleExtractor.title(doc, JsonLd.EMPTY, MetaTags.of(doc), null))
                .isEqualTo("Mayor signs budget after long night");
    }

    @Test
    void fallsBackToMetadataThenNothing() {
        Document doc = Jsoup.parse("<html><head><title>Short | Site</title></head><body><p>x</p></body></html>");
        JsonLd ld = new JsonLd("Ministry to review drug law", null, null, java.util.List.of(), null, null, null);
        assertThat(TitleExtractor.title(doc, ld, MetaTags.of(doc), "Site")).isEqualTo("Ministry to review drug law");
        Document empty = Jsoup.parse("<body><p>x</p></body>");
        assertThat(TitleExtractor.title(empty, JsonLd.EMPTY, MetaTags.of(empty), null)).isNull();
    }
}
