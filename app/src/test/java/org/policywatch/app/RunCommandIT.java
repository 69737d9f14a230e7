package org.policywatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policywatch.model.Json;

/** {@code policywatch run} as a real process: it serves results, and Ctrl-C (or SIGTERM) stops it cleanly. */
class RunCommandIT {
    @TempDir
    Path dir;

    @Test
    void runServesResultsAndStopsCleanlyOnSignal() throws Exception {
        int uiPort = freePort();
        Path log = dir.resolve("stderr.log");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2500m", "-cp", System.getProperty("java.class.path"), PolicyWatch.class.getName(), "run")
                .directory(dir.toFile())
                .redirectError(log.toFile());
        pb.environment().put("POLICYWATCH_DATA_DIR", dir.resolve("data").toString());
        pb.environment().put("POLICYWATCH_UI_PORT", Integer.toString(uiPort));
        pb.environment().put("POLICYWATCH_DEMO_PORT", Integer.toString(freePort()));
        pb.environment().put("POLICYWATCH_CRAWLER_HOST_DELAY_MILLIS", "20");
        Process process = pb.start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            assertThat(first).as("first line of stdout").contains("is running: http://127.0.0.1:" + uiPort);

            HttpClient http = HttpClient.newHttpClient();
            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            int total = 0;
            while (total < 3 && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + uiPort + "/api/search?q=")).build(),
                        HttpResponse.BodyHandlers.ofString());
                total = Json.mapper().readTree(response.body()).path("total").asInt();
            }
            assertThat(total).as("articles searchable").isGreaterThanOrEqualTo(3);

            // Ctrl-C (SIGINT) and SIGTERM run the same shutdown hook; a test JVM started from a
            // non-interactive shell may inherit an ignored SIGINT, so the test sends SIGTERM.
            process.destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped within 60 s").isTrue();
            assertThat(process.exitValue()).isEqualTo(143);
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            assertThat(lines).anyMatch(l -> l.contains("PolicyWatch stopped"));
            assertThat(lines).noneMatch(l -> l.contains(" ERROR "));
        } finally {
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
