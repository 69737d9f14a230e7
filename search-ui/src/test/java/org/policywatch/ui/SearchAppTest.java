package org.policywatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policywatch.indexer.ArticleIndex;
import org.policywatch.model.Actor;
import org.policywatch.model.ActorType;
import org.policywatch.model.AnalyzedArticle;
import org.policywatch.model.Category;
import org.policywatch.model.Incident;
import org.policywatch.model.IncidentStatus;
import org.policywatch.model.IncidentType;
import org.policywatch.model.Json;
import org.policywatch.model.Quote;
import org.policywatch.model.QuoteKind;
import org.policywatch.model.Source;
import org.policywatch.model.Speaker;

class SearchAppTest {
    @TempDir
    static Path dir;
    private static ArticleIndex index;
    private static SearchApp app;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static AnalyzedArticle article(String id, String title, String source, String published, String url,
            List<String> paragraphs, List<Actor> actors, List<Quote> quotes, List<Incident> incidents) {
        return new AnalyzedArticle(id, url, null, new Source(source, "th", "en"), Instant.parse(published),
                OffsetDateTime.parse(published), null, title, List.of("Staff reporter"), null, paragraphs, "en", 0.8,
                null, null, null, actors, quotes, incidents, List.of(), List.of(), List.of(), "test");
    }

