package dev.dynamoobjects.batch;

import dev.dynamoobjects.exception.ValidationException;
import dev.dynamoobjects.internal.table.Writes;
import dev.dynamoobjects.table.ItemKey;
import dev.dynamoobjects.table.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Saves and deletes any number of items, in one or more tables, with as few {@code BatchWriteItem}
 * requests as DynamoDB allows: writes are sent {@value BatchLimits#MAX_WRITE_REQUESTS} at a time;
 * writes DynamoDB leaves unprocessed (or whose request it throttles) are sent again after a growing
 * pause, as {@link BatchRetry} says. Two writes of one key are merged, the last one winning (where
 * DynamoDB would reject the whole request). Writes still undone after every attempt are reported
 * in a {@link BatchWriteException}, never dropped.
 *
 * <pre>{@code
 * int written = new BatchWrite()
 *         .save(products, changedProducts)
 *         .delete(stores.keyOf("s9"))                   // typed keys, of any table
 *         .execute();
 * }</pre>
 *
 * <p>Batch writes are unconditional and not atomic: each write succeeds or fails on its own. All
 * tables must be reached through one {@code DynamoDbClient}. A batch is a builder for one thread.
 */
public final class BatchWrite {
    private final Work<WriteRequest> work = new Work<>();
    private BatchRetry retry = BatchRetry.DEFAULT;
    private BatchStats stats = BatchStats.NONE;

    /** Saves a record, replacing any item with its key. */
    public <R> BatchWrite save(Table<R> table, R record) {
        return save(table, List.of(record));
    }

    /**
     * Saves records, replacing any items with their keys.
     *
     * @throws ValidationException when the record has a {@code @Version}, which a batch cannot check
     */
    public <R> BatchWrite save(Table<R> table, Collection<? extends R> records) {
        Writes.requireUnversioned(table, "BatchWriteItem");
        ItemTable items = ItemTable.of(table);
        for (R record : records) {
            Map<String, AttributeValue> item = table.toItem(record);
            work.put(table, items, items.keyOf(item), put(item));
        }
        return this;
    }

    /** Deletes the items with these keys, of one table or several; a missing item is no error. */
    public BatchWrite delete(ItemKey<?>... keys) {
        return delete(List.of(keys));
    }

    /** Deletes the items with these keys, of one table or several; a missing item is no error. */
    public BatchWrite delete(Collection<? extends ItemKey<?>> keys) {
        for (ItemKey<?> key : keys) {
            ItemTable items = ItemTable.of(key.table());
            Map<String, AttributeValue> exact = items.keyOf(key.key());
            work.put(key.table(), items, exact, delete(exact));
        }
        return this;
    }

    /** Deletes the items with the keys of these records. */
    public <R> BatchWrite deleteRecords(Table<R> table, Collection<? extends R> records) {
        return delete(records.stream().map(table::keyOf).toList());
    }

    /** Puts raw items into a table, replacing any items with their keys. */
    public BatchWrite put(ItemTable table, Collection<Map<String, AttributeValue>> items) {
        for (Map<String, AttributeValue> item : items) {
            work.put(table, table.keyOf(item), put(item));
        }
        return this;
    }

    /**
     * Deletes the items of a raw table with these keys (or with the keys of these items), for tools
     * that work without record types; typed tables take {@link ItemKey}s.
     */
    public BatchWrite delete(ItemTable table, Collection<Map<String, AttributeValue>> keys) {
        for (Map<String, AttributeValue> key : keys) {
            Map<String, AttributeValue> exact = table.keyOf(key);
            work.put(table, exact, delete(exact));
        }
        return this;
    }

    /** Sets how unprocessed writes are retried; default {@link BatchRetry#DEFAULT}. */
    public BatchWrite retry(BatchRetry policy) {
        this.retry = Objects.requireNonNull(policy, "policy");
        return this;
    }

    /** Returns how many writes {@link #execute()} makes: one per key. */
    public int size() {
        return work.size();
    }

    /** Returns what the last {@link #execute()} cost: requests, retries, pauses. */
    public BatchStats stats() {
        return stats;
    }

    /**
     * Makes every write added and returns how many: one per key.
     *
     * @throws BatchWriteException listing the writes that were not done; all others were
     */
    public int execute() {
        work.ensureTablesExist();
        var outcome = RetryLoop.run(work.pending(), BatchLimits.MAX_WRITE_REQUESTS, retry, this::send);
        if (!outcome.undone().isEmpty()) {
            throw new BatchWriteException(outcome, work.size(), retry);
        }
        stats = outcome.stats();
        return work.size();
    }

    private Collection<Pending<WriteRequest>> send(Chunk<WriteRequest> chunk) {
        Map<String, List<WriteRequest>> requestItems = new LinkedHashMap<>();
        for (String name : chunk.tableNames()) {
            requestItems.put(name, chunk.on(name).stream().map(Pending::payload).toList());
        }
        BatchWriteItemResponse response = chunk.all().get(0).table().client()
                .batchWriteItem(BatchWriteItemRequest.builder().requestItems(requestItems).build());
        List<Pending<WriteRequest>> unprocessed = new ArrayList<>();
        response.unprocessedItems().forEach((name, writes) ->
                writes.forEach(write -> unprocessed.add(chunk.find(name, itemOf(write)))));
        return unprocessed;
    }

    /** Returns the item of a put, or the key of a delete. */
    private static Map<String, AttributeValue> itemOf(WriteRequest write) {
        return write.putRequest() != null ? write.putRequest().item() : write.deleteRequest().key();
    }

    private static WriteRequest put(Map<String, AttributeValue> item) {
        return WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build();
    }

    private static WriteRequest delete(Map<String, AttributeValue> key) {
        return WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key).build()).build();
    }
}
