package dev.dynamoobjects.internal.table;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The operations of one memory table by raw key map, which its generated subclass wraps in methods
 * typed by the key's Java types. Obtained with
 * {@link RawAccess#of(dev.dynamoobjects.memory.MemoryTable)}.
 *
 * @param <R> the record type
 */
public interface RawMemoryTable<R> {
    /** Returns the key map of a table with a partition key only. */
    Map<String, AttributeValue> key(AttributeValue partitionKey);

    /** Returns the key map of a table with a partition and a sort key. */
    Map<String, AttributeValue> key(AttributeValue partitionKey, AttributeValue sortKey);

    /**
     * Returns the record with a key, reading it from DynamoDB only the first time the key is asked.
     *
     * @throws dev.dynamoobjects.exception.RecordNotFoundException when there is no such record
     */
    R get(Map<String, AttributeValue> key);

    /** Returns the record with a key, or empty; reads DynamoDB only the first time the key is asked. */
    Optional<R> find(Map<String, AttributeValue> key);

    /** Returns the record with a key, or a new one holding the key and every default (not saved). */
    R getOrDefault(Map<String, AttributeValue> key);

    /** Deletes the record with a key in memory; {@code flush()} deletes the item. */
    void delete(Map<String, AttributeValue> key);

    /**
     * Reads the records with these keys that are not in memory yet, with batch gets.
     *
     * @throws dev.dynamoobjects.batch.BatchGetException when some keys could not be read; the others are in memory
     */
    void preload(Collection<Map<String, AttributeValue>> keys);
}
