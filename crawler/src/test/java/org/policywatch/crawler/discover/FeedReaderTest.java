package org.policywatch.crawler.discover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FeedReaderTest {
    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Example News</title><link>https://news.example/</link>
            <item><title>Clinic reopens</title><link>https://news.example/2025/04/clinic-reopens</link></item>
            <item><title>Relative</title><link>/2025/04/relative-link-story</link></item>
            <item><title>Tracking</title><link>https://NEWS.example:443/2025/04/x-story#comments</link></item>
            <item><title>Duplicate</title><link>https://news.example/2025/04/clinic-reopens</link></item>
            </channel></rss>""";
    private static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title><id>urn:x</id>
            <updated>2025-04-01T10:00:00Z</updated>
            <entry><title>One</title><id>urn:1</id><updated>2025-04-01T10:00:00Z</updated>
              <link rel="alternate" href="https://news.example/a/one-story-here"/></entry>
            <entry><title>Two</title><id>https://news.example/a/two-story-here</id><updated>2025-04-01T10:00:00Z</updated></entry>
            </feed>""";

    @Test
    void rssLinksResolvedNormalisedAndDeduplicated() throws Exception {
        assertThat(FeedReader.articleLinks(RSS.getBytes(StandardCharsets.UTF_8), "https://news.example/rss.xml"))
                .containsExactly("https://news.example/2025/04/clinic-reopens",
                        "https://news.example/2025/04/relative-link-story",
                        "https://news.example/2025/04/x-story");
    }

    @Test
    void atomLinksAndIdsThatAreUrls() throws Exception {
        assertThat(FeedReader.articleLinks(ATOM.getBytes(StandardCharsets.UTF_8), "https://news.example/atom.xml"))
                .containsExactly("https://news.example/a/one-story-here", "https://news.example/a/two-story-here");
    }

    @Test
    void notAFeedIsAnError() {
        assertThatThrownBy(() -> FeedReader.articleLinks("<html><p>hi</p></html>".getBytes(StandardCharsets.UTF_8),
                "https://news.example/rss")).isInstanceOf(FeedReader.BadFeedException.class);
    }

    @Test
    void externalEntitiesAreRefused() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><title>&x;</title>
                <item><link>https://news.example/2025/04/a-b-c</link></item></channel></rss>""";
        assertThatThrownBy(() -> FeedReader.articleLinks(xxe.getBytes(StandardCharsets.UTF_8),
                "https://news.example/rss")).isInstanceOf(FeedReader.BadFeedException.class);
    }
}
