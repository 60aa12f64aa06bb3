package dev.dynamoobjects.memory;

import dev.dynamoobjects.batch.BatchGet;
import dev.dynamoobjects.batch.BatchGetException;
import dev.dynamoobjects.batch.BatchGetResult;
import dev.dynamoobjects.batch.BatchRetry;
import dev.dynamoobjects.batch.BatchStats;
import dev.dynamoobjects.batch.BatchWrite;
import dev.dynamoobjects.batch.BatchWriteException;
import dev.dynamoobjects.batch.ItemTable;
import dev.dynamoobjects.exception.RecordNotFoundException;
import dev.dynamoobjects.internal.table.RawAccess;
import dev.dynamoobjects.internal.table.RawMemoryTable;
import dev.dynamoobjects.internal.table.Writes;
import dev.dynamoobjects.table.ItemKey;
import dev.dynamoobjects.table.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The base of every generated memory table ({@code StoreMemoryTable extends MemoryTable<Store>}):
 * a write-back cache of one table for a job that reads and writes many items, often the same ones.
 * Each key is read from DynamoDB at most once (a missing item is remembered too) and later reads
 * come from memory; {@link #save} and {@code delete} change memory only; {@link #flush()} writes
 * every changed record back in batch writes, and only the changed ones. Bulk {@code preload} reads
 * many keys with batch gets ({@value dev.dynamoobjects.batch.BatchLimits#MAX_GET_KEYS} keys a request).
 *
 * <pre>{@code
 * try (StoreMemoryTable stores = new StoreMemoryTable(new StoreTable(db))) {
 *     stores.preload(storeIds);                        // ceil(n / 100) BatchGetItem requests
 *     for (Sale sale : sales) {
 *         Store store = stores.get(sale.storeId());    // from memory
 *         stores.save(store.withRevenue(store.revenue() + sale.amount()));
 *     }
 * }                                                    // close() flushes: ceil(changed / 25) BatchWriteItem requests
 * }</pre>
 *
 * <p><b>Close flushes.</b> A memory table stands in for its table: what the job saved is written,
 * as the plain table would have written it while the job ran, only later and in batches. So
 * {@link #close()} flushes, also when the block ends with an exception (the writes made before
 * it are kept, as they would have been without the memory table). To drop the changes instead,
 * call {@link #discard()} before the block ends, for instance in a {@code catch} inside it.
 *
 * <p><b>Failures lose nothing.</b> When a flush fails (a {@link BatchWriteException}), the records
 * it wrote are clean and every record it did not write stays changed: flushing again finishes the
 * job. A record counts as changed when it differs ({@code equals}) from the item as last read or
 * written, so saving an unchanged record writes nothing; records are immutable, as generated ones are.
 *
 * <p>Writes are unconditional batch writes: a memory table is for jobs that own their items while
 * they run, not for items other writers change meanwhile. Not thread-safe: one memory table per job.
 *
 * @param <R> the record type
 */
public abstract class MemoryTable<R> implements AutoCloseable {
    static {
        RawAccess.installMemoryTables(memoryTable -> memoryTable.raw);
    }

    private final Table<R> table;
    private final ItemTable items;
    private final BatchRetry retry;
    private final Map<Map<String, AttributeValue>, Entry<R>> entries = new HashMap<>();
    private final KeyedOperations raw = new KeyedOperations();
    private BatchStats lastFlush = BatchStats.NONE;

    /** Creates an empty memory table over a table, retrying as {@link BatchRetry#DEFAULT} says. */
    protected MemoryTable(Table<R> table) {
        this(table, BatchRetry.DEFAULT);
    }

    /**
     * Creates an empty memory table over a table; generated constructors call this.
     *
     * @param table the table read from and flushed to
     * @param retry how batch reads and writes retry what DynamoDB leaves unprocessed
     */
    protected MemoryTable(Table<R> table, BatchRetry retry) {
        this.table = Objects.requireNonNull(table, "table");
        this.items = ItemTable.of(table);
        this.retry = Objects.requireNonNull(retry, "retry");
    }

    /** Returns the table this memory table reads from and flushes to. */
    public final Table<R> table() {
        return table;
    }

    /**
     * Saves a record in memory, replacing any record with its key, and returns it as it will be
     * written (with its generated key and values, validated); {@link #flush()} writes it.
     *
     * @throws dev.dynamoobjects.exception.InvalidRecordException when the record breaks its constraints
     * @throws dev.dynamoobjects.exception.ValidationException when the record has a {@code @Version}:
     *         a flush cannot check it, so memory tables of versioned records are read-only
     */
    public final R save(R record) {
        Writes.requireUnversioned(table, "a memory table's flush (BatchWriteItem)");
        R ready = RawAccess.of(table).prepare(record);
        entry(table.mapper().keyOf(ready)).current = ready;
        return ready;
    }

    /** Deletes the record with the key of {@code record} in memory; {@link #flush()} deletes the item. */
    public final void delete(R record) {
        raw.delete(table.mapper().keyOf(record));
    }

    /**
     * Writes every changed record (saved or deleted since it was read or last flushed) with batch
     * writes, and returns how many writes were made.
     *
     * @throws BatchWriteException when some writes could not be done; those records stay changed,
     *                             all others are written and clean
     */
    public final int flush() {
        List<Map.Entry<Map<String, AttributeValue>, Entry<R>>> changed = changedEntries();
        if (changed.isEmpty()) {
            return 0;
        }
        BatchWrite batch = new BatchWrite().retry(retry);
        List<R> saves = new ArrayList<>();
        List<ItemKey<R>> deletes = new ArrayList<>();
        for (var entry : changed) {
            if (entry.getValue().current == null) {
                deletes.add(RawAccess.of(table).itemKey(entry.getKey()));
            } else {
                saves.add(entry.getValue().current);
            }
        }
        try {
            int written = batch.save(table, saves).delete(deletes).execute();
            lastFlush = batch.stats();
            changed.forEach(entry -> entry.getValue().written());
            return written;
        } catch (BatchWriteException e) {
            lastFlush = e.stats();
            Set<Map<String, AttributeValue>> unwritten =
                    new HashSet<>(e.unwrittenKeys().getOrDefault(table.tableName(), List.of()));
            changed.stream().filter(entry -> !unwritten.contains(entry.getKey()))
                    .forEach(entry -> entry.getValue().written());
            throw e;
        }
    }

    /** Returns what the last {@link #flush()} cost: requests, retries, pauses; none before the first. */
    public final BatchStats lastFlush() {
        return lastFlush;
    }

    /** Returns how many records are changed in memory and not flushed yet. */
    public final int changedCount() {
        return changedEntries().size();
    }

    /** Forgets everything: the changes not flushed (they are never written) and every record read. */
    public final void discard() {
        entries.clear();
    }

    /** Flushes; see the class documentation for why. */
    @Override
    public void close() {
        flush();
    }

    /** The raw-key operations the generated subclass calls, through {@link RawAccess}. */
    private final class KeyedOperations implements RawMemoryTable<R> {
        @Override
        public R get(Map<String, AttributeValue> key) {
            return find(key).orElseThrow(() -> new RecordNotFoundException(table.tableName(), key));
        }

        @Override
        public Optional<R> find(Map<String, AttributeValue> key) {
            Map<String, AttributeValue> exact = items.keyOf(key);
            Entry<R> entry = entries.get(exact);
            if (entry == null) {
                entry = Entry.read(RawAccess.of(table).find(exact).orElse(null));
                entries.put(exact, entry);
            }
            return Optional.ofNullable(entry.current);
        }

        @Override
        public R getOrDefault(Map<String, AttributeValue> key) {
            return find(key).orElseGet(() -> table.mapper().fromItem(key));
        }

        @Override
        public void delete(Map<String, AttributeValue> key) {
            entry(key).current = null;
        }

        @Override
        public void preload(Collection<Map<String, AttributeValue>> keys) {
            List<Map<String, AttributeValue>> unknown = new ArrayList<>();
            for (Map<String, AttributeValue> key : keys) {
                Map<String, AttributeValue> exact = items.keyOf(key);
                if (!entries.containsKey(exact)) {
                    unknown.add(exact);
                }
            }
            if (unknown.isEmpty()) {
                return;
            }
            try {
                remember(new BatchGet().retry(retry).add(unknown.stream().map(RawAccess.of(table)::itemKey).toList()).execute());
            } catch (BatchGetException e) {
                remember(e.partialResult());
                throw e;
            }
        }

        @Override
        public Map<String, AttributeValue> key(AttributeValue partitionKey) {
            return Map.of(items.partitionKey(), partitionKey);
        }

        @Override
        public Map<String, AttributeValue> key(AttributeValue partitionKey, AttributeValue sortKey) {
            return Map.of(items.partitionKey(), partitionKey, items.sortKey(), sortKey);
        }
    }

    private void remember(BatchGetResult result) {
        for (Map<String, AttributeValue> item : result.items(table.tableName())) {
            entries.putIfAbsent(items.keyOf(item), Entry.read(table.toRecord(item)));
        }
        for (Map<String, AttributeValue> key : result.missingKeys(table.tableName())) {
            entries.putIfAbsent(key, Entry.read(null));
        }
    }

    /** Returns the entry of a key to change, creating one (stored state unknown) when the key was never read. */
    private Entry<R> entry(Map<String, AttributeValue> key) {
        return entries.computeIfAbsent(items.keyOf(key), k -> new Entry<>());
    }

    private List<Map.Entry<Map<String, AttributeValue>, Entry<R>>> changedEntries() {
        List<Map.Entry<Map<String, AttributeValue>, Entry<R>>> changed = new ArrayList<>();
        for (var entry : entries.entrySet()) {
            if (entry.getValue().changed()) {
                changed.add(entry);
            }
        }
        return changed;
    }

    /**
     * What memory knows of one key: the record as DynamoDB holds it (when known; null for no item)
     * and the record as the job left it (null for deleted or missing).
     */
    private static final class Entry<R> {
        R stored;
        boolean storedKnown;
        R current;

        static <R> Entry<R> read(R record) {
            Entry<R> entry = new Entry<>();
            entry.stored = record;
            entry.storedKnown = true;
            entry.current = record;
            return entry;
        }

        boolean changed() {
            return !storedKnown || !Objects.equals(stored, current);
        }

        void written() {
            stored = current;
            storedKnown = true;
        }
    }
}
