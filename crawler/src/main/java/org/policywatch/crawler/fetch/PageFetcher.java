package org.policywatch.crawler.fetch;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.policywatch.crawler.CrawlerConfig;
import org.slf4j.LoggerFactory;

/**
 * Fetches one URL over the JDK {@link HttpClient} with hostile servers in mind: redirects are
 * followed by hand (at most {@link CrawlerConfig#maxRedirects()}, each target checked by the
 * {@link AddressGuard} again), the body is limited on the wire and after gzip/deflate
 * decompression, the whole fetch has a deadline, non-HTML is rejected for HTML requests, the
 * charset comes from header, meta or sniffing, conditional GET is supported and transient
 * failures are retried per the {@link RetryPolicy}. Thread-safe; politeness is the caller's job.
 *
 * <p><b>DNS rebinding.</b> The guard resolves a host and checks every address; a hostile name
 * server could answer the check with a public address and the connection, which looks the name
 * up again, with 127.0.0.1. JDK 17 has no resolver hook for {@link HttpClient}, so:
 * <ul>
 * <li>plain {@code http}: the request goes to the checked address itself (the URL's host is
 * replaced by the IP literal and the name is sent in the {@code Host} header), so no second
 * lookup happens and the window is closed. This needs the JDK's restricted {@code Host} header,
 * enabled by adding {@code host} to the system property {@code jdk.httpclient.allowRestrictedHeaders}
 * before the HTTP client classes load (done when this class loads); if the JVM loaded them earlier
 * without it, {@link #pinsPlainHttp()} is false and http falls back to the https behaviour;</li>
 * <li>{@code https}: the name must stay in the URL for SNI and certificate checks, so the client
 * resolves it again. That second lookup normally hits the JVM's positive DNS cache
 * ({@code networkaddress.cache.ttl}, 30 s by default) holding the checked answer (the JVM reads
 * that setting once, at its first lookup, so the crawler cannot reliably change it at start; an
 * operator can, in {@code java.security} or with {@code -Dsun.net.inetaddr.ttl}), and a rebound
 * address would have to present a valid certificate for the attacker's host name, which an
 * internal service cannot: the handshake fails. Residual risk: a TCP connection (and TLS
 * ClientHello) can reach an internal address when the cache entry expires between check and
 * connect; no response body from it is ever accepted.</li>
 * </ul>
 */
public final class PageFetcher {
    private static final String ACCEPT_HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1";
    private static final String ACCEPT_RESOURCE = "application/rss+xml,application/atom+xml,application/xml;q=0.9,"
            + "text/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5";

    private static final String RESTRICTED_HEADERS_PROPERTY = "jdk.httpclient.allowRestrictedHeaders";
    private static final boolean HOST_HEADER_ALLOWED = allowHostHeader();
    private static final AtomicBoolean PIN_WARNING = new AtomicBoolean();

    private final CrawlerConfig config;
    private final AddressGuard guard;
    private final RetryPolicy retry;
    private final HttpClient client;

    /** A fetcher with the system resolver and {@link RetryPolicy#DEFAULT}. */
    public PageFetcher(CrawlerConfig config) {
        this(config, new AddressGuard(), RetryPolicy.DEFAULT);
    }

    /** A fetcher with its own address guard and retry policy. */
    public PageFetcher(CrawlerConfig config, AddressGuard guard, RetryPolicy retry) {
        if (!HOST_HEADER_ALLOWED && PIN_WARNING.compareAndSet(false, true)) {
            LoggerFactory.getLogger(PageFetcher.class).warn("The JDK HTTP client was loaded before the crawler"
                    + " could allow its Host header; plain-http requests are not pinned to the checked address"
                    + " (start the JVM with -D{}=host)", RESTRICTED_HEADERS_PROPERTY);
        }
        this.config = config;
        this.guard = guard;
        this.retry = retry;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .build();
    }

