package org.policywatch.crawler.discover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class SitemapReaderTest {
    private static final String NEWS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                    xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
              <url><loc>https://news.example/2025/04/court-ruling-on-possession</loc>
                <news:news><news:publication><news:name>Example</news:name><news:language>en</news:language>
                </news:publication><news:publication_date>2025-04-01T08:00:00Z</news:publication_date>
                <news:title>Court ruling</news:title></news:news></url>
              <url><loc>https://news.example/world/overdose-prevention-sites-open</loc></url>
            </urlset>""";
    private static final String INDEX = """
            <?xml version="1.0" encoding="UTF-8"?>
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sitemap><loc>https://news.example/sitemaps/news.xml</loc></sitemap>
              <sitemap><loc>https://news.example/sitemaps/2025-04.xml.gz</loc></sitemap>
            </sitemapindex>""";

    @Test
    void newsSitemapUrlsOutsideItsDirectory() throws Exception {
        SitemapReader.Content c = SitemapReader.read(NEWS.getBytes(StandardCharsets.UTF_8), "application/xml",
                "https://news.example/sitemaps/news.xml");
        assertThat(c.pageUrls()).containsExactly("https://news.example/2025/04/court-ruling-on-possession",
                "https://news.example/world/overdose-prevention-sites-open");
        assertThat(c.sitemaps()).isEmpty();
    }

    @Test
    void indexListsChildren() throws Exception {
        SitemapReader.Content c = SitemapReader.read(INDEX.getBytes(StandardCharsets.UTF_8), "text/xml",
                "https://news.example/sitemap.xml");
        assertThat(c.pageUrls()).isEmpty();
        assertThat(c.sitemaps()).containsExactly("https://news.example/sitemaps/news.xml",
                "https://news.example/sitemaps/2025-04.xml.gz");
    }

    @Test
    void gzippedSitemapsAndTextSitemaps() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(NEWS.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(SitemapReader.read(out.toByteArray(), "application/x-gzip",
                "https://news.example/sitemaps/2025-04.xml.gz").pageUrls()).hasSize(2);
        assertThat(SitemapReader.read("https://news.example/a/one-two-three\n".getBytes(StandardCharsets.UTF_8),
                "text/plain", "https://news.example/sitemap.txt").pageUrls())
                .containsExactly("https://news.example/a/one-two-three");
    }

    @Test
    void newsUrlsAreArticlesOtherUrlsOnlyIfTheyLookLikeArticles() throws Exception {
        String mixed = """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                  <url><loc>https://news.example/n/42</loc><news:news><news:publication><news:name>E</news:name>
                    <news:language>en</news:language></news:publication>
                    <news:publication_date>2025-04-01</news:publication_date><news:title>T</news:title>
                  </news:news></url>
                  <url><loc>https://news.example/about</loc></url>
                  <url><loc>https://news.example/tag/prisons</loc></url>
                  <url><loc>https://news.example/world/needle-exchange-reopens-after-vote</loc></url>
                </urlset>""";
        SitemapReader.Content c = SitemapReader.read(mixed.getBytes(StandardCharsets.UTF_8), "application/xml",
                "https://news.example/sitemap.xml");
        assertThat(c.pageUrls()).hasSize(4);
        assertThat(c.newsUrls()).containsExactly("https://news.example/n/42");
        assertThat(c.articleUrls()).containsExactly("https://news.example/n/42",
                "https://news.example/world/needle-exchange-reopens-after-vote");
    }

    @Test
    void garbageIsAnError() {
        assertThatThrownBy(() -> SitemapReader.read("<html>no</html>".getBytes(StandardCharsets.UTF_8),
                "application/xml", "https://news.example/sitemap.xml"))
                .isInstanceOf(SitemapReader.BadSitemapException.class);
    }
}
