package org.policywatch.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policywatch.crawler.SourceConfig;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DemoOutletTest {

    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

    private static DemoOutlet outlet;
    private static HttpClient http;

    @BeforeAll
    static void start() {
        outlet = DemoOutlet.start("127.0.0.1", 0);
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        outlet.close();
    }

    @Test
    void baseUrlAndSourceConfigPointAtTheRunningServer() {
        assertThat(outlet.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+");
        SourceConfig config = outlet.sourceConfig();
        assertThat(config.homepage()).isEqualTo(outlet.baseUrl() + "/");
        assertThat(config.feeds()).containsExactly(outlet.baseUrl() + "/rss.xml");
        assertThat(config.sitemaps()).containsExactly(outlet.baseUrl() + "/news-sitemap.xml");
        assertThat(config.language()).isEqualTo("en");
        assertThat(config.interval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(config.allowPrivateAddresses()).isTrue();
        assertThat(config.name()).isEqualTo(SiteChrome.OUTLET);
    }

    @Test
    void contentHasEnoughVariedArticles() {
        List<DemoArticle> articles = outlet.articles();
        assertThat(articles.stream().filter(DemoArticle::onTopic)).hasSizeGreaterThanOrEqualTo(18);
        assertThat(articles.stream().filter(a -> !a.onTopic())).hasSizeGreaterThanOrEqualTo(2);
        assertThat(articles.stream().map(DemoArticle::template).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("classic", "feature", "briefing");
        assertThat(articles.stream().map(DemoArticle::slug).distinct()).hasSameSizeAs(articles);
        Instant end = Instant.parse("2026-11-24T00:00:00Z");
        for (DemoArticle a : articles) {
            assertThat(a.paragraphs()).as(a.slug()).hasSizeBetween(6, 14);
            assertThat(a.publishedAt()).as(a.slug()).isBetween(end.minus(Duration.ofDays(56)), end);
            assertThat(a.url()).startsWith(outlet.baseUrl() + "/");
        }
        assertThat(articles).isSortedAccordingTo((x, y) -> y.publishedAt().compareTo(x.publishedAt()));
    }

    @Test
    void robotsTxtDisallowsAdminAndNamesTheSitemap() throws Exception {
        HttpResponse<String> r = get("/robots.txt", Map.of());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(r.body()).contains("User-agent: *", "Disallow: /admin/",
                "Sitemap: " + outlet.baseUrl() + "/news-sitemap.xml");
    }

    @Test
    void rssFeedListsEveryArticleWithRfc822Dates() throws Exception {
        HttpResponse<String> r = get("/rss.xml", Map.of());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/rss+xml; charset=utf-8");
        Document doc = parseXml(r.body());
        NodeList items = doc.getElementsByTagName("item");
        List<String> links = new ArrayList<>();
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            links.add(text(item, "link"));
            Instant pub = ZonedDateTime.parse(text(item, "pubDate"), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            DemoArticle a = byUrl(links.get(i));
            assertThat(pub).isEqualTo(a.publishedAt());
            assertThat(text(item, "title")).isEqualTo(a.title());
        }
        assertThat(links).containsExactlyInAnyOrderElementsOf(urls());
    }

    @Test
    void newsSitemapListsEveryArticleWithPublicationData() throws Exception {
        HttpResponse<String> r = get("/news-sitemap.xml", Map.of());
        assertThat(r.statusCode()).isEqualTo(200);
        DocumentBuilderFactory f = secureFactory();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        NodeList entries = doc.getElementsByTagNameNS(SITEMAP_NS, "url");
        List<String> locs = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            String loc = e.getElementsByTagNameNS(SITEMAP_NS, "loc").item(0).getTextContent();
            locs.add(loc);
            DemoArticle a = byUrl(loc);
            assertThat(e.getElementsByTagNameNS(NEWS_NS, "title").item(0).getTextContent()).isEqualTo(a.title());
            assertThat(Instant.parse(e.getElementsByTagNameNS(NEWS_NS, "publication_date").item(0).getTextContent()))
                    .isEqualTo(a.publishedAt());
            Element publication = (Element) e.getElementsByTagNameNS(NEWS_NS, "publication").item(0);
            assertThat(publication.getElementsByTagNameNS(NEWS_NS, "name").item(0).getTextContent())
                    .isEqualTo(SiteChrome.OUTLET);
        }
        assertThat(locs).containsExactlyInAnyOrderElementsOf(urls());
    }

    @Test
    void everyArticlePageServesTitleFirstParagraphAndValidators() throws Exception {
        for (DemoArticle a : outlet.articles()) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(a.url())).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(r.statusCode()).as(a.url()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
            assertThat(r.headers().firstValue("ETag")).isPresent();
            assertThat(r.headers().firstValue("Last-Modified")).isPresent();
            assertThat(r.body()).as(a.slug())
                    .contains("<h1", Html.esc(a.title()), Html.esc(a.paragraphs().get(0)),
                            Html.esc(a.paragraphs().get(a.paragraphs().size() - 1)))
                    .contains("<link rel=\"canonical\" href=\"" + a.url() + "\">")
                    .contains("class=\"comments\"", "class=\"newsletter\"", "cookie-consent", "<figcaption>");
            switch (a.template()) {
                case "classic" -> assertThat(r.body()).contains("application/ld+json", "\"datePublished\":\""
                        + a.publishedAt() + "\"");
                case "feature" -> assertThat(r.body()).contains("<meta property=\"article:published_time\" content=\""
                        + a.publishedAt() + "\">");
                default -> assertThat(r.body()).contains("<time datetime=\"" + a.publishedAt() + "\">");
            }
        }
    }

    @Test
    void trackingParametersServeTheSamePageAndHomepageLinksEveryArticle() throws Exception {
        DemoArticle a = outlet.articles().get(1);
        String path = URI.create(a.url()).getPath();
        HttpResponse<String> tracked = get(path + "?utm_source=homepage&utm_medium=teaser", Map.of());
        assertThat(tracked.statusCode()).isEqualTo(200);
        assertThat(tracked.body()).contains("<link rel=\"canonical\" href=\"" + a.url() + "\">");

        String home = get("/", Map.of()).body();
        for (DemoArticle each : outlet.articles()) {
            assertThat(home).contains("href=\"" + each.url());
        }
        assertThat(get("/" + a.section() + "/", Map.of()).body()).contains(Html.esc(a.title()));
    }

    @Test
    void unknownPathIsNotFoundAndOtherMethodsAreRejected() throws Exception {
        HttpResponse<String> r = get("/no/such/story.html", Map.of());
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(r.body()).contains("can&#39;t find that page");

        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(outlet.baseUrl() + "/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
    }

    @Test
    void conditionalGetAnswersNotModified() throws Exception {
        String path = URI.create(outlet.articles().get(0).url()).getPath();
        HttpResponse<String> first = get(path, Map.of());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        assertThat(get(path, Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);
        assertThat(get(path, Map.of("If-None-Match", "\"other\", W/" + etag)).statusCode()).isEqualTo(304);
        assertThat(get(path, Map.of("If-None-Match", "\"other\"")).statusCode()).isEqualTo(200);
        assertThat(get(path, Map.of("If-Modified-Since", lastModified)).statusCode()).isEqualTo(304);
        assertThat(get(path, Map.of("If-Modified-Since", "Mon, 01 Jan 2024 00:00:00 GMT")).statusCode()).isEqualTo(200);
        assertThat(get("/rss.xml", Map.of("If-None-Match",
                get("/rss.xml", Map.of()).headers().firstValue("ETag").orElseThrow())).statusCode()).isEqualTo(304);
    }

    private static HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(outlet.baseUrl() + path)).timeout(Duration.ofSeconds(10));
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Set<String> urls() {
        return outlet.articles().stream().map(DemoArticle::url).collect(Collectors.toSet());
    }

    private static DemoArticle byUrl(String url) {
        return outlet.articles().stream().filter(a -> a.url().equals(url)).findFirst()
                .orElseThrow(() -> new AssertionError("not an article URL: " + url));
    }

    private static DocumentBuilderFactory secureFactory() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f;
    }

    private static Document parseXml(String xml) throws Exception {
        return secureFactory().newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent();
    }
}
