package org.policywatch.crawler.discover;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HomepageLinksTest {
    private static final String HOME = """
            <html><head>
              <link rel="alternate" type="application/rss+xml" title="All" href="/feed.xml">
              <link rel="Alternate" type="application/atom+xml" href="https://news.example/atom">
              <link rel="alternate" type="text/html" hreflang="fr" href="/fr/">
              <link rel="stylesheet" href="/site.css">
            </head><body>
              <nav><a href="/">Home</a><a href="/tag/drugs">Drugs</a><a href="/author/jane-doe-smith">Jane</a>
                <a href="/page/2">Next</a><a href="/about">About</a></nav>
              <a href="/2025/04/02/ministry-announces-new-policy">Policy</a>
              <a href="https://www.news.example/world/harm-reduction-centre-opens-downtown">Centre</a>
              <a href="/news/123456">Numbered</a>
              <a href="https://other.example/2025/04/elsewhere-story-here">Elsewhere</a>
              <a href="/2025/04/02/ministry-announces-new-policy#comments">Again</a>
              <a href="/media/photo-of-the-day.jpg">Photo</a>
              <a href="mailto:desk@news.example">Mail</a>
              <a href="/sponsored-story-about-things" rel="sponsored">Ad</a>
            </body></html>""";

    @Test
    void autodiscoversRssAndAtomFeeds() {
        assertThat(HomepageLinks.feeds(HOME, "https://news.example/"))
                .containsExactly("https://news.example/feed.xml", "https://news.example/atom");
    }

    @Test
    void sectionLinksKeepSameSiteArticlesOnly() {
        assertThat(HomepageLinks.articleLinks(HOME, "https://news.example/")).containsExactly(
                "https://news.example/2025/04/02/ministry-announces-new-policy",
                "https://www.news.example/world/harm-reduction-centre-opens-downtown",
                "https://news.example/news/123456");
    }

    @Test
    void malformedHtmlIsSurvived() {
        assertThat(HomepageLinks.articleLinks("<a href=\"/2025/04/x-y-z\"<<p></div></a", "https://news.example/"))
                .isNotNull();
        assertThat(HomepageLinks.feeds("", "https://news.example/")).isEmpty();
    }
}
