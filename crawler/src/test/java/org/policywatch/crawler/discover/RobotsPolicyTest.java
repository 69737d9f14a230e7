package org.policywatch.crawler.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.policywatch.crawler.fetch.FetchResult;

class RobotsPolicyTest {
    private static final String ROBOTS = """
            User-agent: *
            Disallow: /private/

            User-agent: PolicyWatch
            Disallow: /drafts/
            Allow: /drafts/published-
            Crawl-delay: 7

            User-agent: OtherBot
            Disallow: /

            Sitemap: https://news.example/news-sitemap.xml
            Sitemap: https://news.example/sitemap-index.xml
            """;

    private static RobotsPolicy parse(String body) {
        return RobotsPolicy.parse("https://news.example/robots.txt", body.getBytes(StandardCharsets.UTF_8),
                "policywatch");
    }

    @Test
    void ourGroupAppliesNotTheWildcard() {
        RobotsPolicy p = parse(ROBOTS);
        assertThat(p.isAllowed("https://news.example/2025/04/raid-report")).isTrue();
        assertThat(p.isAllowed("https://news.example/drafts/secret")).isFalse();
        assertThat(p.isAllowed("https://news.example/drafts/published-story")).isTrue();
        assertThat(p.isAllowed("https://news.example/private/x")).as("only our group counts").isTrue();
    }

    @Test
    void wildcardGroupWhenNoneNamesUs() {
        RobotsPolicy p = parse("User-agent: *\nDisallow: /private/\n");
        assertThat(p.isAllowed("https://news.example/private/x")).isFalse();
        assertThat(p.isAllowed("https://news.example/public")).isTrue();
        assertThat(p.crawlDelay()).isEmpty();
    }

    @Test
    void crawlDelayAndSitemaps() {
        RobotsPolicy p = parse(ROBOTS);
        assertThat(p.crawlDelay()).contains(Duration.ofSeconds(7));
        assertThat(p.effectiveDelay(Duration.ofSeconds(2))).isEqualTo(Duration.ofSeconds(7));
        assertThat(p.effectiveDelay(Duration.ofSeconds(10))).isEqualTo(Duration.ofSeconds(10));
        assertThat(p.sitemaps()).containsExactly("https://news.example/news-sitemap.xml",
                "https://news.example/sitemap-index.xml");
        assertThat(parse("User-agent: *\nCrawl-delay: 300\n").crawlDelay()).contains(Duration.ofMinutes(5));
        assertThat(parse("User-agent: *\nCrawl-delay: 86400\n").isAllowed("https://news.example/a"))
                .as("a day between requests means: do not crawl").isFalse();
    }

    @Test
    void missingRobotsAllowsAllUnreadableDefers() {
        String url = "https://news.example/robots.txt";
        assertThat(RobotsCache.interpret(url, FetchResult.failed(url, url, 404, "HTTP 404", false, null), "policywatch")
                .isAllowed("https://news.example/anything")).isTrue();
        RobotsPolicy down = RobotsCache.interpret(url, FetchResult.failed(url, url, 503, "HTTP 503", true, null),
                "policywatch");
        assertThat(down.isDeferred()).isTrue();
        assertThat(down.isAllowed("https://news.example/anything")).isFalse();
        assertThat(RobotsCache.interpret(url, FetchResult.failed(url, url, 0, "I/O error", true, null), "policywatch")
                .isDeferred()).isTrue();
    }

    @Test
    void garbageIsSurvived() {
        RobotsPolicy p = parse("\u0000\u0001<html>not robots</html>\nDisallow /x\n");
        assertThat(p.isAllowed("https://news.example/x")).isTrue();
    }
}
