package org.policywatch.crawler.discover;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.policywatch.crawler.SourceConfig;
import org.policywatch.crawler.fetch.FetchRequest;
import org.policywatch.crawler.fetch.FetchResult;
import org.policywatch.crawler.state.CrawlState;
import org.policywatch.crawler.state.Validators;

/**
 * One discovery visit of a source: robots.txt, feeds (configured, else autodiscovered from the
 * home page's {@code <link rel="alternate">}), sitemaps (configured and listed in robots.txt,
 * nested indexes followed, news sitemaps taken whole, other sitemaps filtered to article-like
 * URLs) with conditional GET, and, when no feed or sitemap could be read, section pages: the home
 * page's article links plus those of the section pages it links to (at most
 * {@link SectionLinks#MAX_SECTIONS}, one level deep, each checked against robots.txt). Parsing is
 * left to the pure readers ({@link FeedReader}, {@link SitemapReader}, {@link HomepageLinks},
 * {@link SectionLinks}). Thread-safe; fetches go through the caller's polite fetch function.
 */
public final class SourceDiscoverer {
    /** Most sitemap documents read per visit (indexes included). */
    public static final int MAX_SITEMAPS_PER_VISIT = 50;

    /**
     * The outcome of a visit.
     *
     * @param articleUrls candidate article URLs, normalised, without duplicates
     * @param problems    what went wrong, readable (for logs); empty if nothing
     * @param feedsRead   feeds fetched successfully (200 or 304)
     * @param sitemapsRead sitemap documents fetched successfully (200 or 304)
     * @param sectionsRead section pages read (only when no feed or sitemap was)
     * @param visits       the feed and sitemap visits to record with {@link #recordVisits} once the
     *                     article URLs are stored (so that a crash in between cannot leave a
     *                     validator whose 304 would hide URLs never stored)
     */
    public record Discovery(List<String> articleUrls, List<String> problems, int feedsRead, int sitemapsRead,
            int sectionsRead, List<ResourceVisit> visits) {
        public Discovery {
            articleUrls = List.copyOf(articleUrls);
            problems = List.copyOf(problems);
            visits = List.copyOf(visits);
        }
    }

    /**
     * One fetch of a feed or sitemap, with its validators.
     *
     * @param changed whether it returned new content (false for a 304)
     */
    public record ResourceVisit(String url, String etag, String lastModified, boolean changed, Instant at) {
    }

    private final Function<FetchRequest, FetchResult> fetch;
    private final RobotsCache robots;
    private final CrawlState state;
    private final Map<String, List<String>> indexChildren = new ConcurrentHashMap<>();
    private final Set<String> leafSitemaps = ConcurrentHashMap.newKeySet();

    /**
     * A discoverer.
     *
     * @param fetch  the polite fetch function
     * @param robots robots.txt rules per host
     * @param state  where conditional-GET validators are kept
     */
    public SourceDiscoverer(Function<FetchRequest, FetchResult> fetch, RobotsCache robots, CrawlState state) {
        this.fetch = fetch;
        this.robots = robots;
        this.state = state;
    }

    /**
     * Stores the validators of a discovery's feed and sitemap visits; call it after its article
     * URLs are in the crawl state.
     */
    public void recordVisits(Discovery discovery) {
        for (ResourceVisit v : discovery.visits()) {
            state.saveVisit(v.url(), v.etag(), v.lastModified(), v.changed(), v.at());
        }
    }

    /**
     * Visits a source and returns the article URLs it currently lists; the feed and sitemap
     * validators are stored only by {@link #recordVisits}.
     */
    public Discovery discover(SourceConfig source, Instant now) {
        Visit visit = new Visit(source, now);
        RobotsPolicy homeRules = robots.forUrl(source.homepage(), source.allowPrivateAddresses(), now);
        if (homeRules.isDeferred()) {
            visit.problems.add("robots.txt of " + source.homepage() + " unavailable; host deferred");
            return visit.result();
        }
        List<String> feeds = new ArrayList<>(source.feeds());
        String homepageHtml = null;
        if (feeds.isEmpty()) {
            homepageHtml = visit.homepage();
            if (homepageHtml != null) {
                feeds.addAll(HomepageLinks.feeds(homepageHtml, source.homepage()));
            }
        }
        for (String feed : feeds) {
            visit.readFeed(feed);
        }
        Set<String> sitemaps = new LinkedHashSet<>(source.sitemaps());
        sitemaps.addAll(homeRules.sitemaps());
        visit.readSitemaps(sitemaps);
        if (visit.feedsRead == 0 && visit.sitemapsRead == 0) {
            if (homepageHtml == null) {
                homepageHtml = visit.homepage();
            }
            if (homepageHtml != null) {
                visit.readSections(homepageHtml);
            }
        }
        return visit.result();
    }

