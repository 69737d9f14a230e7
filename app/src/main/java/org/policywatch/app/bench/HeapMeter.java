package org.policywatch.app.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Heap and CPU measurements through the JVM's management beans: the sum of the heap pools' peak
 * usage since the last {@link #reset()} (an upper bound: pools peak at different moments), the
 * heap in use at once at its highest (read just before each collection, when it is fullest, and
 * at the end), the heap used after a full collection (the live set) and the process's CPU time.
 */
final class HeapMeter {
    private static final AtomicLong PEAK_AT_ONCE = new AtomicLong();
    private static volatile boolean listening;

    private HeapMeter() {
    }

    /** Starts a new phase: every heap pool's peak is set to its current usage. */
    static void reset() {
        listen();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                pool.resetPeakUsage();
            }
        }
        PEAK_AT_ONCE.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    /** Sum of the heap pools' peak usage since the last reset, in bytes. */
    static long peakBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid() && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** The most heap in use at one moment since the last reset, in bytes. */
    static long peakAtOnce() {
        PEAK_AT_ONCE.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        return PEAK_AT_ONCE.get();
    }

    /** Heap in use after asking for a full collection, in bytes. */
    static long usedAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The heap limit ({@code -Xmx}), in bytes. */
    static long maxBytes() {
        return Runtime.getRuntime().maxMemory();
    }

    /** CPU time of the whole process (every thread, GC and JIT included), in nanoseconds; 0 if unknown. */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    private static synchronized void listen() {
        if (listening) {
            return;
        }
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        GarbageCollectionNotificationInfo info =
                                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                        long before = 0;
                        for (var e : info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) {
                            if (heapPools.contains(e.getKey())) {
                                MemoryUsage u = e.getValue();
                                before += u.getUsed();
                            }
                        }
                        PEAK_AT_ONCE.accumulateAndGet(before, Math::max);
                    }
                }, null, null);
            }
        }
        listening = true;
    }
}
