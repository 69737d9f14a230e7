package org.policywatch.crawler.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.policywatch.crawler.CrawlerConfig;
import org.policywatch.crawler.CurationConfig;
import org.policywatch.crawler.SourceConfig;

/** Small builders for crawler ITs: fast configs, sources, feeds and plain article pages (our own text). */
public final class Fixtures {
    private Fixtures() {
    }

    /**
     * A config with short delays and time-outs. Relevance filtering and near-duplicate detection
     * are off (threshold 0, distance -1): these fixtures test fetching and discovery, with short
     * invented pages that are not all about drug policy; RevisitIT and NearDuplicateIT test those.
     *
     * @param dir            where the state lives (state.db, warc/)
     * @param hostDelay      pause between requests to one host
     * @param threads        global fetch concurrency
     * @param requestTimeout total time per request
     */
    public static CrawlerConfig config(Path dir, Duration hostDelay, int threads, Duration requestTimeout) {
        return new CrawlerConfig(dir.resolve("state.db"), dir.resolve("warc"), hostDelay, null,
                CrawlerConfig.DEFAULT_MAX_BODY_BYTES, Duration.ofSeconds(1), requestTimeout, 5, threads,
                CrawlerConfig.DEFAULT_WARC_MAX_FILE_BYTES, new CurationConfig(0, null, -1, null, null, null));
    }

    /** A source allowed to reach 127.0.0.1, due again at once. */
    public static SourceConfig localSource(String name, String base, List<String> feeds, List<String> sitemaps) {
        return new SourceConfig(name, base + "/", feeds, sitemaps, "GB", "en", Duration.ofMillis(1), true);
    }

    /** An RSS 2.0 feed listing {@code base + path} for each path. */
    public static String rss(String base, List<String> paths) {
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\">"
                + "<channel><title>Feed</title><link>" + base + "/</link><description>d</description>");
        for (String path : paths) {
            rss.append("<item><title>t</title><link>").append(base).append(path).append("</link></item>");
        }
        return rss.append("</channel></rss>").toString();
    }

    /**
     * A plain article page: a headline and four paragraphs built around {@code topic} and
     * {@code marker} (a word that makes the text unique).
     */
    public static String article(String title, String topic, String marker) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head>"
                + "<body><nav><a href=\"/\">Home</a></nav><article><h1>" + title + "</h1>"
                + "<p>Officials in the district of " + marker + " presented a new plan on " + topic
                + " at a public meeting, saying the change would reach people who had been left out.</p>"
                + "<p>Community workers welcomed the plan for " + topic + " but warned that funding for "
                + "harm reduction services for people who use drugs in " + marker
                + " had been cut twice in the last three years.</p>"
                + "<p>A spokesperson for the regional health board said that data from " + marker
                + " would be published every quarter, so that residents can judge whether it works.</p>"
                + "<p>The plan on " + topic + " is due to be reviewed by the district council of " + marker
                + " before the end of the year, according to the published timetable.</p>"
                + "</article><footer>Footer text</footer></body></html>";
    }
}
