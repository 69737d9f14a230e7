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

    /** Starts a server. */
    public LocalServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
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

    /** http://127.0.0.1:PORT */
    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
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
