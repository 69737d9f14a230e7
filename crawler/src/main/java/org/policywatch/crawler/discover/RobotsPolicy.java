package org.policywatch.crawler.discover;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The robots.txt rules of one host for our agent, parsed by crawler-commons: allowed paths,
 * Crawl-delay and listed sitemaps. Immutable and thread-safe.
 */
public final class RobotsPolicy {
    /**
     * The longest Crawl-delay honoured. A robots.txt asking for more is read (by crawler-commons)
     * as a request not to be crawled at all: every URL is then disallowed.
     */
    public static final Duration MAX_CRAWL_DELAY = Duration.ofMinutes(10);

    private final BaseRobotRules rules;
    private final boolean deferred;

    private RobotsPolicy(BaseRobotRules rules, boolean deferred) {
        this.rules = rules;
        this.deferred = deferred;
    }

    /**
     * Parses a robots.txt body.
     *
     * @param robotsUrl the URL it came from
     * @param content   its bytes
     * @param agentName our agent name (e.g. {@code policywatch}), matched case-insensitively
     */
    public static RobotsPolicy parse(String robotsUrl, byte[] content, String agentName) {
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser(MAX_CRAWL_DELAY.toMillis(), 100);
        return new RobotsPolicy(parser.parseContent(robotsUrl, content, "text/plain", List.of(agentName)), false);
    }

    /** Everything allowed: robots.txt absent (4xx). */
    public static RobotsPolicy allowAll() {
        return new RobotsPolicy(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), false);
    }

    /**
     * Nothing allowed for now: robots.txt could not be read (5xx, network error), so the host is
     * left alone until it can be.
     */
    public static RobotsPolicy deferred() {
        return new RobotsPolicy(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE), true);
    }

    /** Whether our agent may fetch {@code url}. */
    public boolean isAllowed(String url) {
        return !deferred && rules.isAllowed(url);
    }

    /** Whether the host must be left alone for now (robots.txt unavailable). */
    public boolean isDeferred() {
        return deferred;
    }

    /** The Crawl-delay for our agent (at most {@link #MAX_CRAWL_DELAY}); empty if none. */
    public Optional<Duration> crawlDelay() {
        long delay = rules.getCrawlDelay();
        if (delay == BaseRobotRules.UNSET_CRAWL_DELAY || delay <= 0) {
            return Optional.empty();
        }
        Duration d = Duration.ofMillis(delay);
        return Optional.of(d.compareTo(MAX_CRAWL_DELAY) > 0 ? MAX_CRAWL_DELAY : d);
    }

    /** The delay to keep between requests: the larger of ours and the Crawl-delay. */
    public Duration effectiveDelay(Duration hostDelay) {
        return crawlDelay().filter(d -> d.compareTo(hostDelay) > 0).orElse(hostDelay);
    }

    /** Sitemap URLs listed in robots.txt. */
    public List<String> sitemaps() {
        return List.copyOf(rules.getSitemaps());
    }
}
