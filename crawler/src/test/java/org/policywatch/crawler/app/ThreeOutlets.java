package org.policywatch.crawler.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policywatch.crawler.SourceConfig;
import org.policywatch.crawler.testing.Fixtures;
import org.policywatch.crawler.testing.LocalServer;

/**
 * Three invented news sites on 127.0.0.1, each with its own HTML template and its own way of
 * listing articles: the Harbour Courier (RSS and Atom feeds, found only through the home page's
 * {@code <link rel="alternate">}), the Valley Ledger (a sitemap index named in robots.txt, nesting
 * a news sitemap and another index with a general sitemap) and the Plateau Post (no feed, no
 * sitemap: articles two clicks from the home page, behind section pages). All have tag, about and
 * contact pages that are not articles. Every text here is written for this test.
 */
final class ThreeOutlets implements AutoCloseable {
    /** One article: where it lives, its headline and a sentence of its text. */
    record Story(String url, String headline, String sentence) {
    }

    final LocalServer courier;
    final LocalServer ledger;
    final LocalServer post;
    final Map<String, Story> stories = new LinkedHashMap<>();
    final List<String> notArticles = new ArrayList<>();

    ThreeOutlets() throws IOException {
        courier = new LocalServer();
        ledger = new LocalServer();
        post = new LocalServer();
        buildCourier();
        buildLedger();
        buildPost();
    }

    List<SourceConfig> sources() {
        return List.of(
                Fixtures.localSource("Harbour Courier", courier.base(), List.of(), List.of()),
                Fixtures.localSource("Valley Ledger", ledger.base(), List.of(), List.of()),
                Fixtures.localSource("Plateau Post", post.base(), List.of(), List.of()));
    }

    // ---- Harbour Courier: feeds only via <link rel="alternate">

