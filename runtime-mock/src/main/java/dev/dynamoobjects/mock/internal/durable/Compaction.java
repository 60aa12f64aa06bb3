package dev.dynamoobjects.mock.internal.durable;

import dev.dynamoobjects.mock.internal.table.Catalog;
import dev.dynamoobjects.mock.internal.table.Table;
import dev.dynamoobjects.mock.internal.transaction.IdempotencyTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Compacts the data directory while the engine runs: once the journal since the last snapshot holds
 * more than {@code max(minEntries, 2 x live items)} entries, takes a snapshot of the engine's state
 * under its write lock (references to its immutable items and records, no bytes), starts the next
 * journal segment, and writes the snapshot from a background thread while writers go on; once the
 * snapshot is on the disk, deletes what it supersedes. One snapshot is written at a time.
 *
 * <p>What is kept: the newest snapshot and the one before it, with the journal segments from that
 * one on, so that a damaged newest snapshot can be passed over without losing a write.
 */
final class Compaction implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Compaction.class.getName());
    /** The fewest journal entries since the last snapshot that start a compaction, unless set otherwise. */
    static final long DEFAULT_MIN_ENTRIES = 10_000;
    private final Path directory;
    private final Catalog catalog;
    private final IdempotencyTokens tokens;
    private final Clock clock;
    private final Journal journal;
    private final long minEntries;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "dynamo-snapshot-writer");
        thread.setDaemon(true);
        return thread;
    });
    /** True from a snapshot's taking until it is written (or failed). */
    private volatile boolean writing;
    /** The last snapshot's writing, done or not. */
    private Future<?> written = CompletableFuture.completedFuture(null);
    /** The newest complete snapshot's generation, -1 when there is none; the writer's own. */
    private long lastSnapshot;
    /** The entries the next attempt waits for after starting a segment failed. */
    private long retryAt;

    Compaction(Path directory, Catalog catalog, IdempotencyTokens tokens, Clock clock, Journal journal,
               long minEntries, long lastSnapshot) {
        this.directory = directory;
        this.catalog = catalog;
        this.tokens = tokens;
        this.clock = clock;
        this.journal = journal;
        this.minEntries = minEntries;
        this.lastSnapshot = lastSnapshot;
    }

    /**
     * Called under the engine's write lock after each entry appended: starts a compaction when it is
     * due. When the snapshot before is still being written and the journal has grown to twice what
     * made a compaction due, waits for it first (the disk falls behind the writers), so that the
     * journal stays bounded whatever the load: at most three segments of twice the threshold.
     */
    void appended(long entriesSinceSnapshot) {
        if (entriesSinceSnapshot <= minEntries || entriesSinceSnapshot < retryAt) {
            return; // the common case, before counting the items
        }
        long due = Math.max(minEntries, 2 * liveItems());
        if (entriesSinceSnapshot <= due || (writing && entriesSinceSnapshot < 2 * due)) {
            return;
        }
        awaitWritten();
        if (start() != null) {
            retryAt = entriesSinceSnapshot + minEntries; // not at every write while the disk is full
        }
    }

    /**
     * Starts a compaction now, whatever the journal holds (under the engine's write lock), after the
     * one being written, if any.
     *
     * @return the snapshot's writing, which fails with an {@link UncheckedIOException} when the
     *         snapshot cannot be written
     */
    Future<?> now() {
        awaitWritten();
        IOException failure = start();
        if (failure != null) {
            throw new UncheckedIOException("Cannot start a new journal segment in " + directory + ": "
                    + failure.getMessage(), failure);
        }
        return written;
    }

    /**
     * Takes the snapshot, starts the next segment and has the snapshot written.
     *
     * @return why the next segment could not be made (nothing changed then), or null
     */
    private IOException start() {
        long generation = journal.generation() + 1;
        Snapshot snapshot = Snapshot.take(generation, clock.millis(), catalog, tokens);
        Path segment = DirectoryFiles.segment(directory, generation);
        JournalFile next = null;
        try {
            next = JournalFile.open(segment);
            DirectoryFiles.force(directory);
            journal.switchTo(next, generation);
        } catch (IOException e) {
            closeAndDelete(next, segment);
            return e;
        }
        writing = true;
        written = writer.submit(() -> write(snapshot));
        return null;
    }

    /** Waits for the snapshot being written; a failure is the next compaction's to retry. */
    private void awaitWritten() {
        try {
            written.get();
        } catch (ExecutionException failed) {
            // Reported by write(); the segments before the snapshot stay, so nothing is lost.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private long liveItems() {
        long items = 0;
        for (Table table : catalog.tables().values()) {
            items += table.items().itemCount();
        }
        return items;
    }

    private void write(Snapshot snapshot) {
        try {
            SnapshotFile.write(snapshot, DirectoryFiles.snapshot(directory, snapshot.generation()));
            dropSuperseded(snapshot.generation());
            lastSnapshot = snapshot.generation();
        } catch (IOException e) {
            // The segments before the snapshot stay: nothing is lost, and the next compaction tries again.
            String problem = "Cannot write the snapshot of " + directory + ": " + e.getMessage();
            LOG.log(System.Logger.Level.WARNING, problem + "; the journal is kept whole and compaction is"
                    + " tried again at its next threshold (free space on the disk to let it shrink).");
            throw new UncheckedIOException(problem, e);
        } finally {
            writing = false;
        }
    }

    /**
     * Deletes the snapshots but the new one and the one before it, and the segments before that one
     * (none while there was no snapshot before: the first segment is then the way back).
     */
    private void dropSuperseded(long written) throws IOException {
        for (long generation : DirectoryFiles.snapshots(directory)) {
            if (generation < written && generation != lastSnapshot) {
                Files.deleteIfExists(DirectoryFiles.snapshot(directory, generation));
            }
        }
        if (lastSnapshot >= 0) {
            for (long generation : DirectoryFiles.segments(directory).headSet(lastSnapshot, false)) {
                Files.deleteIfExists(DirectoryFiles.segment(directory, generation));
            }
        }
        DirectoryFiles.force(directory);
    }

    private static void closeAndDelete(JournalFile file, Path path) {
        try {
            if (file != null) {
                file.close();
            }
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // The segment was never used: an empty leftover replays as nothing.
        }
    }

    /** Waits for the snapshot being written, if any. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
