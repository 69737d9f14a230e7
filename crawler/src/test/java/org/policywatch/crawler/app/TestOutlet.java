package org.policywatch.crawler.app;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.policywatch.crawler.SourceConfig;
import org.policywatch.crawler.testing.LocalServer;

/**
 * A small news site on 127.0.0.1 for the crawler IT: robots.txt (one disallowed section, a
 * sitemap), an RSS feed, a Google news sitemap, six articles, a page without text and a tracking
 * duplicate of an article. Every text here is written for this test.
 */
final class TestOutlet implements AutoCloseable {
    static final String[] TOPICS = {
        "needle exchange", "cannabis licensing", "drug checking", "opioid substitution", "prison methadone",
        "naloxone training"};
    static final String EMPTY_PATH = "/2025/04/photo-gallery-of-the-week";
    static final String PRIVATE_PATH = "/private/internal-draft-story-page";

    final LocalServer server;
    final String base;

    TestOutlet() throws IOException {
        server = new LocalServer();
        base = server.base();
        server.serve("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n\nSitemap: " + base
                + "/news-sitemap.xml\n");
        server.serve("/", "text/html", "<html><head><title>Test Outlet</title></head><body>"
                + "<a href=\"" + articlePath(1) + "\">first</a></body></html>");
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\">"
                + "<channel><title>Test Outlet</title><link>" + base + "/</link><description>news</description>");
        for (int i = 1; i <= 4; i++) {
            rss.append(item(articlePath(i)));
        }
        rss.append(item(EMPTY_PATH)).append(item(PRIVATE_PATH)).append(item(articlePath(1) + "?utm_source=rss"));
        rss.append("</channel></rss>");
        server.serve("/rss.xml", "application/rss+xml; charset=utf-8", rss.toString());
        StringBuilder sitemap = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                + " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">");
        for (int i = 3; i <= 6; i++) {
            sitemap.append("<url><loc>").append(base).append(articlePath(i)).append("</loc><news:news>")
                    .append("<news:publication><news:name>Test Outlet</news:name><news:language>en</news:language>")
                    .append("</news:publication><news:publication_date>2025-04-0").append(i)
                    .append("T09:00:00Z</news:publication_date><news:title>Story ").append(i)
                    .append("</news:title></news:news></url>");
        }
        sitemap.append("</urlset>");
        server.serve("/news-sitemap.xml", "application/xml", sitemap.toString());
        for (int i = 1; i <= 6; i++) {
            server.serve(articlePath(i), "text/html; charset=utf-8", article(i));
        }
        server.serve(EMPTY_PATH, "text/html", "<html><head><title>Gallery</title></head><body><nav><a href=\"/\">"
                + "Home</a></nav><div class=\"gallery\"><img src=\"/a.jpg\"><img src=\"/b.jpg\"></div></body></html>");
        server.serve(PRIVATE_PATH, "text/html", article(99));
    }

    static String articlePath(int i) {
        return "/2025/04/story-number-" + i + "-" + TOPICS[i - 1].replace(' ', '-');
    }

    SourceConfig source() {
        return new SourceConfig("Test Outlet", base + "/", List.of(base + "/rss.xml"), List.of(), "GB", "en",
                Duration.ofMillis(1), true);
    }

    List<String> articleUrls() {
        List<String> urls = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            urls.add(base + articlePath(i));
        }
        return urls;
    }

    private String item(String path) {
        return "<item><title>t</title><link>" + base + path + "</link></item>";
    }

    private String article(int i) {
        String topic = i <= TOPICS.length ? TOPICS[i - 1] : "an internal memo";
        String title = "Council debates " + topic + " in story " + i;
        String path = i <= TOPICS.length ? articlePath(i) : PRIVATE_PATH;
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + "<link rel=\"canonical\" href=\"" + base + path + "\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>" + title + "</h1>"
                + "<p class=\"byline\">By Test Reporter " + i + "</p>"
                + "<p>The city council met on Tuesday evening to debate a proposal on " + topic
                + ", which officials say could change how local services reach people who use drugs.</p>"
                + "<p>Supporters of the measure told the council that the programme for " + topic
                + " had been tested in two neighbourhoods last year and that clinic visits rose sharply.</p>"
                + "<p>Opponents asked for more data before a vote, and the council agreed to hear evidence "
                + "from health workers at its next session in story number " + i + ".</p>"
                + "<p>A final decision on " + topic.toUpperCase(Locale.ROOT) + " is expected before the summer "
                + "recess, according to the council's published agenda.</p>"
                + "</article><footer>Copyright Test Outlet</footer></body></html>";
    }

    @Override
    public void close() {
        server.close();
    }
}
