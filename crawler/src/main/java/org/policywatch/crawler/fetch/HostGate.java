package org.policywatch.crawler.fetch;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Politeness: one request at a time per host, and a pause between the end of one request and the
 * start of the next to the same host of at least the host's delay, plus up to 25 % jitter. A
 * host's delay is the base delay unless raised (robots.txt Crawl-delay). Thread-safe; waiting
 * threads queue fairly per host.
 */
public final class HostGate {
    /** Largest jitter, as a fraction of the delay. */
    public static final double JITTER = 0.25;

    private static final class Slot {
        final ReentrantLock lock = new ReentrantLock(true);
        volatile Duration delay;
        // guarded by this slot's monitor: set by call() and raised by setDelay()
        long lastEndNanos;
        long nextAllowedNanos;
        boolean used;

        Slot(Duration delay) {
            this.delay = delay;
        }

        synchronized long waitNanos() {
            return used ? nextAllowedNanos - System.nanoTime() : 0;
        }

        synchronized void ended() {
            used = true;
            lastEndNanos = System.nanoTime();
            nextAllowedNanos = lastEndNanos + jittered(delay);
        }

        /** A raised delay also holds off the request already waiting (e.g. right after robots.txt). */
        synchronized void raise(Duration d) {
            delay = d;
            if (used) {
                nextAllowedNanos = Math.max(nextAllowedNanos, lastEndNanos + d.toNanos());
            }
        }
    }

    private final Duration baseDelay;
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();

    /** A gate with {@code baseDelay} between requests to one host. */
    public HostGate(Duration baseDelay) {
        this.baseDelay = baseDelay;
    }

    /** Sets a host's delay to the larger of the base delay and {@code delay}. */
    public void setDelay(String host, Duration delay) {
        Duration d = delay.compareTo(baseDelay) > 0 ? delay : baseDelay;
        slots.computeIfAbsent(host, h -> new Slot(d)).raise(d);
    }

    /** The delay currently kept for a host (before jitter). */
    public Duration delay(String host) {
        Slot slot = slots.get(host);
        return slot == null ? baseDelay : slot.delay;
    }

    /**
     * Runs {@code work} (one request) for {@code host} when the host is free and its pause is over.
     *
     * @throws InterruptedException if interrupted while waiting; {@code work} did not run
     */
    public <T> T call(String host, Supplier<T> work) throws InterruptedException {
        Slot slot = slots.computeIfAbsent(host, h -> new Slot(baseDelay));
        slot.lock.lockInterruptibly();
        try {
            for (long wait = slot.waitNanos(); wait > 0; wait = slot.waitNanos()) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            try {
                return work.get();
            } finally {
                slot.ended();
            }
        } finally {
            slot.lock.unlock();
        }
    }

    private static long jittered(Duration delay) {
        long nanos = delay.toNanos();
        return nanos + (long) (nanos * JITTER * ThreadLocalRandom.current().nextDouble());
    }
}
