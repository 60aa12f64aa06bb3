package dev.dynamoobjects.tools;

import dev.dynamoobjects.batch.BatchRetry;
import dev.dynamoobjects.batch.BatchStats;
import dev.dynamoobjects.batch.BatchWrite;
import dev.dynamoobjects.batch.ItemTable;
import dev.dynamoobjects.table.EntityTables;
import dev.dynamoobjects.table.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * Copies the items of one table into another (another prefix, another name, even another client),
 * optionally filtered and transformed: a parallel scan of the source, each segment on a thread of
 * its own writing every page it reads with batch writes. Reports progress to a listener and
 * returns how many items it copied. Items already in the target are replaced; none are deleted.
 *
 * <pre>{@code
 * ProductTable staging = new ProductTable(stagingDb);       // prefix "staging_"
 * ProductTable prod = new ProductTable(prodDb);             // prefix "prod_"
 * long copied = TableCopy.of(staging, prod)
 *         .filter(Product::active)
 *         .transform(p -> p.withPrice(p.price() * 2))
 *         .segments(8)
 *         .listener(p -> System.err.printf("\r%,d items (%.0f/s)", p.copied(), p.itemsPerSecond()))
 *         .run();
 * }</pre>
 *
 * <p>Without a record type, {@link #items(ItemTable, ItemTable)} copies raw items; a whole single
 * table, {@link #of(EntityTables, EntityTables)}. A copy is a
 * builder: configure it, then {@link #run()} it from one thread.
 *
 * @param <T> what the filter and transform see: the record type, or raw items
 */
public final class TableCopy<T> {
    private final ItemTable from;
    private final ItemTable to;
    /** Whether an item is one the filter and transform see: else it is left out, or copied as stored. */
    private final Predicate<Map<String, AttributeValue>> decodable;
    private final boolean copyUndecodable;
    private final Function<Map<String, AttributeValue>, T> decode;
    private final Function<T, Map<String, AttributeValue>> encode;
    private final Runnable prepareTarget;
    private Predicate<? super T> filter = item -> true;
    private UnaryOperator<T> transform = UnaryOperator.identity();
    private int segments = 4;
    private CopyListener listener = CopyListener.NONE;
    private BatchRetry retry = BatchRetry.DEFAULT;

    private TableCopy(ItemTable from, ItemTable to, Predicate<Map<String, AttributeValue>> decodable,
            boolean copyUndecodable, Function<Map<String, AttributeValue>, T> decode,
            Function<T, Map<String, AttributeValue>> encode, Runnable prepareTarget) {
        this.from = from;
        this.to = to;
        this.decodable = decodable;
        this.copyUndecodable = copyUndecodable;
        this.decode = decode;
        this.encode = encode;
        this.prepareTarget = prepareTarget;
    }

    /**
     * Returns a copy between two tables of one record type; the target is created first when missing
     * and allowed. Between the tables of one entity type of two single tables, it copies that
     * entity's items only (told by the type attribute), leaving the other types' items out.
     */
    public static <R> TableCopy<R> of(Table<R> from, Table<R> to) {
        return new TableCopy<>(ItemTable.of(from), ItemTable.of(to), from::holds, false, from::toRecord, to::toItem,
                to::ensureExists);
    }

    /**
     * Returns a copy of a whole single table into another of the same {@code @SingleTable} interface
     * (another prefix, name or client): the filter and the transform see each item as its entity
     * ({@code Shop}), encoded again by the target's table of the entity's type; the items of a type
     * the table does not know are copied as stored. The target is created first when missing and allowed.
     *
     * <pre>{@code
     * TableCopy.of(stagingShop, prodShop)
     *         .filter(entity -> !(entity instanceof OrderLine))
     *         .run();
     * }</pre>
     */
    public static <E> TableCopy<E> of(EntityTables<E> from, EntityTables<E> to) {
        Table<? extends E> source = from.entityTables().get(0);
        Table<? extends E> target = to.entityTables().get(0);
        List<Table<? extends E>> types = List.copyOf(from.entityTables());
        return new TableCopy<>(ItemTable.of(source), ItemTable.of(target),
                item -> types.stream().anyMatch(table -> table.holds(item)), true, from::toEntity, to::toItem,
                target::ensureExists);
    }

    /** Returns a copy of raw items between two existing tables. */
    public static TableCopy<Map<String, AttributeValue>> items(ItemTable from, ItemTable to) {
        return new TableCopy<>(from, to, item -> true, false, Function.identity(), Function.identity(), () -> { });
    }

    /** Copies only what {@code condition} accepts; default everything. */
    public TableCopy<T> filter(Predicate<? super T> condition) {
        this.filter = Objects.requireNonNull(condition, "condition");
        return this;
    }

    /** Writes what {@code change} returns instead of what was read; applied after the filter. */
    public TableCopy<T> transform(UnaryOperator<T> change) {
        this.transform = Objects.requireNonNull(change, "change");
        return this;
    }

    /** Sets how many scan segments run in parallel, each on a thread; default 4. */
    public TableCopy<T> segments(int count) {
        this.segments = ParallelScan.checkSegments(count);
        return this;
    }

    /** Sets who hears the progress; default nobody. */
    public TableCopy<T> listener(CopyListener progressListener) {
        this.listener = Objects.requireNonNull(progressListener, "progressListener");
        return this;
    }

    /** Sets how the batch writes retry; default {@link BatchRetry#DEFAULT}. */
    public TableCopy<T> retry(BatchRetry policy) {
        this.retry = Objects.requireNonNull(policy, "policy");
        return this;
    }

    /**
     * Copies every item and returns how many were written.
     *
     * @throws dev.dynamoobjects.exception.TableNotFoundException when the source does not exist
     *
     * @throws dev.dynamoobjects.exception.DynamoObjectsException the first failure of any segment
     *         (a {@link dev.dynamoobjects.batch.BatchWriteException} lists the writes not done); the
     *         other segments are stopped
     */
    public long run() {
        ParallelScan.call(from.name(), () -> from.client().describeTable(r -> r.tableName(from.name())));
        prepareTarget.run();
        Progress progress = new Progress(listener);
        ParallelScan.run(from.client(), ScanRequest.builder().tableName(from.name()).build(), segments,
                page -> copyPage(page, progress));
        return progress.finish();
    }

    /**
     * Copies the one item with a key (read strongly consistent), filtered and transformed like the
     * others, and returns whether it was written: false when there is no such item, the filter
     * left it out or it is another entity type's.
     */
    public boolean copyItem(Map<String, AttributeValue> key) {
        prepareTarget.run();
        GetItemResponse response = ParallelScan.call(from.name(), () -> from.client().getItem(r -> r.tableName(from.name())
                .key(from.keyOf(key)).consistentRead(true)));
        if (!response.hasItem()) {
            return false;
        }
        Map<String, AttributeValue> item = copied(response.item());
        if (item == null) {
            return false;
        }
        ParallelScan.call(to.name(), () -> to.client().putItem(r -> r.tableName(to.name()).item(item)));
        return true;
    }

    private void copyPage(List<Map<String, AttributeValue>> page, Progress progress) {
        List<Map<String, AttributeValue>> items = copied(page);
        BatchStats writes = BatchStats.NONE;
        if (!items.isEmpty()) {
            BatchWrite batch = new BatchWrite().retry(retry).put(to, items);
            batch.execute();
            writes = batch.stats();
        }
        progress.add(items.size(), page.size(), writes);
    }

    /** Returns the items to write for the items of a page: filtered, then transformed. */
    private List<Map<String, AttributeValue>> copied(List<Map<String, AttributeValue>> page) {
        List<Map<String, AttributeValue>> items = new ArrayList<>(page.size());
        for (Map<String, AttributeValue> item : page) {
            Map<String, AttributeValue> copy = copied(item);
            if (copy != null) {
                items.add(copy);
            }
        }
        return items;
    }

    /** Returns the item to write for an item read, or null when it is left out. */
    private Map<String, AttributeValue> copied(Map<String, AttributeValue> item) {
        if (!decodable.test(item)) {
            return copyUndecodable ? item : null;
        }
        T value = decode.apply(item);
        return filter.test(value) ? encode.apply(transform.apply(value)) : null;
    }
}
