package org.policywatch.crawler;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.policywatch.model.Source;

/**
 * One outlet to crawl, as written in {@code sources.yaml}.
 *
 * @param name                  display name, never blank
 * @param homepage              the outlet's home page (feed autodiscovery, section pages)
 * @param feeds                 RSS/Atom feed URLs (may be empty: discovered from the homepage)
 * @param sitemaps              (news) sitemap or sitemap index URLs (may be empty: from robots.txt)
 * @param country               ISO 3166 alpha-2, null if unknown
 * @param language              ISO 639-1, null if unknown
 * @param interval              how often to revisit feeds and sitemaps; default 15 minutes
 * @param allowPrivateAddresses whether this source may resolve to loopback or private
 *                              addresses (only for local test and demo outlets); default false
 */
public record SourceConfig(
        String name,
        String homepage,
        List<String> feeds,
        List<String> sitemaps,
        String country,
        String language,
        Duration interval,
        boolean allowPrivateAddresses) {

    /** Default revisit interval of feeds and sitemaps. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(15);

    public SourceConfig {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("source name must not be blank");
        }
        Objects.requireNonNull(homepage, () -> "source " + name + ": homepage is required");
        feeds = feeds == null ? List.of() : List.copyOf(feeds);
        sitemaps = sitemaps == null ? List.of() : List.copyOf(sitemaps);
        interval = interval == null ? DEFAULT_INTERVAL : interval;
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("source " + name + ": interval must be positive");
        }
    }

    /** The {@link Source} stamped on every page of this outlet. */
    public Source source() {
        return new Source(name, country, language);
    }
}
