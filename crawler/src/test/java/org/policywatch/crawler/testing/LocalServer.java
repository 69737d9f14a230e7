package org.policywatch.crawler.testing;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * An HTTP server on 127.0.0.1 (port chosen by the OS) whose routes are set per test; it records
 * every request (path, arrival time, headers).
 */
public final class LocalServer implements AutoCloseable {
    /** A recorded request. */
    public record Hit(String path, long nanoTime, Headers headers) {
    }

    /** Answers one request. */
    @FunctionalInterface
    public interface Handler {
        /** Writes the response. */
        void handle(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();
    private final List<Hit> hits = new CopyOnWriteArrayList<>();

    /** Starts a server on 127.0.0.1. */
    public LocalServer() throws IOException {
        this(InetAddress.getLoopbackAddress());
    }

    /** Starts a server on {@code address} (another loopback address such as 127.0.0.2). */
    public LocalServer(InetAddress address) throws IOException {
        this(address, 0);
    }

    /** Starts a server on {@code address} and {@code port} (0: any free port). */
    public LocalServer(InetAddress address, int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(address, port), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            hits.add(new Hit(path, System.nanoTime(), exchange.getRequestHeaders()));
            try (exchange) {
                Handler h = routes.get(path);
                if (h == null) {
                    send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                } else {
                    h.handle(exchange);
                }
            } catch (IOException | RuntimeException e) {
                // the client hung up (body limits, time-outs): nothing to answer
            }
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    /** Sets the handler of an exact path. */
    public LocalServer route(String path, Handler handler) {
        routes.put(path, handler);
        return this;
    }

    /** Serves a fixed body. */
    public LocalServer serve(String path, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return route(path, ex -> send(ex, 200, contentType, bytes));
    }

    /** Writes a complete response. */
    public static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            ex.getResponseHeaders().set("Content-Type", contentType);
        }
        if (status == 304 || body.length == 0) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    /** Serves fixed bytes. */
    public LocalServer serve(String path, String contentType, byte[] body) {
        return route(path, ex -> send(ex, 200, contentType, body));
    }

    /** Answers with a redirect to {@code location}. */
    public LocalServer redirect(String path, int status, String location) {
        return route(path, ex -> {
            ex.getResponseHeaders().set("Location", location);
            send(ex, status, null, new byte[0]);
        });
    }

    /** http://ADDRESS:PORT, e.g. http://127.0.0.1:PORT */
    public String base() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    /** The port listened on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The paths requested so far, in arrival order. */
    public List<String> paths() {
        return hits.stream().map(Hit::path).toList();
    }

    /**
     * The gaps between the arrivals of consecutive requests whose path passes {@code filter}, in
     * milliseconds.
     */
    public List<Long> gapsMillis(java.util.function.Predicate<String> filter) {
        List<Long> times = hits.stream().filter(h -> filter.test(h.path())).map(Hit::nanoTime).sorted().toList();
        List<Long> gaps = new java.util.ArrayList<>();
        for (int i = 1; i < times.size(); i++) {
            gaps.add((times.get(i) - times.get(i - 1)) / 1_000_000);
        }
        return gaps;
    }

    /** Every request so far. */
    public List<Hit> hits() {
        return List.copyOf(hits);
    }

    /** Requests to one path so far. */
    public long count(String path) {
        return hits.stream().filter(h -> h.path().equals(path)).count();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
