package org.policywatch.crawler.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policywatch.crawler.CrawlerConfig;
import org.policywatch.crawler.SourceConfig;
import org.policywatch.crawler.fetch.AddressGuard;
import org.policywatch.crawler.fetch.FetchRequest;
import org.policywatch.crawler.fetch.FetchResult;
import org.policywatch.crawler.fetch.PageFetcher;
import org.policywatch.crawler.fetch.RetryPolicy;
import org.policywatch.crawler.testing.Fixtures;
import org.policywatch.crawler.testing.LocalServer;
import org.policywatch.crawler.testing.SharedKafka;

/**
 * The private-address guard against real servers: a source not allowed private addresses gets
 * nothing from 127.0.0.1, directly or through a redirect, and a rebinding name cannot move the
 * connection; an allowed source crawls the same site. For the redirect and rebinding cases,
 * 127.0.0.2 plays a public server (the guard is told to treat it as public).
 */
class AddressGuardIT {
    private static final InetAddress PUBLIC_STANDIN = address("127.0.0.2");
    private static final InetAddress LOOPBACK = address("127.0.0.1");

    @TempDir
    Path dir;

    @Test
    void aSourceNotAllowedPrivateAddressesGetsNothingAnAllowedOneCrawls() throws Exception {
        try (LocalServer forbidden = new LocalServer(); LocalServer allowed = new LocalServer()) {
            for (LocalServer s : List.of(forbidden, allowed)) {
                s.serve("/feed.xml", "application/rss+xml", Fixtures.rss(s.base(), List.of("/2025/08/guarded-story")));
                s.serve("/2025/08/guarded-story", "text/html", Fixtures.article("Guarded", "guards", "Port" + s.port()));
                s.serve("/", "text/html", "<html><head><link rel=\"alternate\" type=\"application/rss+xml\""
                        + " href=\"/feed.xml\"></head><body><a href=\"/news/\">News</a></body></html>");
            }
            SourceConfig notAllowed = new SourceConfig("Not allowed", forbidden.base() + "/", List.of(), List.of(),
                    null, null, Duration.ofMillis(1), false);
            CrawlerConfig config = Fixtures.config(dir, Duration.ofMillis(50), 2, Duration.ofSeconds(2));
            Instant since = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            try (CrawlerStage stage = new CrawlerStage(config, List.of(notAllowed,
                    Fixtures.localSource("Allowed", allowed.base(), List.of(), List.of())), SharedKafka.bootstrap())) {
                stage.crawlOnce();
            }
            assertThat(forbidden.hits()).as("not even robots.txt").isEmpty();
            assertThat(SharedKafka.pages(forbidden.base(), since)).isEmpty();
            assertThat(SharedKafka.pages(allowed.base(), since)).hasSize(1);
        }
    }

    @Test
    void redirectsToPrivateAddressesAreRefusedAfterResolution() throws Exception {
        try (LocalServer outside = new LocalServer(PUBLIC_STANDIN); LocalServer inside = new LocalServer()) {
            inside.serve("/admin", "text/html", Fixtures.article("Internal", "secrets", "Intranet"));
            String insidePort = ":" + inside.port();
            outside.redirect("/to-ip", 302, "http://127.0.0.1" + insidePort + "/admin");
            outside.redirect("/to-localhost", 301, "http://localhost" + insidePort + "/admin");
            outside.redirect("/to-name", 307, "http://intranet.invalid" + insidePort + "/admin");
            outside.redirect("/via-hop", 302, "/to-ip");
            AddressGuard guard = new AddressGuard(host -> host.equals("intranet.invalid")
                    ? new InetAddress[] {LOOPBACK} : InetAddress.getAllByName(host),
                    a -> a.equals(PUBLIC_STANDIN) || AddressGuard.isPublic(a));
            PageFetcher fetcher = fetcher(guard);
            for (String path : List.of("/to-ip", "/to-localhost", "/to-name", "/via-hop")) {
                FetchResult r = fetcher.fetch(FetchRequest.html(outside.base() + path, false));
                assertThat(r.failure()).as(path).startsWith("blocked: refused non-public address");
                assertThat(r.retryable()).isFalse();
            }
            assertThat(outside.count("/to-ip")).isEqualTo(2);
            assertThat(inside.hits()).as("the private server was never reached").isEmpty();

            FetchResult allowedSource = fetcher.fetch(FetchRequest.html(outside.base() + "/via-hop", true));
            assertThat(allowedSource.ok()).isTrue();
            assertThat(allowedSource.finalUrl()).isEqualTo("http://127.0.0.1" + insidePort + "/admin");
            assertThat(inside.count("/admin")).isEqualTo(1);
        }
    }

    @Test
    void aRebindingNameCannotMoveTheConnectionToAPrivateAddress() throws Exception {
        try (LocalServer outside = new LocalServer(PUBLIC_STANDIN);
                LocalServer inside = new LocalServer(LOOPBACK, outside.port())) {
            outside.serve("/page", "text/html", Fixtures.article("Outside", "rebinding", "Public"));
            inside.serve("/page", "text/html", Fixtures.article("Inside", "rebinding", "Private"));
            // the first answer is the "public" address, every later one the private address
            AtomicInteger lookups = new AtomicInteger();
            AddressGuard guard = new AddressGuard(host -> new InetAddress[] {
                lookups.incrementAndGet() == 1 ? PUBLIC_STANDIN : LOOPBACK}, a -> a.equals(PUBLIC_STANDIN));
            String url = "http://rebind.invalid:" + outside.port() + "/page";
            FetchResult r = fetcher(guard).fetch(FetchRequest.html(url, false));
            assertThat(r.ok()).as(String.valueOf(r.failure())).isTrue();
            assertThat(r.text()).contains("Public").doesNotContain("Private");
            assertThat(lookups.get()).as("the checked answer is the one connected to").isEqualTo(1);
            assertThat(outside.hits()).singleElement()
                    .satisfies(h -> assertThat(h.headers().getFirst("Host")).isEqualTo("rebind.invalid:" + outside.port()));
            assertThat(inside.hits()).isEmpty();
        }
    }

    private static PageFetcher fetcher(AddressGuard guard) {
        CrawlerConfig config = CrawlerConfig.defaults(Path.of("unused"));
        return new PageFetcher(config, guard, new RetryPolicy(1, Duration.ZERO, Duration.ZERO));
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (java.net.UnknownHostException e) {
            throw new AssertionError(e);
        }
    }
}
