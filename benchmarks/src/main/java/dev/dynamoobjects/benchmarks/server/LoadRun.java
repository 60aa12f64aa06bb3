package dev.dynamoobjects.benchmarks.server;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * One measured point of {@link LoadGenerator}: {@code connections} keep-alive connections spread
 * over {@code threads} {@link ConnectionLoop}s, a warm-up, then the measured window.
 *
 * @param requestsPerSecond responses completed per second in the measured window
 * @param latencies their latencies
 * @param errors responses other than 200 in the window (a server that fails fast is no faster)
 * @param serverCpuMicros CPU per response in the window of every Java thread but the generator's: the
 *     server's, as the other servers in the JVM sit idle meanwhile
 */
record LoadRun(double requestsPerSecond, LatencyHistogram latencies, long errors, int lastErrorStatus,
               double serverCpuMicros) {
    private static final String THREAD_PREFIX = "load-";

    static LoadRun measure(InetSocketAddress address, List<byte[]> requests, int connections, int threads,
                           double warmUpSeconds, double seconds) throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + (long) (warmUpSeconds * 1e9);
        long measureUntil = measureFrom + (long) (seconds * 1e9);
        int loops = Math.min(threads, connections);
        CountDownLatch counted = new CountDownLatch(1);
        List<ConnectionLoop> workers = new ArrayList<>();
        List<Thread> running = new ArrayList<>();
        for (int i = 0; i < loops; i++) {
            int share = connections / loops + (i < connections % loops ? 1 : 0);
            ConnectionLoop worker = new ConnectionLoop(address, share, i * requests.size() / loops, requests,
                    measureFrom, measureUntil, counted);
            Thread thread = new Thread(worker, THREAD_PREFIX + i);
            thread.start();
            workers.add(worker);
            running.add(thread);
        }
        long server;
        try {
            server = serverCpuInWindow(measureFrom, measureUntil);
        } finally {
            counted.countDown();
        }
        LatencyHistogram latencies = new LatencyHistogram();
        long errors = 0;
        int lastErrorStatus = 0;
        for (int i = 0; i < loops; i++) {
            running.get(i).join();
            ConnectionLoop worker = workers.get(i);
            if (worker.failure != null) {
                throw new IllegalStateException("a load thread failed against " + address + ": "
                        + worker.failure, worker.failure);
            }
            latencies.add(worker.latencies);
            errors += worker.errors;
            lastErrorStatus = Math.max(lastErrorStatus, worker.lastErrorStatus);
        }
        return new LoadRun(seconds == 0 ? 0 : latencies.count() / seconds, latencies, errors, lastErrorStatus,
                latencies.count() == 0 ? 0 : server / 1000.0 / latencies.count());
    }

    /** Sleeps through the window, counting the CPU of every thread but the generator's and this one. */
    private static long serverCpuInWindow(long from, long until) throws InterruptedException {
        sleepUntil(from);
        long self = Thread.currentThread().getId();
        ThreadCpu server = ThreadCpu.startExcluding(thread -> thread.getThreadId() == self
                || thread.getThreadName().startsWith(THREAD_PREFIX));
        sleepUntil(until);
        return server.elapsedNanos();
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
            Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
        }
    }

    /** The median round's rate and server CPU, with the latencies and errors of all rounds. */
    static LoadRun median(List<LoadRun> rounds) {
        double median = median(rounds.stream().mapToDouble(LoadRun::requestsPerSecond).sorted().toArray());
        LatencyHistogram latencies = new LatencyHistogram();
        rounds.forEach(round -> latencies.add(round.latencies()));
        return new LoadRun(median, latencies, rounds.stream().mapToLong(LoadRun::errors).sum(),
                rounds.stream().mapToInt(LoadRun::lastErrorStatus).max().orElse(0),
                median(rounds.stream().mapToDouble(LoadRun::serverCpuMicros).sorted().toArray()));
    }

    private static double median(double[] sorted) {
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
