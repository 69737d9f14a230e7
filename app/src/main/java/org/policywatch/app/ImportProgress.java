package org.policywatch.app;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The progress bar of {@code import} on stderr: {@code [#####.....] 412/621 pages  83/s  ETA 3s},
 * redrawn in place at most ten times a second. Not thread-safe (one reader thread drives it).
 */
final class ImportProgress {
    private static final int WIDTH = 20;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream out;
    private final int total;
    private final long start;
    private int done;
    private long lastDraw;

    ImportProgress(PrintStream out, int total) {
        this.out = out;
        this.total = total;
        this.start = System.nanoTime();
        this.lastDraw = start - REDRAW_NANOS;
    }

    /** One more page read. */
    void step() {
        done++;
        long now = System.nanoTime();
        if (now - lastDraw >= REDRAW_NANOS) {
            lastDraw = now;
            out.print("\r" + render(done, total, now - start));
            out.flush();
        }
    }

    /** Draws the final state and ends the line. */
    void finish() {
        out.print("\r" + render(done, total, System.nanoTime() - start) + "\n");
        out.flush();
    }

    /** Pages read so far. */
    int done() {
        return done;
    }

    /** Seconds since the start. */
    double elapsedSeconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    /** The bar for {@code done} of {@code total} pages after {@code elapsedNanos}. Pure. */
    static String render(int done, int total, long elapsedNanos) {
        int shown = Math.max(total, done);
        int filled = shown == 0 ? WIDTH : (int) ((long) WIDTH * done / shown);
        double seconds = Math.max(elapsedNanos, 1) / 1e9;
        double rate = done / seconds;
        String eta = done == 0 ? "?" : formatSeconds((shown - done) / rate);
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + shown + " pages  "
                + String.format(Locale.ROOT, "%.0f/s", rate) + "  ETA " + eta + "   ";
    }

    private static String formatSeconds(double s) {
        long secs = (long) Math.ceil(s);
        if (secs < 60) {
            return secs + "s";
        }
        return secs < 3600 ? String.format(Locale.ROOT, "%dm%02ds", secs / 60, secs % 60)
                : String.format(Locale.ROOT, "%dh%02dm", secs / 3600, secs % 3600 / 60);
    }
}
