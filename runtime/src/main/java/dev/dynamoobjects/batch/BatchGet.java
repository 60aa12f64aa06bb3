package dev.dynamoobjects.batch;

import dev.dynamoobjects.table.ItemKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * Reads any number of items by key, from one or more tables, with as few {@code BatchGetItem}
 * requests as DynamoDB allows: keys are de-duplicated and sent {@value BatchLimits#MAX_GET_KEYS}
 * at a time; keys DynamoDB leaves unprocessed (or whose request it throttles) are sent again after
 * a growing pause, as {@link BatchRetry} says. Keys still unread after every attempt are reported
 * in a {@link BatchGetException}, never dropped.
 *
 * <pre>{@code
 * BatchGetResult found = new BatchGet()
 *         .add(products.keyOf("s1", "shoe-1"), products.keyOf("s1", "shoe-2"))
 *         .add(storeKeys)                      // a List<ItemKey<Store>>, e.g. from stores.keyOf(storeId)
 *         .execute();
 * List<Product> productsFound = found.records(products);     // in the order the keys were given
 * Optional<Store> s1 = found.find(stores.keyOf("s1"));
 * }</pre>
 *
 * <p>All tables must be reached through one {@code DynamoDbClient}. A batch is a builder for one
 * thread; {@link #execute()} reads everything added so far.
 */
public final class BatchGet {
    private final Work<Map<String, AttributeValue>> work = new Work<>();
    private BatchRetry retry = BatchRetry.DEFAULT;
    private BatchStats stats = BatchStats.NONE;
    private boolean consistentRead;

    /** Reads the items with these keys, of one table or several. */
    public BatchGet add(ItemKey<?>... keys) {
        return add(List.of(keys));
    }

    /** Reads the items with these keys, of one table or several. */
    public BatchGet add(Collection<? extends ItemKey<?>> keys) {
        for (ItemKey<?> key : keys) {
            ItemTable items = ItemTable.of(key.table());
            Map<String, AttributeValue> exact = items.keyOf(key.key());
            work.put(key.table(), items, exact, exact);
        }
        return this;
    }

    /**
     * Reads the items with these keys (or with the keys of these items) from a raw table, for
     * tools that work without record types; typed tables take {@link ItemKey}s.
     */
    public BatchGet add(ItemTable table, Collection<Map<String, AttributeValue>> keys) {
        for (Map<String, AttributeValue> key : keys) {
            Map<String, AttributeValue> exact = table.keyOf(key);
            work.put(table, exact, exact);
        }
        return this;
    }

    /** Sets how unprocessed keys are retried; default {@link BatchRetry#DEFAULT}. */
    public BatchGet retry(BatchRetry policy) {
        this.retry = Objects.requireNonNull(policy, "policy");
        return this;
    }

    /** Reads strongly consistent data (twice the read capacity); default eventually consistent. */
    public BatchGet consistentRead() {
        this.consistentRead = true;
        return this;
    }

    /** Returns what the last {@link #execute()} cost: requests, retries, pauses. */
    public BatchStats stats() {
        return stats;
    }

    /**
     * Reads every key added.
     *
     * @throws BatchGetException listing the keys that could not be read, with what was read
     */
    public BatchGetResult execute() {
        work.ensureTablesExist();
        BatchGetResult.Builder result = new BatchGetResult.Builder(work);
        var outcome = RetryLoop.run(work.pending(), BatchLimits.MAX_GET_KEYS, retry,
                chunk -> send(chunk, result));
        if (!outcome.undone().isEmpty()) {
            throw new BatchGetException(outcome, work.size(), retry, result.build(outcome.undone()));
        }
        stats = outcome.stats();
        return result.build(List.of());
    }

    private Collection<Pending<Map<String, AttributeValue>>> send(Chunk<Map<String, AttributeValue>> chunk,
            BatchGetResult.Builder result) {
        Map<String, KeysAndAttributes> requestItems = new LinkedHashMap<>();
        for (String name : chunk.tableNames()) {
            List<Map<String, AttributeValue>> keys = chunk.on(name).stream().map(Pending::payload).toList();
            requestItems.put(name, KeysAndAttributes.builder().keys(keys)
                    .consistentRead(consistentRead ? Boolean.TRUE : null).build());
        }
        BatchGetItemResponse response = chunk.all().get(0).table().client()
                .batchGetItem(BatchGetItemRequest.builder().requestItems(requestItems).build());
        response.responses().forEach((name, items) -> items.forEach(item -> result.found(chunk.table(name), item)));
        List<Pending<Map<String, AttributeValue>>> unprocessed = new ArrayList<>();
        response.unprocessedKeys().forEach((name, keys) ->
                keys.keys().forEach(key -> unprocessed.add(chunk.find(name, key))));
        return unprocessed;
    }
}
