package dev.dynamoobjects.benchmarks.server;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * CPU time of this JVM's Java threads, for the CPU a server spends per request when it runs in the
 * same JVM as its client: the threads that are not the client's are the server's (its acceptors,
 * workers and engine; JIT and GC threads are not Java threads and are left out for every server).
 */
final class ThreadCpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<Long, Long> before;
    private final Predicate<ThreadInfo> client;

    private ThreadCpu(Predicate<ThreadInfo> client) {
        this.client = client;
        this.before = serverThreads();
    }

    /** Starts counting the CPU of every thread that {@code client} does not match. */
    static ThreadCpu startExcluding(Predicate<ThreadInfo> client) {
        return new ThreadCpu(client);
    }

    /** Nanoseconds of CPU the counted threads used since the start, threads started since included. */
    long elapsedNanos() {
        long total = 0;
        for (Map.Entry<Long, Long> thread : serverThreads().entrySet()) {
            total += thread.getValue() - before.getOrDefault(thread.getKey(), 0L);
        }
        return total;
    }

    private Map<Long, Long> serverThreads() {
        Map<Long, Long> cpu = new HashMap<>();
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null && !client.test(info)) {
                long time = THREADS.getThreadCpuTime(info.getThreadId());
                if (time > 0) {
                    cpu.put(info.getThreadId(), time);
                }
            }
        }
        return cpu;
    }
}
