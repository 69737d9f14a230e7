package org.policywatch.app.demo;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole demo site, rendered once for a base URL: path to response. Pure: no I/O.
 */
final class DemoSite {

    private final List<DemoStory> stories;
    private final Map<String, DemoResource> resources;
    private final DemoResource notFound;

    private DemoSite(List<DemoStory> stories, Map<String, DemoResource> resources, DemoResource notFound) {
        this.stories = stories;
        this.resources = Map.copyOf(resources);
        this.notFound = notFound;
    }

    /**
     * Renders every page.
     *
     * @param baseUrl absolute base URL without trailing slash
     * @param parsed  stories as parsed (site-relative URLs), newest first
     */
    static DemoSite build(String baseUrl, List<DemoStory> parsed) {
        List<DemoStory> stories = parsed.stream().map(s -> s.at(baseUrl)).toList();
        SiteChrome chrome = new SiteChrome(baseUrl, stories);
        Instant latest = stories.stream().map(DemoStory::modifiedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
        Map<String, DemoResource> map = new HashMap<>();
        String home = IndexPages.home(chrome);
        map.put("/", DemoResource.ok(DemoResource.HTML, home, latest));
        map.put("/index.html", DemoResource.ok(DemoResource.HTML, home, latest));
        map.put("/rss.xml", DemoResource.ok(DemoResource.RSS, FeedRenderer.rss(baseUrl, stories, latest), latest));
        map.put("/news-sitemap.xml", DemoResource.ok(DemoResource.XML, FeedRenderer.newsSitemap(stories), latest));
        map.put("/robots.txt", DemoResource.ok(DemoResource.TEXT, FeedRenderer.robots(baseUrl), latest));
        for (DemoSection section : DemoSection.values()) {
            map.put(section.path(), DemoResource.ok(DemoResource.HTML, IndexPages.section(chrome, section), latest));
        }
        map.put("/magazine/", DemoResource.ok(DemoResource.HTML,
                IndexPages.desk(chrome, PageTemplate.FEATURE, "Meridian Magazine", "/magazine/"), latest));
        map.put("/wire/", DemoResource.ok(DemoResource.HTML,
                IndexPages.desk(chrome, PageTemplate.BRIEFING, "Meridian Wire", "/wire/"), latest));
        for (DemoStory s : stories) {
            String path = s.template().path(s.article());
            map.put(path, DemoResource.ok(DemoResource.HTML, ArticlePages.render(s, chrome), s.modifiedAt()));
            map.put("/img/" + s.article().slug() + ".svg",
                    DemoResource.ok(DemoResource.SVG, FeedRenderer.placeholderImage(s), s.article().publishedAt()));
        }
        return new DemoSite(stories, map, DemoResource.error(404, DemoResource.HTML, IndexPages.notFound(chrome)));
    }

    /** The response for a request path (without query string); the 404 page if unknown. */
    DemoResource lookup(String path) {
        DemoResource found = path == null ? null : resources.get(path);
        return found == null ? notFound : found;
    }

    /** Stories with absolute URLs, newest first. */
    List<DemoStory> stories() {
        return stories;
    }
}
