package dev.dynamoobjects.tools;

import dev.dynamoobjects.batch.BatchRetry;
import dev.dynamoobjects.batch.BatchStats;
import dev.dynamoobjects.batch.BatchWrite;
import dev.dynamoobjects.batch.ItemTable;
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
 * <p>Without a record type, {@link #items(ItemTable, ItemTable)} copies raw items. A copy is a
 * builder: configure it, then {@link #run()} it from one thread.
 *
 * @param <T> what the filter and transform see: the record type, or raw items
 */
public final class TableCopy<T> {
    private final ItemTable from;
    private final ItemTable to;
    private final Function<Map<String, AttributeValue>, T> decode;
    private final Function<T, Map<String, AttributeValue>> encode;
    private final Runnable prepareTarget;
    private Predicate<? super T> filter = item -> true;
    private UnaryOperator<T> transform = UnaryOperator.identity();
    private int segments = 4;
    private CopyListener listener = CopyListener.NONE;
    private BatchRetry retry = BatchRetry.DEFAULT;

    private TableCopy(ItemTable from, ItemTable to, Function<Map<String, AttributeValue>, T> decode,
            Function<T, Map<String, AttributeValue>> encode, Runnable prepareTarget) {
        this.from = from;
        this.to = to;
        this.decode = decode;
        this.encode = encode;
        this.prepareTarget = prepareTarget;
    }

    /** Returns a copy between two tables of one record type; the target is created first when missing and allowed. */
    public static <R> TableCopy<R> of(Table<R> from, Table<R> to) {
        return new TableCopy<>(ItemTable.of(from), ItemTable.of(to), from::toRecord, to::toItem,
                to::ensureExists);
    }

    /** Returns a copy of raw items between two existing tables. */
    public static TableCopy<Map<String, AttributeValue>> items(ItemTable from, ItemTable to) {
        return new TableCopy<>(from, to, Function.identity(), Function.identity(), () -> { });
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
     * others, and returns whether it was written: false when there is no such item or the filter
     * left it out.
     */
    public boolean copyItem(Map<String, AttributeValue> key) {
        prepareTarget.run();
        GetItemResponse response = ParallelScan.call(from.name(), () -> from.client().getItem(r -> r.tableName(from.name())
                .key(from.keyOf(key)).consistentRead(true)));
        if (!response.hasItem()) {
            return false;
        }
        T value = decode.apply(response.item());
        if (!filter.test(value)) {
            return false;
        }
        Map<String, AttributeValue> item = encode.apply(transform.apply(value));
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
            T value = decode.apply(item);
            if (filter.test(value)) {
                items.add(encode.apply(transform.apply(value)));
            }
        }
        return items;
    }
}
