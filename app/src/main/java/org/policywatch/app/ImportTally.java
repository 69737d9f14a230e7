package org.policywatch.app;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** What an import did: pages read, imported (acknowledged by Kafka) and skipped by reason. Thread-safe. */
final class ImportTally {
    private final AtomicInteger read = new AtomicInteger();
    private final AtomicInteger imported = new AtomicInteger();
    private final Map<String, AtomicInteger> skipped = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> damaged = new ConcurrentHashMap<>();

    void read() {
        read.incrementAndGet();
    }

    void imported() {
        imported.incrementAndGet();
    }

    void skipped(String reason) {
        skipped.computeIfAbsent(reason, r -> new AtomicInteger()).incrementAndGet();
    }

    /** A damaged input file (unreadable, or readable only up to a damaged record). */
    void damaged(String reason) {
        damaged.computeIfAbsent(reason, r -> new AtomicInteger()).incrementAndGet();
    }

    int readCount() {
        return read.get();
    }

    int importedCount() {
        return imported.get();
    }

    int skippedCount() {
        return skipped.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** Skip counts by reason, sorted by reason. */
    Map<String, Integer> skippedByReason() {
        return sorted(skipped);
    }

    /**
     * "621 read, 600 imported, 21 skipped (no main text extracted: 15, not HTML: 6); 1 damaged
     * file (damaged file tail: 1); 7.5 s, 83 pages/s".
     */
    String summary(double seconds) {
        StringBuilder sb = new StringBuilder();
        sb.append(readCount()).append(" read, ").append(importedCount()).append(" imported, ")
                .append(skippedCount()).append(" skipped");
        appendReasons(sb, skippedByReason());
        Map<String, Integer> files = sorted(damaged);
        int damagedFiles = files.values().stream().mapToInt(Integer::intValue).sum();
        if (damagedFiles > 0) {
            sb.append("; ").append(damagedFiles).append(damagedFiles == 1 ? " damaged file" : " damaged files");
            appendReasons(sb, files);
        }
        if (seconds > 0) {
            sb.append(String.format(Locale.ROOT, "; %.1f s, %.0f pages/s", seconds, readCount() / seconds));
        }
        return sb.toString();
    }

    private static void appendReasons(StringBuilder sb, Map<String, Integer> reasons) {
        if (reasons.isEmpty()) {
            return;
        }
        sb.append(" (");
        String sep = "";
        for (Map.Entry<String, Integer> e : reasons.entrySet()) {
            sb.append(sep).append(e.getKey()).append(": ").append(e.getValue());
            sep = ", ";
        }
        sb.append(')');
    }

    private static Map<String, Integer> sorted(Map<String, AtomicInteger> counts) {
        Map<String, Integer> m = new TreeMap<>();
        counts.forEach((k, v) -> m.put(k, v.get()));
        return m;
    }
}
