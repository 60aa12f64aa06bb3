package dev.dynamoobjects.mapping;

import dev.dynamoobjects.internal.mapping.MapReader;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts one record type to and from DynamoDB's item representation. The processor generates an
 * implementation for every {@code @Record} and {@code @Document} interface ({@code StoreMapper});
 * generated mappers are stateless, thread-safe and use no reflection.
 *
 * <pre>{@code
 * Map<String, AttributeValue> item = StoreMapper.INSTANCE.toItem(store);
 * Store again = StoreMapper.INSTANCE.fromItem(item);
 * }</pre>
 *
 * @param <R> the record type
 */
public interface RecordMapper<R> {
    /**
     * Returns the item for a record. Null attributes and empty sets are left out, as DynamoDB
     * stores no null sets and no empty sets.
     */
    Map<String, AttributeValue> toItem(R record);

    /**
     * Returns the record for an item. Missing attributes become null, or the declared default,
     * or zero/false for primitives.
     *
     * @throws MappingException when an attribute has a type the record cannot hold
     */
    R fromItem(Map<String, AttributeValue> item);

    /** Returns only the key attributes of a record (partition key, and sort key if any). */
    Map<String, AttributeValue> keyOf(R record);

    /**
     * Returns the record for a map of plain Java values by attribute name, as a JSON parser
     * produces it: strings, numbers, booleans. Generated mappers implement it with a
     * {@link MapReader}; missing attributes take their defaults.
     *
     * <pre>{@code
     * Store s = StoreMapper.INSTANCE.fromMap(Map.of("storeId", "s1", "visits", 3));
     * }</pre>
     *
     * @throws MappingException listing every unknown attribute and every value of the wrong type
     */
    default R fromMap(Map<String, ?> values) {
        throw new MappingException(getClass().getName() + " does not implement fromMap; regenerate it"
                + " with the current dynamo-objects processor");
    }
}
