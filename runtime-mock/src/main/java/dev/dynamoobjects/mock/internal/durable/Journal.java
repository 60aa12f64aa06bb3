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
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * Collects what one request changes and, once the engine has applied it and before it answers,
 * writes it as one journal entry: forced to the disk at once, or (relaxed durability) by a
 * background flusher every interval.
 *
 * <p>Engine-internal. Called under the engine's write lock.
 */
public final class Journal implements ItemChanges, AutoCloseable {
    private final JournalFile file;
    private final DirectoryLock lock;
    private final Clock clock;
    private final List<Change> pending = new ArrayList<>();
    /** Null under strict durability: each commit forces the file itself. */
    private final ScheduledExecutorService flusher;

    Journal(JournalFile file, DirectoryLock lock, Clock clock, Duration flushInterval) {
        this.file = file;
        this.lock = lock;
        this.clock = clock;
        this.flusher = flushInterval == null ? null : startFlusher(flushInterval);
    }

    @Override
    public void stored(String table, Map<String, AttributeValue> item) {
        pending.add(Change.of(Kind.ITEM_STORED, "", PutItemRequest.builder().tableName(table).item(item).build()));
    }

    @Override
    public void removed(String table, Map<String, AttributeValue> key) {
        pending.add(Change.of(Kind.ITEM_REMOVED, "", DeleteItemRequest.builder().tableName(table).key(key).build()));
    }

    /** Records a control-plane request the engine applied (CreateTable, UpdateTable, TagResource, ...). */
    public void tableChanged(String operation, SdkPojo request) {
        pending.add(Change.of(Kind.TABLE_CHANGED, operation, request));
    }

    /**
     * Writes what the request changed, if anything, as one entry; under strict durability, returns
     * once it is on the disk.
     *
     * @throws UncheckedIOException when the journal cannot be written
     */
    public void commit() {
        if (pending.isEmpty()) {
            return;
        }
        JournalEntry entry = new JournalEntry(clock.millis(), List.copyOf(pending));
        pending.clear();
        try {
            file.append(entry.encode());
            if (flusher == null) {
                file.force();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the journal " + file.path() + ": " + e.getMessage(), e);
        }
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

    @Override
    public void close() {
        if (flusher != null) {
            flusher.shutdownNow();
        }
        try (lock) {
            file.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the journal " + file.path() + ": " + e.getMessage(), e);
        }
    }
}
