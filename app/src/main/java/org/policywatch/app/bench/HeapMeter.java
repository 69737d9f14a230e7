package org.policywatch.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Heap measurements through the JVM's memory pools: the peak of a phase (the sum of the heap
 * pools' peak usage since the last {@link #reset()}, an upper bound because pools peak at
 * different moments) and the heap used after a full collection (the live set).
 */
final class HeapMeter {
    private HeapMeter() {
    }

    /** Starts a new phase: every heap pool's peak is set to its current usage. */
    static void reset() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                pool.resetPeakUsage();
            }
        }
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

    /** Heap in use after asking for a full collection, in bytes. */
    static long usedAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The heap limit ({@code -Xmx}), in bytes. */
    static long maxBytes() {
        return Runtime.getRuntime().maxMemory();
    }
}