    @BeforeAll
    static void start() {
        index = ArticleIndex.open(dir);
        index.upsert(article("a1", "Court sentences courier to death in drug case", "Harbour Post",
                "2026-11-03T06:00:00Z", "https://harbour.example/court",
                List.of("A provincial court sentenced a courier to death on Tuesday for carrying methamphetamine.",
                        "\"The sentence is cruel and does nothing to stop trafficking,\" said Lena Cho of Justice Watch."),
                List.of(new Actor("a1", "Lena Cho", List.of(), ActorType.PERSON, "researcher", "Justice Watch",
                        Category.NGO, List.of())),
                List.of(new Quote("The sentence is cruel and does nothing to stop trafficking", QuoteKind.DIRECT,
                        new Speaker("Lena Cho", null, "a1", "researcher", "Justice Watch", Category.NGO),
                        "said", 1, 1, 60, 0.9)),
                List.of(new Incident(IncidentType.DEATH_PENALTY, "death sentence",
                        "A provincial court sentenced a courier to death on Tuesday.", 0, "provincial court",
                        "courier", 1, null, null, IncidentStatus.REPORTED, 0.9))));
        index.upsert(article("a2", "Clinic expands naloxone distribution", "Valley News",
                "2026-11-05T06:00:00Z", "javascript:alert(document.cookie)",
                List.of("The clinic will hand out naloxone kits at three new sites."),
                List.of(), List.of(new Quote("more kits would save lives", QuoteKind.INDIRECT,
                        Speaker.unnamed("a pharmacist"), "said", 0, 0, 10, 0.6)), List.of()));
        index.upsert(article("x1", "<script>alert('title')</script>Naloxone rumours", "Valley News",
                "2026-11-06T06:00:00Z", "https://valley.example/x\"onmouseover=\"alert(1)",
                List.of("Naloxone is <b>safe</b> <script>alert('body')</script> & effective."),
                List.of(new Actor("a1", "<img src=x onerror=alert(3)>", List.of(), ActorType.PERSON, null, null,
                        Category.OTHER, List.of())),
                List.of(new Quote("<script>alert('quote')</script> naloxone works", QuoteKind.DIRECT,
                        Speaker.named("<i>Evil</i> Speaker"), "said", 0, 0, 10, 0.5)), List.of()));
        index.refresh();
        app = SearchApp.start(UiConfig.defaults().withPort(0), index);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
            app.close();
        }
        if (index != null) {
            index.close();
        }
    }

    private static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.baseUrl() + pathAndQuery))
                .timeout(Duration.ofSeconds(10)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void listensOnAFreeLocalPort() {
        assertThat(app.port()).isPositive();
        assertThat(app.baseUrl()).isEqualTo("http://127.0.0.1:" + app.port());
    }

    @Test
    void homePageListsNewestArticlesWithFacets() throws Exception {
        HttpResponse<String> r = get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(r.headers().firstValue("content-security-policy")).contains(SearchApp.CSP);
        String body = r.body();
        assertThat(body).contains("3 articles").contains("href=\"/article/a1\"")
                .contains("Court sentences courier to death in drug case")
                .contains("href=\"/assets/site.css\"")
                .contains("Harbour Post").contains("Death penalty").contains("?incident=death_penalty");
        assertThat(body.indexOf("/article/x1")).isLessThan(body.indexOf("/article/a2"));
        assertThat(body.indexOf("/article/a2")).isLessThan(body.indexOf("/article/a1"));
    }

    @Test
    void queryHighlightsMatchesAndShowsQuotes() throws Exception {
        String body = get("/?q=trafficking").body();
        assertThat(body).contains("1 article").contains("<mark>trafficking</mark>")
                .contains("<q>The sentence is cruel and does nothing to stop trafficking</q>")
                .contains("— Lena Cho");
        String filtered = get("/?q=naloxone&source=Valley+News").body();
        assertThat(filtered).contains("2 articles").contains("Outlet: Valley News");
    }

    @Test
    void articlePageShowsAnalysis() throws Exception {
        HttpResponse<String> r = get("/article/a1");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<h1>Court sentences courier to death in drug case</h1>")
                .contains("href=\"https://harbour.example/court\"")
                .contains("Lena Cho").contains("researcher, Justice Watch").contains("NGO")
                .contains("Death penalty").contains("death sentence");
    }

    @Test
    void unsafeOriginalLinksAreNotLinked() throws Exception {
        String body = get("/article/a2").body();
        assertThat(body).doesNotContain("javascript:").doesNotContain("Read the original article");
        assertThat(body).contains("A pharmacist");
    }

    @Test
    void hostileTextIsEscapedEverywhere() throws Exception {
        for (String path : List.of("/", "/?q=naloxone", "/article/x1", "/?q=%3Cscript%3E")) {
            String body = get(path).body();
            assertThat(body).as(path).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>")
                    .doesNotContain("<i>").doesNotContain("\"onmouseover");
        }
        assertThat(get("/article/x1").body()).contains("&lt;script&gt;alert('title')&lt;/script&gt;")
                .contains("&lt;img src=x onerror=alert(3)&gt;");
        assertThat(get("/?q=naloxone").body()).contains("&lt;b&gt;safe&lt;/b&gt;");
    }

    @Test
    void apiSearchReturnsJson() throws Exception {
        HttpResponse<String> r = get("/api/search?q=naloxone&size=1");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode json = Json.mapper().readTree(r.body());
        assertThat(json.get("total").asInt()).isEqualTo(2);
        assertThat(json.get("page").asInt()).isEqualTo(1);
        assertThat(json.get("size").asInt()).isEqualTo(1);
        assertThat(json.get("hits")).hasSize(1);
        JsonNode hit = json.get("hits").get(0);
        assertThat(hit.get("id").asText()).isIn("a2", "x1");
        assertThat(hit.get("snippet").asText()).contains("<mark>");
        assertThat(json.get("facets").get("source").get(0).get("value").asText()).isEqualTo("Valley News");

        JsonNode court = Json.mapper().readTree(get("/api/search?q=speaker:%22Lena%20Cho%22").body());
        JsonNode quote = court.get("hits").get(0).get("quotes").get(0);
        assertThat(quote.get("kind").asText()).isEqualTo("direct");
        assertThat(quote.get("speaker").get("name").asText()).isEqualTo("Lena Cho");
        assertThat(court.get("hits").get(0).get("publishedAt").asText()).isEqualTo("2026-11-03T06:00:00Z");
    }

    @Test
    void apiArticleReturnsTheRecordOr404() throws Exception {
        HttpResponse<String> r = get("/api/articles/a1");
        assertThat(r.statusCode()).isEqualTo(200);
        AnalyzedArticle article = Json.read(r.body(), AnalyzedArticle.class);
        assertThat(article.title()).isEqualTo("Court sentences courier to death in drug case");
        assertThat(article.incidents()).hasSize(1);
        HttpResponse<String> missing = get("/api/articles/nope");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Json.mapper().readTree(missing.body()).get("error").asText()).isNotBlank();
    }

    @Test
    void badParametersAnswer400NeverA500() throws Exception {
        for (String path : List.of("/api/search?q=police%20AND", "/api/search?size=500", "/api/search?page=x",
                "/api/search?from=yesterday", "/api/search?category=aliens", "/api/search?sort=random",
                "/api/search?from=2026-02-01&to=2026-01-01")) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(400);
            assertThat(Json.mapper().readTree(r.body()).get("error").asText()).as(path).isNotBlank();
        }
        HttpResponse<String> page = get("/?q=%22unclosed");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("That search could not run").contains("Cannot understand the query")
                .contains("value=\"&#34;unclosed\"");
        HttpResponse<String> size = get("/?size=0");
        assertThat(size.statusCode()).isEqualTo(400);
        assertThat(size.body()).contains("size must be between 1 and 100");
    }

    @Test
    void unknownPagesAnswer404() throws Exception {
        HttpResponse<String> article = get("/article/unknown");
        assertThat(article.statusCode()).isEqualTo(404);
        assertThat(article.body()).contains("There is no article with this id");
        HttpResponse<String> nowhere = get("/no/such/page");
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(nowhere.body()).contains("There is no page at this address");
    }

    @Test
    void healthMetricsAndStylesheet() throws Exception {
        HttpResponse<String> health = get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).startsWith("ok").contains("articles 3");
        get("/");
        HttpResponse<String> metrics = get("/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("policywatch_index_articles 3.0")
                .contains("policywatch_http_requests_seconds_count{method=\"GET\",route=\"/\",status=\"200\"}");
        HttpResponse<String> css = get("/assets/site.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/css"));
        assertThat(css.body()).contains("mark {");
    }
}
