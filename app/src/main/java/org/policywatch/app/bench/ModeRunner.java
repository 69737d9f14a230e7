package org.policywatch.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one benchmark mode, batch by batch, on a shared thread pool: a task (which returns the
 * article's token count) over articles, timing each article's wall and thread CPU time, each
 * batch's wall and process CPU time and heap peak, and adding them up. Running two modes'
 * batches in turn makes their comparison robust to other processes' load changing over time.
 * A failing article is counted and logged, the others go on.
 */
final class ModeRunner {
    private static final Logger LOG = LoggerFactory.getLogger(ModeRunner.class);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final String mode;
    private final ExecutorService pool;
    private final ToLongFunction<BenchArticle> task;
    private final List<Long> wall = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> cpu = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Long> cpuById = new ConcurrentHashMap<>();
    private final AtomicLong tokens = new AtomicLong();
    private final AtomicInteger errors = new AtomicInteger();
    private long wallNanos;
    private long processCpuNanos;
    private long peakPools;
    private long peakHeap;

    ModeRunner(String mode, ExecutorService pool, ToLongFunction<BenchArticle> task) {
        this.mode = mode;
        this.pool = pool;
        this.task = task;
    }

    /** Runs articles untimed (JIT and caches), in parallel on the pool. */
    void warmUp(List<BenchArticle> articles) throws InterruptedException {
        List<Future<?>> futures = new ArrayList<>();
        for (BenchArticle a : articles) {
            futures.add(pool.submit(() -> task.applyAsLong(a)));
        }
        waitAll(futures);
    }

    /** Runs and times one batch. */
    void run(List<BenchArticle> batch) throws InterruptedException {
        System.gc();
        HeapMeter.reset();
        long cpu0 = HeapMeter.processCpuNanos();
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>(batch.size());
        for (BenchArticle a : batch) {
            futures.add(pool.submit(() -> timed(a)));
        }
        waitAll(futures);
        wallNanos += System.nanoTime() - start;
        processCpuNanos += HeapMeter.processCpuNanos() - cpu0;
        peakPools = Math.max(peakPools, HeapMeter.peakBytes());
        peakHeap = Math.max(peakHeap, HeapMeter.peakAtOnce());
    }

    private void timed(BenchArticle a) {
        long c0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        try {
            tokens.addAndGet(task.applyAsLong(a));
        } catch (RuntimeException | OutOfMemoryError e) {
            errors.incrementAndGet();
            LOG.warn("bench {}: {} failed: {}", mode, a.id(), e.toString());
            return;
        }
        long c = THREADS.getCurrentThreadCpuTime() - c0;
        wall.add(System.nanoTime() - t0);
        cpu.add(c);
        cpuById.put(a.id(), c);
    }

    /** What the batches so far add up to; measures the heap after a full collection. */
    ModeResult result() {
        return new ModeResult(mode, wall.size(), errors.get(), tokens.get(), wallNanos / 1e9, processCpuNanos / 1e9,
                Timings.ofNanos(wall), Timings.ofNanos(cpu), peakPools, peakHeap, HeapMeter.usedAfterGc());
    }

    /** Thread CPU times of the given articles (ids not run are skipped). */
    Timings cpuOf(List<BenchArticle> articles) {
        List<Long> out = new ArrayList<>();
        for (BenchArticle a : articles) {
            Long c = cpuById.get(a.id());
            if (c != null) {
                out.add(c);
            }
        }
        return Timings.ofNanos(out);
    }

    /**
     * The median over articles of {@code a}'s thread CPU time over {@code b}'s on the same
     * article: a paired comparison, robust to a few articles slowed by other processes.
     */
    static double medianRatio(ModeRunner a, ModeRunner b, List<BenchArticle> articles) {
        List<Double> ratios = new ArrayList<>();
        for (BenchArticle x : articles) {
            Long ca = a.cpuById.get(x.id());
            Long cb = b.cpuById.get(x.id());
            if (ca != null && cb != null && cb > 0) {
                ratios.add(ca / (double) cb);
            }
        }
        return Timings.median(ratios);
    }

    private void waitAll(List<Future<?>> futures) throws InterruptedException {
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                LOG.warn("bench {}: warm-up failed: {}", mode, e.getCause().toString());
            }
        }
    }
}
