package org.policywatch.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HostGateTest {
    @Test
    void oneRequestAtATimePerHostWithThePauseBetween() throws InterruptedException {
        HostGate gate = new HostGate(Duration.ofMillis(100));
        List<long[]> spans = Collections.synchronizedList(new ArrayList<>());
        List<Long> otherHost = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4; i++) {
            pool.submit(() -> gate.call("http://a", () -> {
                long start = System.nanoTime();
                sleep(20);
                spans.add(new long[] {start, System.nanoTime()});
                return null;
            }));
        }
        pool.submit(() -> gate.call("http://b", () -> otherHost.add(System.nanoTime())));
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        spans.sort((x, y) -> Long.compare(x[0], y[0]));
        for (int i = 1; i < spans.size(); i++) {
            long gapMs = (spans.get(i)[0] - spans.get(i - 1)[1]) / 1_000_000;
            assertThat(gapMs).isGreaterThanOrEqualTo(100);
        }
        assertThat(otherHost).hasSize(1);
        assertThat(otherHost.get(0)).as("another host does not wait").isLessThan(spans.get(2)[0]);
    }

    @Test
    void crawlDelayRaisesButNeverLowersTheDelay() {
        HostGate gate = new HostGate(Duration.ofSeconds(2));
        gate.setDelay("h", Duration.ofSeconds(5));
        gate.setDelay("g", Duration.ofMillis(10));
        assertThat(gate.delay("h")).isEqualTo(Duration.ofSeconds(5));
        assertThat(gate.delay("g")).isEqualTo(Duration.ofSeconds(2));
        assertThat(gate.delay("unknown")).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aDelayRaisedAfterARequestAppliesToTheNextOne() throws InterruptedException {
        HostGate gate = new HostGate(Duration.ofMillis(10));
        long[] ends = new long[1];
        gate.call("h", () -> ends[0] = System.nanoTime());
        gate.setDelay("h", Duration.ofMillis(300)); // e.g. the Crawl-delay of the robots.txt just read
        long next = gate.call("h", System::nanoTime);
        assertThat((next - ends[0]) / 1_000_000).isGreaterThanOrEqualTo(300);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