    /**
     * Fetches, retrying transient failures. Never throws for network or server trouble: every
     * problem is a {@link FetchResult.Outcome#FAILED} result with a reason. An interrupt ends the
     * fetch with a retryable failure and keeps the thread's interrupt flag.
     */
    public FetchResult fetch(FetchRequest request) {
        FetchResult result = null;
        for (int attempt = 1; attempt <= retry.maxAttempts(); attempt++) {
            result = fetchOnce(request);
            if (result.outcome() != FetchResult.Outcome.FAILED || !result.retryable()
                    || attempt == retry.maxAttempts()) {
                return result;
            }
            Duration wait = result.retryAfter() != null ? result.retryAfter() : retry.backoff(attempt);
            if (wait.compareTo(retry.maxWait()) > 0) {
                return result;
            }
            try {
                Thread.sleep(Math.max(wait.toMillis(), 0));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return FetchResult.failed(request.url(), result.finalUrl(), result.status(), "interrupted", true, null);
            }
        }
        return result;
    }

    /** One attempt: the request and its redirects, without retries. */
    FetchResult fetchOnce(FetchRequest request) {
        String requested = request.url();
        URI uri;
        try {
            uri = new URI(requested).normalize();
        } catch (URISyntaxException e) {
            return FetchResult.failed(requested, requested, 0, "malformed URL: " + e.getReason(), false, null);
        }
        Instant deadline = Instant.now().plus(config.requestTimeout());
        for (int hop = 0; ; hop++) {
            AddressGuard.Admission admission = guard.admit(uri, request.allowPrivate());
            if (!admission.admitted()) {
                return FetchResult.failed(requested, uri.toString(), 0, "blocked: " + admission.refusal(), false,
                        null);
            }
            Duration left = Duration.between(Instant.now(), deadline);
            if (left.isNegative() || left.isZero()) {
                return FetchResult.failed(requested, uri.toString(), 0, "timed out after "
                        + config.requestTimeout().toSeconds() + " s", true, null);
            }
            HttpResponse<byte[]> response;
            try {
                response = send(buildRequest(uri, admission.address(), request, left), left);
            } catch (BodyDecoder.BodyTooLargeException e) {
                return FetchResult.failed(requested, uri.toString(), 0, e.getMessage(), false, null);
            } catch (TimeoutException | HttpTimeoutException e) {
                return FetchResult.failed(requested, uri.toString(), 0, "timed out after "
                        + config.requestTimeout().toSeconds() + " s", true, null);
            } catch (IOException e) {
                return FetchResult.failed(requested, uri.toString(), 0, "I/O error: " + describe(e), true, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return FetchResult.failed(requested, uri.toString(), 0, "interrupted", true, null);
            }
            int status = response.statusCode();
            if (isRedirect(status)) {
                Optional<String> location = response.headers().firstValue("Location");
                if (location.isEmpty()) {
                    return FetchResult.failed(requested, uri.toString(), status, "redirect without Location", false, null);
                }
                if (hop >= config.maxRedirects()) {
                    return FetchResult.failed(requested, uri.toString(), status,
                            "too many redirects (more than " + config.maxRedirects() + ")", false, null);
                }
                try {
                    uri = uri.resolve(new URI(location.get().strip())).normalize();
                } catch (URISyntaxException | IllegalArgumentException e) {
                    return FetchResult.failed(requested, uri.toString(), status,
                            "malformed redirect target: " + location.get(), false, null);
                }
                continue;
            }
            return complete(request, uri, response);
        }
    }

    private FetchResult complete(FetchRequest request, URI uri, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        String requested = request.url();
        String finalUrl = uri.toString();
        String contentType = response.headers().firstValue("Content-Type").orElse(null);
        String etag = response.headers().firstValue("ETag").orElse(null);
        String lastModified = response.headers().firstValue("Last-Modified").orElse(null);
        if (status == 304) {
            return new FetchResult(FetchResult.Outcome.NOT_MODIFIED, status, requested, finalUrl, contentType,
                    etag != null ? etag : request.etag(), lastModified != null ? lastModified : request.lastModified(),
                    null, null, null, false, null);
        }
        if (status < 200 || status >= 300) {
            boolean retryable = RetryPolicy.isRetryableStatus(status);
            Duration retryAfter = status == 429 || status == 503
                    ? RetryPolicy.parseRetryAfter(response.headers().firstValue("Retry-After").orElse(null),
                            Instant.now()).orElse(null)
                    : null;
            return FetchResult.failed(requested, finalUrl, status, "HTTP " + status, retryable, retryAfter);
        }
        byte[] body;
        try {
            body = BodyDecoder.decode(response.body(), response.headers().firstValue("Content-Encoding").orElse(null),
                    config.maxBodyBytes());
        } catch (IOException e) {
            return FetchResult.failed(requested, finalUrl, status, describe(e), false, null);
        }
        String text = null;
        if (request.htmlOnly()) {
            Optional<String> notHtml = ContentSniffer.rejectNonHtml(contentType, body);
            if (notHtml.isPresent()) {
                return FetchResult.failed(requested, finalUrl, status, notHtml.get(), false, null);
            }
            text = CharsetDetector.decode(body, contentType);
        }
        return new FetchResult(FetchResult.Outcome.OK, status, requested, finalUrl, contentType, etag, lastModified,
                body, text, null, false, null);
    }

    /** Whether plain-http requests go to the checked address (see the class comment). */
    public static boolean pinsPlainHttp() {
        return HOST_HEADER_ALLOWED;
    }

    /**
     * The URL put on the wire: for plain http (when pinning works) the checked address in place
     * of the host name, without user info or fragment; else the URL itself.
     */
    static URI wireUri(URI uri, InetAddress address) {
        if (!HOST_HEADER_ALLOWED || address == null || !"http".equalsIgnoreCase(uri.getScheme())) {
            return uri;
        }
        String ip = address.getHostAddress();
        int zone = ip.indexOf('%');
        ip = zone < 0 ? ip : ip.substring(0, zone);
        String literal = address instanceof Inet6Address ? "[" + ip + "]" : ip;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return URI.create("http://" + literal + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + path + query);
    }

    private HttpRequest buildRequest(URI uri, InetAddress address, FetchRequest request, Duration timeout) {
        URI wire = wireUri(uri, address);
        HttpRequest.Builder b = HttpRequest.newBuilder(wire)
                .GET()
                .timeout(timeout)
                .header("User-Agent", config.userAgent())
                .header("Accept", request.htmlOnly() ? ACCEPT_HTML : ACCEPT_RESOURCE)
                .header("Accept-Encoding", "gzip, deflate");
        if (!wire.equals(uri)) {
            b.header("Host", uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
        }
        if (request.etag() != null && !request.etag().isBlank()) {
            b.header("If-None-Match", request.etag());
        }
        if (request.lastModified() != null && !request.lastModified().isBlank()) {
            b.header("If-Modified-Since", request.lastModified());
        }
        return b.build();
    }

    private HttpResponse<byte[]> send(HttpRequest httpRequest, Duration left)
            throws IOException, InterruptedException, TimeoutException {
        CompletableFuture<HttpResponse<byte[]>> future =
                client.sendAsync(httpRequest, LimitedBodySubscriber.handler(config.maxBodyBytes()));
        try {
            return future.get(Math.max(left.toMillis(), 1), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            while (cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof IOException io) {
                Throwable inner = io;
                while (inner != null) {
                    if (inner instanceof BodyDecoder.BodyTooLargeException tooLarge) {
                        throw tooLarge;
                    }
                    inner = inner.getCause();
                }
                throw io;
            }
            throw new IOException(cause == null ? "request failed" : describe(cause), cause);
        }
    }

    /**
     * Lets this JVM's {@link HttpClient} send a {@code Host} header of our choosing, and tells
     * whether that worked (it does not if the client classes loaded before this class did).
     */
    private static boolean allowHostHeader() {
        String current = System.getProperty(RESTRICTED_HEADERS_PROPERTY, "");
        boolean listed = false;
        for (String name : current.split(",")) {
            listed |= name.strip().equalsIgnoreCase("host");
        }
        if (!listed) {
            System.setProperty(RESTRICTED_HEADERS_PROPERTY, current.isBlank() ? "host" : current + ",host");
        }
        try {
            HttpRequest.newBuilder(URI.create("http://127.0.0.1/")).header("Host", "example.org");
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