    /** The mutable state of one visit. */
    private final class Visit {
        private final SourceConfig source;
        private final Instant now;
        private final Set<String> urls = new LinkedHashSet<>();
        private final List<String> problems = new ArrayList<>();
        private final List<ResourceVisit> visits = new ArrayList<>();
        private int feedsRead;
        private int sitemapsRead;
        private int sectionsRead;

        Visit(SourceConfig source, Instant now) {
            this.source = source;
            this.now = now;
        }

        Discovery result() {
            return new Discovery(new ArrayList<>(urls), problems, feedsRead, sitemapsRead, sectionsRead, visits);
        }

        String homepage() {
            if (!allowed(source.homepage())) {
                return null;
            }
            FetchResult r = fetch.apply(FetchRequest.html(source.homepage(), source.allowPrivateAddresses()));
            if (!r.ok()) {
                problems.add("home page " + source.homepage() + ": " + r.failure());
                return null;
            }
            return r.text();
        }

        /** The home page's article links, then those of its section pages (depth 1). */
        void readSections(String homepageHtml) {
            urls.addAll(HomepageLinks.articleLinks(homepageHtml, source.homepage()));
            for (String section : SectionLinks.sections(homepageHtml, source.homepage())) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                if (!allowed(section)) {
                    continue;
                }
                FetchResult r = fetch.apply(FetchRequest.html(section, source.allowPrivateAddresses()));
                if (!r.ok()) {
                    problems.add("section page " + section + ": " + r.failure());
                    continue;
                }
                sectionsRead++;
                urls.addAll(HomepageLinks.articleLinks(r.text(), r.finalUrl()));
            }
        }

        void readFeed(String feedUrl) {
            FetchResult r = conditionalFetch(feedUrl, true);
            if (r == null) {
                return;
            }
            if (r.notModified()) {
                feedsRead++;
                return;
            }
            try {
                urls.addAll(FeedReader.articleLinks(r.body(), r.finalUrl()));
                feedsRead++;
                visits.add(new ResourceVisit(feedUrl, r.etag(), r.lastModified(), true, now));
            } catch (FeedReader.BadFeedException e) {
                problems.add("feed " + feedUrl + ": " + e.getMessage());
            }
        }

        void readSitemaps(Set<String> roots) {
            Deque<String> queue = new ArrayDeque<>(roots);
            Set<String> seen = new HashSet<>();
            int read = 0;
            while (!queue.isEmpty() && read < MAX_SITEMAPS_PER_VISIT) {
                String url = queue.poll();
                if (!seen.add(url)) {
                    continue;
                }
                read++;
                // a 304 is only useful if we know what the sitemap held: a leaf, or an index
                // whose children we remember (both only known since this process read it)
                boolean conditional = leafSitemaps.contains(url) || indexChildren.containsKey(url);
                FetchResult r = conditionalFetch(url, conditional);
                if (r == null) {
                    continue;
                }
                if (r.notModified()) {
                    sitemapsRead++;
                    List<String> children = indexChildren.get(url);
                    if (children != null) {
                        queue.addAll(children);
                    }
                    continue;
                }
                try {
                    SitemapReader.Content content = SitemapReader.read(r.body(), r.contentType(), r.finalUrl());
                    urls.addAll(content.articleUrls());
                    queue.addAll(content.sitemaps());
                    if (content.sitemaps().isEmpty()) {
                        indexChildren.remove(url);
                        leafSitemaps.add(url);
                    } else {
                        leafSitemaps.remove(url);
                        indexChildren.put(url, content.sitemaps());
                    }
                    sitemapsRead++;
                    visits.add(new ResourceVisit(url, r.etag(), r.lastModified(), true, now));
                } catch (SitemapReader.BadSitemapException e) {
                    problems.add("sitemap " + url + ": " + e.getMessage());
                }
            }
        }

        /**
         * Fetches a feed or sitemap, with its validators if {@code conditional}; null (and a
         * problem noted) on failure.
         */
        private FetchResult conditionalFetch(String url, boolean conditional) {
            if (!allowed(url)) {
                return null;
            }
            Validators v = conditional ? state.validators(url) : Validators.NONE;
            FetchResult r = fetch.apply(
                    FetchRequest.resource(url, source.allowPrivateAddresses(), v.etag(), v.lastModified()));
            if (r.notModified()) {
                visits.add(new ResourceVisit(url, r.etag(), r.lastModified(), false, now));
                return r;
            }
            if (!r.ok()) {
                problems.add(url + ": " + r.failure());
                return null;
            }
            return r;
        }

        private boolean allowed(String url) {
            RobotsPolicy rules = robots.forUrl(url, source.allowPrivateAddresses(), now);
            if (!rules.isAllowed(url)) {
                problems.add(url + ": disallowed by robots.txt");
                return false;
            }
            return true;
        }
    }
}
