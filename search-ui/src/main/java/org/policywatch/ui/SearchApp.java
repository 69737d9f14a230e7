package org.policywatch.ui;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.policywatch.indexer.ArticleIndex;
import org.policywatch.indexer.QueryException;
import org.policywatch.indexer.SearchRequest;
import org.policywatch.indexer.SearchResults;
import org.policywatch.model.AnalyzedArticle;
import org.policywatch.model.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web server: search and article pages, the JSON API, health and metrics.
 *
 * <p>Routes: {@code GET /} (search page), {@code GET /article/{id}}, {@code GET /api/search},
 * {@code GET /api/articles/{id}}, {@code GET /health}, {@code GET /metrics} (Prometheus text),
 * {@code GET /assets/site.css}, {@code GET /article/{id}/archive} (the archived copy, see
 * {@link ArchivedCopy}). Invalid parameters or query syntax answer 400 with a message
 * (JSON {@code {"error"}} under {@code /api}, an HTML page elsewhere); unknown ids 404.
 * Every response carries a strict Content-Security-Policy (no scripts at all).
 */
public final class SearchApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchApp.class);
    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
            + " base-uri 'none'; frame-ancestors 'none'";
    private static final String JSON_TYPE = "application/json; charset=utf-8";
    private static final String HANDLED = "policywatch.handled";

    private final Javalin javalin;
    private final String host;
    private final PrometheusMeterRegistry registry;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SearchApp(Javalin javalin, String host, PrometheusMeterRegistry registry) {
        this.javalin = javalin;
        this.host = host;
        this.registry = registry;
    }

    /** Starts serving {@code index} on {@code config.host():config.port()}; returns once listening. */
    public static SearchApp start(UiConfig config, ArticleIndex index) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(index, "index");
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        Gauge.builder("policywatch.index.articles", index, ArticleIndex::count)
                .description("articles visible to searches").register(registry);
        Handlers handlers = new Handlers(index, TemplateEngine.createPrecompiled(ContentType.Html),
                resource("assets/site.css"), registry, config.warcDir());
        Javalin javalin = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.jetty.host = config.host();
            cfg.jetty.port = config.port();
            cfg.requestLogger.http(handlers::recordTiming);
            cfg.routes.before(Handlers::securityHeaders);
            cfg.routes.get("/", handlers::searchPage);
            cfg.routes.get("/article/{id}", handlers::articlePage);
            cfg.routes.get("/article/{id}/archive", handlers::archivedCopy);
            cfg.routes.get("/api/search", handlers::apiSearch);
            cfg.routes.get("/api/articles/{id}", handlers::apiArticle);
            cfg.routes.get("/health", handlers::health);
            cfg.routes.get("/metrics", handlers::metrics);
            cfg.routes.get("/assets/site.css", handlers::css);
            cfg.routes.exception(BadRequestException.class, (e, ctx) -> handlers.fail(ctx, 400, e.getMessage()));
            cfg.routes.exception(QueryException.class, (e, ctx) -> handlers.fail(ctx, 400, e.getMessage()));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request {} failed: {}", ctx.path(), e.toString(), e);
                handlers.fail(ctx, 500, "Something went wrong on our side. Please try again.");
            });
            cfg.routes.error(404, ctx -> {
                if (ctx.attribute(HANDLED) == null) {
                    handlers.fail(ctx, 404, "There is no page at this address.");
                }
            });
        });
        javalin.start();
        SearchApp app = new SearchApp(javalin, config.host(), registry);
        LOG.info("search UI listening on {}", app.baseUrl());
        return app;
    }

    /** The port the server listens on. */
    public int port() {
        return javalin.port();
    }

    /** "http://HOST:PORT", with 127.0.0.1 for a wildcard host. */
    public String baseUrl() {
        String shown = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1"
                : host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shown + ":" + port();
    }

    /** Stops the server. Idempotent. Does not close the index. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            javalin.stop();
            registry.close();
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = SearchApp.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The request handlers; each is short and delegates to the pure views. */
    private static final class Handlers {
        private final ArticleIndex index;
        private final TemplateEngine templates;
        private final byte[] css;
        private final PrometheusMeterRegistry registry;
        private final Path warcDir;

        Handlers(ArticleIndex index, TemplateEngine templates, byte[] css, PrometheusMeterRegistry registry,
                Path warcDir) {
            this.warcDir = warcDir;
            this.index = index;
            this.templates = templates;
            this.css = css;
            this.registry = registry;
        }

        static void securityHeaders(Context ctx) {
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("X-Frame-Options", "DENY");
        }

        void searchPage(Context ctx) {
            SearchRequest request;
            SearchResults results;
            try {
                request = SearchParams.parse(ctx.queryParamMap());
                results = index.search().search(request);
            } catch (BadRequestException | QueryException e) {
                ctx.status(400);
                html(ctx, "search.jte", Map.of("view", SearchView.error(ctx.queryParam("q"), e.getMessage())));
                return;
            }
            html(ctx, "search.jte", Map.of("view", SearchView.of(request, results)));
        }

        void articlePage(Context ctx) {
            AnalyzedArticle article = index.search().get(ctx.pathParam("id")).orElse(null);
            if (article == null) {
                fail(ctx, 404, "There is no article with this id. It may not be indexed yet.");
                return;
            }
            String archive = article.warc() == null ? null : Links.article(article.id()) + "/archive";
            html(ctx, "article.jte", archive == null ? Map.of("view", ArticleView.of(article))
                    : Map.of("view", ArticleView.of(article), "archiveHref", archive));
        }

        void archivedCopy(Context ctx) {
            AnalyzedArticle article = index.search().get(ctx.pathParam("id")).orElse(null);
            ArchivedCopy copy = article == null ? null : ArchivedCopy.load(warcDir, article.warc()).orElse(null);
            if (copy == null) {
                fail(ctx, 404, "There is no archived copy of this article.");
                return;
            }
            ctx.header("Content-Security-Policy", ArchivedCopy.CSP);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Cache-Control", "private, max-age=3600");
            ctx.contentType(copy.contentType()).result(copy.body());
        }

        void apiSearch(Context ctx) {
            SearchResults results = index.search().search(SearchParams.parse(ctx.queryParamMap()));
            json(ctx, ApiResponses.of(results));
        }

        void apiArticle(Context ctx) {
            AnalyzedArticle article = index.search().get(ctx.pathParam("id")).orElse(null);
            if (article == null) {
                fail(ctx, 404, "no article with this id");
                return;
            }
            json(ctx, article);
        }

        void health(Context ctx) {
            ctx.contentType("text/plain; charset=utf-8").result("ok\narticles " + index.count() + "\n");
        }

        void metrics(Context ctx) {
            ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
        }

        void css(Context ctx) {
            ctx.header("Cache-Control", "public, max-age=3600").contentType("text/css; charset=utf-8").result(css);
        }

        /** Answers an error: JSON {error} under /api, an HTML page elsewhere. */
        void fail(Context ctx, int status, String message) {
            ctx.attribute(HANDLED, Boolean.TRUE);
            ctx.status(status);
            if (ctx.path().startsWith("/api/")) {
                json(ctx, new ApiResponses.Error(message));
                return;
            }
            String heading = switch (status) {
                case 400 -> "That request could not be understood";
                case 404 -> "Not found";
                default -> "Server error";
            };
            html(ctx, "error.jte", Map.of("heading", heading, "message", message));
        }

        void recordTiming(Context ctx, Float millis) {
            Timer.builder("policywatch.http.requests")
                    .tag("route", route(ctx.path()))
                    .tag("method", ctx.method().name())
                    .tag("status", Integer.toString(ctx.statusCode()))
                    .register(registry)
                    .record((long) (millis == null ? 0f : millis * 1000f), TimeUnit.MICROSECONDS);
        }

        private static String route(String path) {
            if (path.equals("/")) {
                return "/";
            }
            for (String prefix : new String[] {"/article/", "/api/search", "/api/articles/", "/health", "/metrics", "/assets/"}) {
                if (path.startsWith(prefix)) {
                    return prefix;
                }
            }
            return "other";
        }

        private void html(Context ctx, String template, Map<String, Object> params) {
            StringOutput out = new StringOutput();
            templates.render(template, params, out);
            ctx.contentType("text/html; charset=utf-8").result(out.toString());
        }

        private static void json(Context ctx, Object value) {
            ctx.contentType(JSON_TYPE).result(Json.write(value));
        }
    }
}
