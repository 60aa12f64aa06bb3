package dev.dynamoobjects.mock.internal.durable;

import dev.dynamoobjects.mock.internal.durable.JournalEntry.Change;
import dev.dynamoobjects.mock.internal.durable.JournalEntry.Kind;
import dev.dynamoobjects.mock.internal.table.ItemChanges;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;

/**
 * Collects what one request changes and, once the engine has applied it and before it answers,
 * writes it as one journal entry; under strict durability the request then waits, outside the
 * engine's lock, until the entry is forced to the disk (group commit: the writers whose entries were
 * appended while a force ran share the next one), under relaxed durability a background flusher
 * forces the journal every interval. After each entry the compaction may start the next segment
 * ({@link #switchTo}); positions run on across segments.
 *
 * <p>Engine-internal. {@link #commit} and the change methods are called under the engine's write
 * lock; {@link #awaitDurable} after the lock is released, from any number of threads.
 */
public final class Journal implements ItemChanges, AutoCloseable {
    /** The segment appended to; replaced (holding {@link #forcing}, under the engine's write lock) by {@link #switchTo}. */
    private volatile JournalFile file;
    /** The bytes of the segments before {@link #file} since the engine started: positions go on across segments. */
    private volatile long base;
    /** The current segment's generation. */
    private long generation;
    /** The entries in the current segment: the journal since the last snapshot. */
    private long entries;
    /** Decides when to take a snapshot and start a new segment; null until the directory is open. */
    private Compaction compaction;
    private final DirectoryLock lock;
    private final Clock clock;
    private final List<Change> pending = new ArrayList<>();
    /** Null under strict durability: each request waits for its entry to be forced. */
    private final ScheduledExecutorService flusher;
    /** Held while forcing, so that one force at a time runs and the writers queued behind it share the next. */
    final Object forcing = new Object();
    /** Where the forced part of the journal ends; written holding {@link #forcing}. */
    private volatile long forcedTo;
    /** How many forces strict requests ran; written holding {@link #forcing}. */
    private long forces;

    Journal(JournalFile file, long generation, long entries, DirectoryLock lock, Clock clock, Duration flushInterval) {
        this.file = file;
        this.generation = generation;
        this.entries = entries;
        this.lock = lock;
        this.clock = clock;
        this.flusher = flushInterval == null ? null : startFlusher(flushInterval);
        this.forcedTo = file.appendedTo();
    }

    @Override
    public void stored(String table, Map<String, AttributeValue> item) {
        pending.add(Change.of(Kind.ITEM_STORED, "", PutItemRequest.builder().tableName(table).item(item).build()));
    }

    @Override
    public void removed(String table, Map<String, AttributeValue> key) {
        pending.add(Change.of(Kind.ITEM_REMOVED, "", DeleteItemRequest.builder().tableName(table).key(key).build()));
    }

    @Override
    public void expired(String table, Map<String, AttributeValue> key) {
        pending.add(Change.of(Kind.ITEM_EXPIRED, "", DeleteItemRequest.builder().tableName(table).key(key).build()));
    }

    /**
     * Records a transaction's ClientRequestToken (its request, then its response), so that a retry
     * after a restart, within the token's ten minutes, is answered as the first call was.
     */
    public void tokenUsed(TransactWriteItemsRequest request, TransactWriteItemsResponse response) {
        pending.add(Change.of(Kind.TOKEN_USED, "", request));
        pending.add(Change.of(Kind.TOKEN_ANSWERED, "", response));
    }

    /** Records a forced rollover of every stream's open shard (the test hook), so that replay makes the same shards. */
    public void shardsRolledOver() {
        pending.add(new Change(Kind.SHARDS_ROLLED_OVER, "", new byte[0]));
    }

    /** Records a control-plane request the engine applied (CreateTable, UpdateTable, TagResource, ...). */
    public void tableChanged(String operation, SdkPojo request) {
        pending.add(Change.of(Kind.TABLE_CHANGED, operation, request));
    }

