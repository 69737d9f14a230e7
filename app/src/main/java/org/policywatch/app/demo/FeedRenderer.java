package org.policywatch.app.demo;

import static org.policywatch.app.demo.Html.esc;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The machine-readable side of the site: RSS 2.0 feed, Google news sitemap and robots.txt. */
final class FeedRenderer {

    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private FeedRenderer() {
    }

    /** RSS 2.0 with every story, newest first; {@code pubDate} in RFC 822 form. */
    static String rss(String baseUrl, List<DemoStory> stories, Instant lastBuild) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("<channel>\n<title>").append(SiteChrome.OUTLET).append(" - All stories</title>\n")
                .append("<link>").append(esc(baseUrl)).append("/</link>\n")
                .append("<description>Independent reporting on justice, health and human rights.</description>\n")
                .append("<language>en</language>\n<lastBuildDate>").append(RFC_822.format(lastBuild)).append("</lastBuildDate>\n")
                .append("<atom:link href=\"").append(esc(baseUrl)).append("/rss.xml\" rel=\"self\" type=\"application/rss+xml\"/>\n");
        for (DemoStory s : stories) {
            DemoArticle a = s.article();
            x.append("<item>\n<title>").append(esc(a.title())).append("</title>\n")
                    .append("<link>").append(esc(a.url())).append("</link>\n")
                    .append("<guid isPermaLink=\"true\">").append(esc(a.url())).append("</guid>\n")
                    .append("<pubDate>").append(RFC_822.format(a.publishedAt())).append("</pubDate>\n")
                    .append("<dc:creator>").append(esc(a.author())).append("</dc:creator>\n")
                    .append("<category>").append(esc(a.section())).append("</category>\n")
                    .append("<description>").append(esc(a.standfirst())).append("</description>\n</item>\n");
        }
        return x.append("</channel>\n</rss>\n").toString();
    }

    /** Google news sitemap with every story. */
    static String newsSitemap(List<DemoStory> stories) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" ")
                .append("xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n");
        for (DemoStory s : stories) {
            DemoArticle a = s.article();
            x.append("<url>\n<loc>").append(esc(a.url())).append("</loc>\n")
                    .append("<lastmod>").append(Html.iso(s.modifiedAt())).append("</lastmod>\n")
                    .append("<news:news>\n<news:publication>\n<news:name>").append(SiteChrome.OUTLET)
                    .append("</news:name>\n<news:language>en</news:language>\n</news:publication>\n")
                    .append("<news:publication_date>").append(Html.iso(a.publishedAt())).append("</news:publication_date>\n")
                    .append("<news:title>").append(esc(a.title())).append("</news:title>\n</news:news>\n</url>\n");
        }
        return x.append("</urlset>\n").toString();
    }

    static String robots(String baseUrl) {
        return "# robots.txt for " + SiteChrome.OUTLET + "\n"
                + "User-agent: *\n"
                + "Disallow: /admin/\n"
                + "Disallow: /search\n"
                + "\n"
                + "Sitemap: " + baseUrl + "/news-sitemap.xml\n";
    }

    /** A small placeholder photograph (SVG) for a story. */
    static String placeholderImage(DemoStory s) {
        int hue = Math.floorMod(s.article().slug().hashCode(), 360);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1200\" height=\"675\" viewBox=\"0 0 1200 675\">"
                + "<rect width=\"1200\" height=\"675\" fill=\"hsl(" + hue + ",35%,45%)\"/>"
                + "<text x=\"40\" y=\"630\" font-family=\"sans-serif\" font-size=\"28\" fill=\"#fff\">"
                + esc(s.imageCredit()) + "</text></svg>\n";
    }
}
