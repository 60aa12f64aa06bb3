package dev.dynamoobjects.tools;

import dev.dynamoobjects.batch.BatchStats;
import java.time.Duration;

/** Counts what the threads of a copy, export or import did, and tells the listener, one call at a time. */
final class Progress {
    private final CopyListener listener;
    private final long start = System.nanoTime();
    private long copied;
    private long scanned;
    private BatchStats writes = BatchStats.NONE;

    Progress(CopyListener listener) {
        this.listener = listener;
    }

    synchronized void add(long copiedItems, long scannedItems, BatchStats batch) {
        copied += copiedItems;
        scanned += scannedItems;
        writes = writes.plus(batch);
        listener.progress(snapshot());
    }

    /** Returns the items copied so far. */
    synchronized long copied() {
        return copied;
    }

    /** Tells the listener the final figures and returns the items copied. */
    synchronized long finish() {
        listener.progress(snapshot());
        return copied;
    }

    private CopyProgress snapshot() {
        return new CopyProgress(copied, scanned, Duration.ofNanos(System.nanoTime() - start), writes);
    }
}
