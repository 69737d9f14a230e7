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
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one benchmark mode: a task (which returns the article's token count) over articles on a
 * fixed thread pool, after warm-up articles, timing each article's wall and thread CPU time and
 * the heap peak of the mode. A failing article is counted and logged, the others go on.
 */
final class ModeRunner {
    private static final Logger LOG = LoggerFactory.getLogger(ModeRunner.class);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU nanoseconds per article id of the last {@link #run}. */
    private final Map<String, Long> cpuById = new ConcurrentHashMap<>();

    /** One mode's result. */
    ModeResult run(String mode, List<BenchArticle> articles, List<BenchArticle> warmUp, int threads,
                   ToLongFunction<BenchArticle> task) throws InterruptedException {
        cpuById.clear();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> warm = new ArrayList<>();
            for (BenchArticle a : warmUp) {
                warm.add(pool.submit(() -> task.applyAsLong(a)));
            }
            for (Future<?> f : warm) {
                wait(f, mode);
            }
            System.gc();
            HeapMeter.reset();
            List<Long> wall = Collections.synchronizedList(new ArrayList<>());
            List<Long> cpu = Collections.synchronizedList(new ArrayList<>());
            AtomicLong tokens = new AtomicLong();
            AtomicInteger errors = new AtomicInteger();
            List<Future<?>> futures = new ArrayList<>(articles.size());
            long start = System.nanoTime();
            for (BenchArticle a : articles) {
                futures.add(pool.submit(() -> {
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
                }));
            }
            for (Future<?> f : futures) {
                wait(f, mode);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = HeapMeter.peakBytes();
            long afterGc = HeapMeter.usedAfterGc();
            return new ModeResult(mode, wall.size(), errors.get(), tokens.get(), seconds, Timings.ofNanos(wall),
                    Timings.ofNanos(cpu), peak, afterGc);
        } finally {
            pool.shutdownNow();
        }
    }

    /** CPU nanoseconds of the given articles in the last run (ids not run are skipped). */
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

    private static void wait(Future<?> f, String mode) throws InterruptedException {
        try {
            f.get();
        } catch (ExecutionException e) {
            LOG.warn("bench {}: warm-up failed: {}", mode, e.getCause().toString());
        }
    }
}
