package dev.dynamoobjects.internal.table;

import dev.dynamoobjects.attribute.Incrementable;
import dev.dynamoobjects.expression.Condition;
import dev.dynamoobjects.expression.KeyCondition;
import dev.dynamoobjects.expression.Update;
import dev.dynamoobjects.table.GlobalIndexQuery;
import dev.dynamoobjects.table.ItemKey;
import dev.dynamoobjects.table.Query;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The operations of one table by raw key map, which its generated subclass wraps in methods typed
 * by the key's Java types ({@code get(String storeId)}). Not on {@code Table} itself, so that a
 * user's view of a generated table shows only the typed methods. Obtained with
 * {@link RawAccess#of(dev.dynamoobjects.table.Table)}.
 *
 * <pre>{@code
 * private final RawTable<Store> raw = RawAccess.of(this);
 * public Store get(String storeId) { return raw.get(raw.key(STORE_ID.encode(storeId))); }
 * }</pre>
 *
 * @param <R> the record type
 */
public interface RawTable<R> {
    /** Returns the key map of a table with a partition key only. */
    Map<String, AttributeValue> key(AttributeValue partitionKey);

    /** Returns the key map of a table with a partition and a sort key. */
    Map<String, AttributeValue> key(AttributeValue partitionKey, AttributeValue sortKey);

    /** Returns the typed key of a key map, for the generated {@code keyOf(key values...)}. */
    ItemKey<R> itemKey(Map<String, AttributeValue> key);

    /**
     * Returns the record with a key.
     *
     * @throws dev.dynamoobjects.exception.RecordNotFoundException when no item has the key
     */
    R get(Map<String, AttributeValue> key);

    /** Returns the record with a key, or empty. */
    Optional<R> find(Map<String, AttributeValue> key);

    /** Returns the record with a key, or a new one holding the key and every default. */
    R getOrDefault(Map<String, AttributeValue> key);

    /** Deletes the item with a key and returns it as stored, or empty when there was none. */
    default Optional<R> delete(Map<String, AttributeValue> key) {
        return delete(key, null);
    }

    /**
     * Deletes the item with a key if {@code condition} (null: none) holds, and returns it as stored.
     *
     * @throws dev.dynamoobjects.exception.ConditionFailedException when the condition is false
     */
    Optional<R> delete(Map<String, AttributeValue> key, Condition<R> condition);

    /**
     * Applies update actions to the item with a key and returns the record as stored: creating it
     * when missing, as UpdateItem does, unless the table is versioned (then as {@link #updateExisting}).
     */
    default R update(Map<String, AttributeValue> key, List<Update<R>> updates) {
        return update(key, updates, null);
    }

    /**
     * Applies update actions if {@code condition} (null: none) holds; returns the record as stored.
     *
     * @throws dev.dynamoobjects.exception.ConditionFailedException when the condition is false
     */
    R update(Map<String, AttributeValue> key, List<Update<R>> updates, Condition<R> condition);

    /**
     * Applies update actions if the item is stored and {@code condition} (null: none) holds; returns
     * the record as stored.
     *
     * @throws dev.dynamoobjects.exception.RecordNotFoundException when no item has the key
     */
    R updateExisting(Map<String, AttributeValue> key, List<Update<R>> updates, Condition<R> condition);

    /** Adds {@code amount} to a number attribute of the item with a key, without reading; returns the new value. */
    long increment(Map<String, AttributeValue> key, Incrementable<R> attribute, long amount);

    /**
     * Reads the record with a key, applies {@code change} and saves the result, again from the read
     * while another writer wins the race; needs a {@code @Version} attribute.
     */
    R modify(Map<String, AttributeValue> key, UnaryOperator<R> change);

    /**
     * Returns a query of the items with a partition key value. {@code Q} is the marker of the
     * generated query method ({@code ProductTable.TableQuery}), which types the query's filters.
     */
    <Q> Query<R, Q> query(AttributeValue partitionKey);

    /** Returns a query of the items with a partition key value and a condition on the table's sort key. */
    <Q> Query<R, Q> query(AttributeValue partitionKey, KeyCondition<R, ?> sortKeyCondition);

    /** Returns a query of a local secondary index: the items with a partition key value. */
    <Q> Query<R, Q> queryLocalIndex(String indexName, AttributeValue partitionKey);

    /** Returns a query of a local secondary index with a condition on its sort key. */
    <Q> Query<R, Q> queryLocalIndex(String indexName, AttributeValue partitionKey,
            KeyCondition<R, ?> sortKeyCondition);

    /** Returns a query of a global secondary index: the items with an index partition key value. */
    <Q> GlobalIndexQuery<R, Q> queryGlobalIndex(String indexName, AttributeValue partitionKey);

    /** Returns a query of a global secondary index with a condition on its sort key. */
    <Q> GlobalIndexQuery<R, Q> queryGlobalIndex(String indexName, AttributeValue partitionKey,
            KeyCondition<R, ?> sortKeyCondition);

    /**
     * Returns a query of a global secondary index with a multi-attribute key: a value for each of
     * its partition-key attributes, equalities on its leading sort-key attributes, and optionally
     * (null for none) a condition on the next one, all in key order.
     */
    <Q> GlobalIndexQuery<R, Q> queryGlobalIndex(String indexName, List<AttributeValue> partitionKeys,
            List<AttributeValue> sortKeyEqualities, KeyCondition<R, ?> sortKeyCondition);

    /**
     * Returns the record as a write stores it: generated keys, UUIDs and timestamps filled in, the
     * record's {@code @BeforeWrite} method run, validated. Writes do this themselves; memory tables
     * call it on save so that a record is kept under the key it will be written with.
     *
     * @throws dev.dynamoobjects.exception.InvalidRecordException when the record breaks its constraints
     */
    R prepare(R record);

    /** Returns the item of a {@link #prepare}d record, with the schema version if any, for {@link Writes}. */
    Map<String, AttributeValue> itemOf(R prepared);

    /**
     * Returns true when the physical table holds other record types too: the table of one entity
     * type of a single table, which keeps to its own items by their type attribute.
     */
    boolean sharesTable();
}
