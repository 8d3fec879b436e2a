package org.hep.cli;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * How many handouts a batch makes at once: no more than asked, no more than twice the
 * processors (the work is CPU-bound, so more threads only cost memory), and no more than the
 * JVM's heap can hold. Each running handout also holds memory permits for its size, so a few
 * rows with large pictures wait for each other instead of running the JVM out of memory.
 */
final class BatchGate {
    /** Heap one handout in progress may use: its document, fonts parsed by its thread, its PDF bytes. */
    static final long PER_JOB = 48L << 20;
    /** Heap kept for the rest of the run (manifest, plan cache, library). */
    static final long RESERVE = 64L << 20;

    private final int threads;
    private final Semaphore permits;
    private final int total;

    private BatchGate(int threads, int total) {
        this.threads = threads;
        this.total = total;
        this.permits = new Semaphore(total, true);
    }

    static BatchGate forJobs(int jobs) {
        long heap = Runtime.getRuntime().maxMemory();
        int affordable = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (heap - RESERVE) / PER_JOB));
        int cpus = Runtime.getRuntime().availableProcessors();
        int threads = Math.max(1, Math.min(jobs, Math.min(2 * cpus, affordable)));
        return new BatchGate(threads, Math.max(threads, Math.min(affordable, 4 * threads)));
    }

    int threads() {
        return threads;
    }

    ExecutorService pool(int queue) {
        return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue), r -> {
            Thread t = new Thread(r, "hep-batch");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Runs {@code work} once its share of memory is free.
     *
     * @param bytes a guess at what the handout's pictures add (decoded pixels)
     */
    <T> T run(long bytes, Supplier<T> work) throws InterruptedException {
        int need = (int) Math.min(total, 1 + bytes / PER_JOB);
        permits.acquire(need);
        try {
            return work.get();
        } finally {
            permits.release(need);
        }
    }
}