    /**
     * Appends what the request changed, if anything, as one entry.
     *
     * @return where the journal's appended part ends now: the position a strict request waits for
     *         with {@link #awaitDurable} before it answers
     * @throws UncheckedIOException when the journal cannot be written
     */
    public long commit() {
        if (!pending.isEmpty()) {
            JournalEntry entry = new JournalEntry(clock.millis(), List.copyOf(pending));
            pending.clear();
            try {
                file.append(entry.encode());
            } catch (IOException e) {
                throw cannotWrite(e);
            }
            entries++;
            if (compaction != null) {
                compaction.appended(entries);
            }
        }
        return appendedTo();
    }

    /**
     * Compacts the directory now, whatever the journal holds (under the engine's write lock).
     *
     * @return the snapshot's writing, to wait for outside the lock; it fails with an
     *         {@link UncheckedIOException} when the snapshot cannot be written
     * @throws UncheckedIOException when the next journal segment cannot be made
     */
    public Future<?> compact() {
        return compaction.now();
    }

    /** Sets what decides when the journal is compacted (once the directory is open). */
    void compaction(Compaction value) {
        compaction = value;
    }

    long generation() {
        return generation;
    }

    /**
     * Ends the current segment (forced to the disk and closed) and appends to {@code next} from now
     * on: the journal after a snapshot of this generation. Under the engine's write lock.
     */
    void switchTo(JournalFile next, long nextGeneration) throws IOException {
        synchronized (forcing) {
            JournalFile ended = file;
            ended.close();
            base += ended.appendedTo();
            file = next;
            generation = nextGeneration;
            entries = 0;
            forcedTo = Math.max(forcedTo, base);
        }
    }

    /**
     * Under strict durability, returns once the journal is forced to the disk up to {@code position}
     * (from {@link #commit}): at once when a force already covered it, else after the force that
     * follows the one in progress, which covers every entry appended meanwhile. Also called by
     * reads, so that no answer shows a change a crash could still take away. Under relaxed
     * durability returns at once.
     *
     * @throws UncheckedIOException when the journal cannot be forced
     */
    public void awaitDurable(long position) {
        if (flusher != null || forcedTo >= position) {
            return;
        }
        synchronized (forcing) {
            if (forcedTo >= position) {
                return;
            }
            long appended = appendedTo();
            try {
                file.force();
            } catch (IOException e) {
                throw cannotWrite(e);
            }
            forcedTo = appended;
            forces++;
        }
    }

    /** How many forces strict requests ran (fewer than requests when writers shared them). */
    long forces() {
        synchronized (forcing) {
            return forces;
        }
    }

    /** Where the part of the journal known to be on the disk ends. */
    long forcedTo() {
        return forcedTo;
    }

    /** Where the journal's appended part ends: what a read waits for (see {@link #awaitDurable}). */
    public long appendedTo() {
        return base + file.appendedTo();
    }

    private UncheckedIOException cannotWrite(IOException e) {
        return new UncheckedIOException("Cannot write the journal " + file.path() + ": " + e.getMessage(), e);
    }

    private ScheduledExecutorService startFlusher(Duration interval) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "dynamo-journal-flusher");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::forceQuietly, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        return executor;
    }

    private void forceQuietly() {
        try {
            file.force();
        } catch (IOException e) {
            // The next tick tries again; close() reports a lasting failure.
        }
    }

    /** Waits for a snapshot being written, then forces and closes the journal and releases the directory. */
    @Override
    public void close() {
        if (compaction != null) {
            compaction.close();
        }
        if (flusher != null) {
            flusher.shutdownNow();
        }
        // Not while a strict request's force runs: closing the channel would fail it.
        synchronized (forcing) {
            closeFile();
            forcedTo = Long.MAX_VALUE; // closing forced everything: a request still waiting answers at once
        }
    }

    private void closeFile() {
        try (lock) {
            file.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the journal " + file.path() + ": " + e.getMessage(), e);
        }
    }
}
