package org.policywatch.crawler.discover;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.policywatch.crawler.fetch.FetchRequest;
import org.policywatch.crawler.fetch.FetchResult;

/**
 * robots.txt per host, fetched on first need and kept for a day (an unreadable one for ten
 * minutes). A missing robots.txt (4xx) allows everything; a 5xx or network failure defers the
 * host. Thread-safe; one fetch per host at a time.
 */
public final class RobotsCache {
    /** How long a fetched robots.txt is trusted. */
    public static final Duration TTL = Duration.ofHours(24);
    /** How long a host whose robots.txt could not be read is left alone. */
    public static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(10);

    private record Entry(RobotsPolicy policy, Instant expires) {
    }

    private final Function<FetchRequest, FetchResult> fetch;
    private final String agentName;
    private final BiConsumer<String, RobotsPolicy> onLoad;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    /**
     * A cache.
     *
     * @param fetch     how to fetch (the caller's polite fetch)
     * @param agentName our robots.txt agent name
     * @param onLoad    told of every policy loaded, with its host key (scheme://host[:port]),
     *                  e.g. to apply its Crawl-delay
     */
    public RobotsCache(Function<FetchRequest, FetchResult> fetch, String agentName,
            BiConsumer<String, RobotsPolicy> onLoad) {
        this.fetch = fetch;
        this.agentName = agentName;
        this.onLoad = onLoad;
    }

    /** The rules for the host of {@code url}. */
    public RobotsPolicy forUrl(String url, boolean allowPrivate, Instant now) {
        String host = ArticleUrls.hostKey(url);
        if (host.isEmpty()) {
            return RobotsPolicy.deferred();
        }
        Entry entry = cache.get(host);
        if (entry != null && entry.expires().isAfter(now)) {
            return entry.policy();
        }
        synchronized (locks.computeIfAbsent(host, h -> new Object())) {
            entry = cache.get(host);
            if (entry != null && entry.expires().isAfter(now)) {
                return entry.policy();
            }
            String robotsUrl = host + "/robots.txt";
            FetchResult result = fetch.apply(FetchRequest.resource(robotsUrl, allowPrivate, null, null));
            RobotsPolicy policy = interpret(robotsUrl, result, agentName);
            cache.put(host, new Entry(policy, now.plus(policy.isDeferred() ? RETRY_AFTER_FAILURE : TTL)));
            onLoad.accept(host, policy);
            return policy;
        }
    }

    /** The policy a robots.txt fetch result implies. */
    static RobotsPolicy interpret(String robotsUrl, FetchResult result, String agentName) {
        if (result.ok()) {
            return RobotsPolicy.parse(robotsUrl, result.body(), agentName);
        }
        int status = result.status();
        if (status >= 400 && status < 500 && status != 429) {
            return RobotsPolicy.allowAll();
        }
        return RobotsPolicy.deferred();
    }
}
