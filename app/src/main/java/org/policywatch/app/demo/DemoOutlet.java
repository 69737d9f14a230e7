package org.policywatch.app.demo;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.policywatch.crawler.SourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local news site with original drug-policy articles (and two off-topic ones), served by
 * the JDK HTTP server: homepage, section pages, three article templates, {@code /rss.xml},
 * {@code /news-sitemap.xml}, {@code /robots.txt} and a 404 page, with Last-Modified and ETag
 * validators honoured for conditional GET.
 *
 * <p>It is the default source of {@code policywatch run} and the site the end-to-end test crawls.
 */
public final class DemoOutlet implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DemoOutlet.class);
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final int THREADS = 4;
    private static final int QUEUE = 64;
    private static final int BACKLOG = 50;

    private final HttpServer server;
    private final ThreadPoolExecutor executor;
    private final String baseUrl;
    private final DemoSite site;

    private DemoOutlet(HttpServer server, ThreadPoolExecutor executor, String baseUrl, DemoSite site) {
        this.server = server;
        this.executor = executor;
        this.baseUrl = baseUrl;
        this.site = site;
    }

    /**
     * Loads the articles and starts serving.
     *
     * @param host address to bind, normally {@code 127.0.0.1}
     * @param port port to bind, 0 for a free port
     * @return the running outlet
     * @throws UncheckedIOException if the address cannot be bound
     */
    public static DemoOutlet start(String host, int port) {
        List<DemoStory> stories = DemoContent.load();
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), BACKLOG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind demo outlet to " + host + ":" + port, e);
        }
        String baseUrl = "http://" + urlHost(host) + ":" + server.getAddress().getPort();
        DemoSite site = DemoSite.build(baseUrl, stories);
        ThreadPoolExecutor executor = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE), daemonThreads(), new ThreadPoolExecutor.CallerRunsPolicy());
        executor.allowCoreThreadTimeOut(true);
        DemoOutlet outlet = new DemoOutlet(server, executor, baseUrl, site);
        server.createContext("/", outlet::handle);
        server.setExecutor(executor);
        server.start();
        LOG.info("Demo outlet serving {} articles at {}", stories.size(), baseUrl);
        return outlet;
    }

    /** Base URL without trailing slash, e.g. {@code http://127.0.0.1:40123}. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The crawl configuration for this outlet (private addresses allowed: it runs on loopback). */
    public SourceConfig sourceConfig() {
        return new SourceConfig(SiteChrome.OUTLET, baseUrl + "/", List.of(baseUrl + "/rss.xml"),
                List.of(baseUrl + "/news-sitemap.xml"), "GB", "en", Duration.ofMinutes(1), true);
    }

    /** Every article with its absolute URL, newest first. */
    public List<DemoArticle> articles() {
        return site.stories().stream().map(DemoStory::article).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        LOG.info("Demo outlet at {} stopped", baseUrl);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            boolean head = "HEAD".equals(method);
            Headers out = exchange.getResponseHeaders();
            if (!head && !"GET".equals(method)) {
                out.set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            DemoResource resource = site.lookup(exchange.getRequestURI().getPath());
            out.set("Content-Type", resource.contentType());
            out.set("Server", "meridian-demo");
            if (resource.lastModified() != null) {
                out.set("Last-Modified", HTTP_DATE.format(resource.lastModified()));
            }
            if (resource.etag() != null) {
                out.set("ETag", resource.etag());
                out.set("Cache-Control", "public, max-age=60");
            }
            Headers in = exchange.getRequestHeaders();
            if (ConditionalRequest.notModified(resource, in.getFirst("If-None-Match"), in.getFirst("If-Modified-Since"))) {
                out.remove("Content-Type");
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            if (head) {
                out.set("Content-Length", Integer.toString(resource.body().length));
                exchange.sendResponseHeaders(resource.status(), -1);
                return;
            }
            exchange.sendResponseHeaders(resource.status(), resource.body().length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(resource.body());
            }
        } catch (RuntimeException e) {
            LOG.warn("Demo outlet request {} failed", exchange.getRequestURI(), e);
            if (exchange.getResponseCode() == -1) {
                exchange.sendResponseHeaders(500, -1);
            }
        } finally {
            exchange.close();
        }
    }

    private static String urlHost(String host) {
        if (host == null || host.isBlank() || host.equals("0.0.0.0") || host.equals("::")) {
            return "127.0.0.1";
        }
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread t = new Thread(runnable, "demo-outlet-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
