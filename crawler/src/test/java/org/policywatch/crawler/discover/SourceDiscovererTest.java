package org.policywatch.crawler.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policywatch.crawler.SourceConfig;
import org.policywatch.crawler.fetch.FetchRequest;
import org.policywatch.crawler.fetch.FetchResult;
import org.policywatch.crawler.state.CrawlState;

/** Discovery over a fake web (a map of URL to response): which pages are read and what is found. */
class SourceDiscovererTest {
    private static final String HOME = "https://news.example/";
    private static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");

    @TempDir
    Path dir;
    private CrawlState state;
    private final Map<String, FetchResult> web = new HashMap<>();
    private final List<FetchRequest> requests = new ArrayList<>();
    private SourceDiscoverer discoverer;

    @BeforeEach
    void setUp() {
        state = CrawlState.open(dir.resolve("state.db"));
        java.util.function.Function<FetchRequest, FetchResult> fetch = request -> {
            requests.add(request);
            FetchResult r = web.get(request.url());
            if (r == null) {
                return FetchResult.failed(request.url(), request.url(), 404, "HTTP 404", false, null);
            }
            if (r.etag() != null && r.etag().equals(request.etag())) {
                return new FetchResult(FetchResult.Outcome.NOT_MODIFIED, 304, request.url(), request.url(), null,
                        r.etag(), null, null, null, null, false, null);
            }
            return r;
        };
        discoverer = new SourceDiscoverer(fetch, new RobotsCache(fetch, "policywatch", (h, p) -> { }), state);
        serve("https://news.example/robots.txt", "text/plain", "User-agent: *\nDisallow: /section/drafts\n", null);
    }

    @AfterEach
    void tearDown() {
        state.close();
    }

    private void serve(String url, String type, String body, String etag) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        web.put(url, new FetchResult(FetchResult.Outcome.OK, 200, url, url, type, etag, null, bytes,
                type.startsWith("text/html") ? body : null, null, false, null));
    }

    private List<String> requested() {
        return requests.stream().map(FetchRequest::url).toList();
    }

    private static SourceConfig source() {
        return new SourceConfig("News", HOME, List.of(), List.of(), null, null, Duration.ofMinutes(5), false);
    }

    @Test
    void withoutFeedsOrSitemapsSectionPagesAreReadOneLevelDeep() {
        serve(HOME, "text/html", "<nav><a href=\"/news/\">News</a><a href=\"/section/drafts\">Drafts</a>"
                + "<a href=\"/about\">About</a></nav><a href=\"/2025/06/front-page-story\">Lead</a>", null);
        serve(HOME + "news/", "text/html", "<a href=\"/2025/06/story-from-the-news-section\">One</a>"
                + "<a href=\"/tag/prisons\">Prisons</a><nav><a href=\"/section/world\">World</a></nav>", null);
        SourceDiscoverer.Discovery found = discoverer.discover(source(), NOW);
        assertThat(found.articleUrls()).containsExactly(HOME + "2025/06/front-page-story",
                HOME + "2025/06/story-from-the-news-section");
        assertThat(found.sectionsRead()).isEqualTo(1);
        assertThat(requested()).as("robots-checked, no furniture, depth 1").containsExactly(
                HOME + "robots.txt", HOME, HOME + "news/");
        assertThat(found.problems()).anyMatch(p -> p.contains("/section/drafts: disallowed by robots.txt"));
    }

    @Test
    void aReadableFeedMeansNoSectionPages() {
        serve(HOME, "text/html", "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss\">"
                + "<nav><a href=\"/news/\">News</a></nav>", null);
        serve(HOME + "rss", "application/rss+xml", "<rss version=\"2.0\"><channel><title>t</title><link>" + HOME
                + "</link><description>d</description><item><link>" + HOME + "2025/06/feed-story-one</link></item>"
                + "</channel></rss>", "\"e1\"");
        SourceDiscoverer.Discovery found = discoverer.discover(source(), NOW);
        assertThat(found.articleUrls()).containsExactly(HOME + "2025/06/feed-story-one");
        assertThat(found.feedsRead()).isEqualTo(1);
        assertThat(requested()).doesNotContain(HOME + "news/");
    }

    @Test
    void validatorsAreStoredOnlyWhenTheVisitIsRecorded() {
        serve(HOME, "text/html", "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/atom\">", null);
        serve(HOME + "atom", "application/atom+xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title>"
                + "<id>urn:t</id><updated>2025-06-01T00:00:00Z</updated><entry><title>e</title><id>urn:e</id>"
                + "<updated>2025-06-01T00:00:00Z</updated><link href=\"" + HOME + "2025/06/atom-story\"/></entry>"
                + "</feed>", "\"a1\"");
        SourceDiscoverer.Discovery first = discoverer.discover(source(), NOW);
        assertThat(first.articleUrls()).containsExactly(HOME + "2025/06/atom-story");
        assertThat(state.validators(HOME + "atom").etag()).as("not before the URLs are stored").isNull();

        discoverer.discover(source(), NOW); // e.g. after a crash: no validator, the full feed again
        assertThat(requests.get(requests.size() - 1).etag()).isNull();

        discoverer.recordVisits(first);
        assertThat(state.validators(HOME + "atom").etag()).isEqualTo("\"a1\"");
        SourceDiscoverer.Discovery again = discoverer.discover(source(), NOW.plusSeconds(600));
        assertThat(requests.get(requests.size() - 1).etag()).isEqualTo("\"a1\"");
        assertThat(again.feedsRead()).as("a 304 counts as read").isEqualTo(1);
        assertThat(again.articleUrls()).isEmpty();
    }
}