    private void buildCourier() {
        String b = courier.base();
        courier.serve("/robots.txt", "text/plain", "User-agent: *\nDisallow: /account/\n");
        courier.serve("/", "text/html", "<!doctype html><html><head><title>Harbour Courier</title>"
                + "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Latest\" href=\"/feeds/latest.rss\">"
                + "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Health\" href=\"" + b
                + "/feeds/health.atom\"></head><body><header><nav><a href=\"/\">Front</a>"
                + "<a href=\"/tag/harm-reduction\">Harm reduction</a><a href=\"/about\">About</a>"
                + "<a href=\"/contact\">Contact</a></nav></header><main><p>Today's stories from the harbour.</p>"
                + "</main></body></html>");
        String[][] texts = {
            {"/stories/2025/05/12/ferry-crews-trained-to-use-naloxone.html", "Ferry crews trained to use naloxone",
                "Every crew member on the island ferries has now completed a two-hour naloxone course,"
                        + " the operator announced on Monday.",
                "The training followed two overdoses on the evening crossing last winter, when the nearest"
                        + " ambulance was forty minutes away on the mainland.",
                "Union representatives said the crews had asked for the course themselves and that kits are"
                        + " now kept beside the defibrillator on every deck."},
            {"/stories/2025/05/13/harbour-clinic-extends-evening-hours.html", "Harbour clinic extends evening hours",
                "The needle and syringe programme at the harbour clinic will stay open until nine on weekdays"
                        + " from June, after a survey of fishermen working late shifts.",
                "Staff said most visitors arrive after the boats are unloaded, long after the old closing time"
                        + " of five in the afternoon.",
                "The extra hours are funded for one year by the port authority, which will review attendance"
                        + " figures before renewing the grant."},
            {"/stories/2025/05/14/magistrates-back-diversion-scheme.html", "Magistrates back diversion scheme",
                "Magistrates in the port district voted to send people caught with small amounts of drugs"
                        + " to an education session instead of court.",
                "The bench chair said the scheme would free about a fifth of the court's Tuesday list, which"
                        + " is now taken up by possession cases.",
                "Police officers will hand out a referral card at the scene, and the case is closed once the"
                        + " session has been attended."},
            {"/stories/2025/05/15/drug-checking-trial-at-summer-festival.html", "Drug checking trial at summer festival",
                "Festival organisers confirmed that a drug checking tent will run at the harbour music weekend"
                        + " for the first time this August.",
                "Chemists from the university will test samples anonymously and tell people what their pills"
                        + " contain, without handing any results to police.",
                "The council's public health team said similar tents elsewhere had found high-strength pills"
                        + " and issued warnings within hours."}};
        List<String> rss = new ArrayList<>();
        List<String> atom = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            String[] t = texts[i];
            courier.serve(t[0], "text/html; charset=utf-8", "<!doctype html><html lang=\"en\"><head>"
                    + "<title>" + t[1] + " - Harbour Courier</title><link rel=\"canonical\" href=\"" + b + t[0] + "\">"
                    + "<meta property=\"og:title\" content=\"" + t[1] + "\"></head><body>"
                    + "<header class=\"masthead\"><a href=\"/\">Harbour Courier</a></header>"
                    + "<div class=\"story\"><h1 class=\"headline\">" + t[1] + "</h1>"
                    + "<p class=\"byline\">By the harbour desk</p><div class=\"story-body\">"
                    + "<p>" + t[2] + "</p><p>" + t[3] + "</p><p>" + t[4] + "</p></div>"
                    + "<aside class=\"related\"><h3>More on</h3><a href=\"/tag/harm-reduction\">Harm reduction</a>"
                    + "</aside></div><footer>Harbour Courier, Quay Street</footer></body></html>");
            stories.put(b + t[0], new Story(b + t[0], t[1], t[2]));
            if (i <= 2) {
                rss.add(t[0]);
            }
            if (i >= 2) {
                atom.add(t[0]); // the third story is in both feeds
            }
        }
        courier.serve("/feeds/latest.rss", "application/rss+xml", Fixtures.rss(b, rss));
        StringBuilder feed = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Health</title><id>urn:courier:health</id>"
                + "<updated>2025-05-15T10:00:00Z</updated>");
        for (String path : atom) {
            feed.append("<entry><title>e</title><id>urn:courier:").append(path.hashCode())
                    .append("</id><updated>2025-05-15T10:00:00Z</updated><link rel=\"alternate\" href=\"")
                    .append(b).append(path).append("\"/></entry>");
        }
        courier.serve("/feeds/health.atom", "application/atom+xml", feed.append("</feed>").toString());
        furniture(courier, "/tag/harm-reduction", "/about", "/contact");
    }

    // ---- Valley Ledger: sitemap index from robots.txt, nested, news sitemap + general sitemap

    private void buildLedger() {
        String b = ledger.base();
        ledger.serve("/robots.txt", "text/plain", "User-agent: *\nDisallow: /wp-admin/\n\nSitemap: " + b
                + "/sitemap_index.xml\n");
        ledger.serve("/", "text/html", "<html><head><title>Valley Ledger</title></head><body>"
                + "<div id=\"menu\"><a href=\"/about-us\">About us</a><a href=\"/contact\">Contact</a>"
                + "<a href=\"/tag/cannabis-law\">Cannabis law</a></div><p>News from the valley.</p></body></html>");
        ledger.serve("/sitemap_index.xml", "application/xml", index(b, "/sitemaps/news.xml", "/sitemaps/archive.xml"));
        ledger.serve("/sitemaps/archive.xml", "application/xml", index(b, "/sitemaps/pages.xml"));
        String[][] texts = {
            {"/2025/05/20/valley-pharmacies-to-stock-take-home-methadone/", "Valley pharmacies to stock take-home methadone",
                "Three pharmacies in the lower valley will dispense take-home methadone doses from next month,"
                        + " ending the daily bus trip to the city for dozens of patients."},
            {"/2025/05/21/farmers-union-asks-for-clarity-on-hemp-licences/", "Farmers' union asks for clarity on hemp licences",
                "The farmers' union wrote to the agriculture ministry asking how the new hemp licences will"
                        + " be inspected, after two growers were visited by police."},
            {"/2025/05/22/school-nurses-join-overdose-awareness-week/", "School nurses join overdose awareness week",
                "School nurses across the valley will run short sessions for older pupils during overdose"
                        + " awareness week, focusing on what to do when a friend collapses."},
            {"/2025/05/23/peer-workers-hired-for-mobile-van/", "Peer workers hired for mobile van",
                "The health trust has hired four peer workers with lived experience of drug use to staff the"
                        + " mobile outreach van on its rural route."}};
        StringBuilder news = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                + " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">");
        for (String[] t : texts) {
            ledgerArticle(t[0], t[1], t[2]);
            news.append("<url><loc>").append(b).append(t[0]).append("</loc><news:news><news:publication>")
                    .append("<news:name>Valley Ledger</news:name><news:language>en</news:language>")
                    .append("</news:publication><news:publication_date>2025-05-20</news:publication_date>")
                    .append("<news:title>").append(t[1].replace("'", "&apos;")).append("</news:title>")
                    .append("</news:news></url>");
        }
        ledger.serve("/sitemaps/news.xml", "application/xml", news.append("</urlset>").toString());
        String old = "/local/2024/11/library-hosts-naloxone-training";
        ledgerArticle(old, "Library hosts naloxone training",
                "The county library opened its meeting room for a free naloxone training evening, and every"
                        + " one of the thirty places was taken within a day.");
        StringBuilder pages = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (String path : List.of("/about-us", "/contact", "/tag/cannabis-law", "/topics/prisons", old)) {
            pages.append("<url><loc>").append(b).append(path).append("</loc></url>");
        }
        ledger.serve("/sitemaps/pages.xml", "application/xml", pages.append("</urlset>").toString());
        furniture(ledger, "/about-us", "/contact", "/tag/cannabis-law", "/topics/prisons");
    }

    private void ledgerArticle(String path, String headline, String lead) {
        String b = ledger.base();
        ledger.serve(path, "text/html; charset=utf-8", "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<title>" + headline + " &#8211; Valley Ledger</title></head><body class=\"single-post\">"
                + "<div id=\"page\"><div class=\"site-content\"><article class=\"post type-post\">"
                + "<header class=\"entry-header\"><h1 class=\"entry-title\">" + headline + "</h1>"
                + "<time class=\"entry-date\" datetime=\"2025-05-20T07:30:00+00:00\">20 May 2025</time></header>"
                + "<div class=\"entry-content\"><p>" + lead + "</p>"
                + "<p>Local councillors said the change had been discussed for more than a year and that residents"
                + " had asked for it at every public meeting in the valley since the spring.</p>"
                + "<p>The Ledger will follow up with the families and workers involved once the first months of"
                + " the new arrangement are over, and publish what they tell us.</p></div>"
                + "<footer class=\"entry-footer\"><a href=\"/tag/cannabis-law\" rel=\"tag\">Cannabis law</a></footer>"
                + "</article></div></div></body></html>");
        stories.put(b + path, new Story(b + path, headline, lead));
    }

    private static String index(String base, String... children) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (String c : children) {
            x.append("<sitemap><loc>").append(base).append(c).append("</loc></sitemap>");
        }
        return x.append("</sitemapindex>").toString();
    }

    // ---- Plateau Post: no feed, no sitemap, articles behind section pages

    private void buildPost() {
        String b = post.base();
        post.serve("/", "text/html", "<html><head><title>The Plateau Post</title></head><body>"
                + "<table width=\"100%\"><tr><td><ul id=\"menu\"><li><a href=\"/news/\">News</a>"
                + "<li><a href=\"/section/health/\">Health</a><li><a href=\"/about\">About</a>"
                + "<li><a href=\"/contact\">Contact</a></ul></td></tr><tr><td>"
                + "<p>Welcome to the Plateau Post. Read the <a href=\"/tag/opioids\">opioids file</a>.</p>"
                + "</td></tr></table></body></html>");
        String[][] texts = {
            {"/news/2025/06/city-funds-night-shelter-beds", "City funds night shelter beds",
                "The city council approved money for twenty extra night shelter beds reserved for people"
                        + " leaving detox, who until now were often discharged to the street."},
            {"/news/2025/06/police-chief-defends-stop-and-search-figures", "Police chief defends stop and search figures",
                "The plateau police chief told councillors that most searches for drugs last year found"
                        + " nothing, but said officers had acted on reasonable suspicion."},
            {"/news/2025/06/tenants-win-right-to-keep-naloxone-kits", "Tenants win right to keep naloxone kits",
                "Tenants of the municipal housing blocks may keep naloxone kits in shared hallways after the"
                        + " housing board withdrew a rule that treated them as clutter."},
            {"/section/health/a-nurse-led-clinic-in-the-old-market", "A nurse-led clinic in the old market",
                "A nurse-led hepatitis C clinic has opened in a former fish stall in the old market, offering"
                        + " testing and treatment without an appointment."}};
        StringBuilder news = new StringBuilder();
        StringBuilder health = new StringBuilder();
        for (int i = 0; i < texts.length; i++) {
            String[] t = texts[i];
            post.serve(t[0], "text/html; charset=iso-8859-1", "<html><head><title>" + t[1] + "</title></head><body>"
                    + "<table><tr><td class=\"nav\"><a href=\"/\">Home</a> | <a href=\"/news/\">News</a></td></tr>"
                    + "<tr><td class=\"content\"><font size=\"5\"><b>" + t[1] + "</b></font><br>"
                    + "<p>" + t[2] + "</p>"
                    + "<p>Officials are expected to report back to the council in the autumn, when the first"
                    + " figures for the plateau become available and the budget is set for next year.</p>"
                    + "<p>Readers who want to share their own experience can write to the Post's letters page,"
                    + " which will publish a selection of replies next week.</p>"
                    + "</td></tr><tr><td class=\"tags\">Filed under <a href=\"/tag/opioids\">opioids</a></td></tr>"
                    + "</table></body></html>");
            stories.put(b + t[0], new Story(b + t[0], t[1], t[2]));
            String link = "<li><a href=\"" + t[0] + "\">" + t[1] + "</a></li>";
            if (i <= 2) {
                news.append(link);
            }
            if (i >= 2) {
                health.append(link); // the third story is listed in both sections
            }
        }
        post.serve("/news/", "text/html", section("News", news.toString()));
        post.serve("/section/health/", "text/html", section("Health", health.toString()));
        furniture(post, "/about", "/contact", "/tag/opioids");
    }

    private static String section(String name, String items) {
        return "<html><head><title>" + name + " - The Plateau Post</title></head><body><h1>" + name + "</h1>"
                + "<ul class=\"list\">" + items + "</ul><p><a href=\"/tag/opioids\">More on opioids</a> ·"
                + " <a href=\"?page=2\">Older stories</a></p></body></html>";
    }

    /** Pages that are not articles, with enough text to be mistaken for one. */
    private void furniture(LocalServer server, String... paths) {
        for (String path : paths) {
            notArticles.add(server.base() + path);
            server.serve(path, "text/html", Fixtures.article("Not an article: " + path, "site furniture",
                    "Nowhere" + server.port() + path.replace('/', '-')));
        }
    }

    @Override
    public void close() {
        courier.close();
        ledger.close();
        post.close();
    }
}
