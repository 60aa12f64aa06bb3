package dev.dynamoobjects.mock.internal.expression;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A parsed KeyConditionExpression: the partition key's value and an optional range of sort keys.
 * The matching sort keys are contiguous in key order, so an engine can seek to
 * {@link #lowerBound()} (or the first key) and scan forward while {@link #test} holds.
 *
 * <pre>{@code
 * KeyCondition key = context.keyCondition("pk = :p AND begins_with(sk, :prefix)", schema);
 * NavigableMap<AttributeValue, Item> partition = partitions.get(key.partitionValue());
 * }</pre>
 */
public interface KeyCondition {
    /** The value the partition key must equal. */
    AttributeValue partitionValue();

    /**
     * The values the partition key attributes must equal, in key-schema order: one for a
     * single-attribute key, up to four for a global index's multi-attribute key.
     */
    default List<AttributeValue> partitionValues() {
        return List.of(partitionValue());
    }

    /**
     * Returns true when a key map or item (holding the key attributes) satisfies the sort-key
     * conditions; {@code sortName} names a single-attribute sort key (null when there is none).
     */
    default boolean matches(Map<String, AttributeValue> item, String sortName) {
        return !hasSortCondition() || test(item.get(sortName));
    }

    /** Returns true when the expression constrains the sort key. */
    boolean hasSortCondition();

    /** The smallest matching sort key, or null when unbounded below. */
    AttributeValue lowerBound();

    /** Whether {@link #lowerBound()} itself matches. */
    boolean lowerInclusive();

    /** The largest matching sort key, or null when unbounded above. */
    AttributeValue upperBound();

    /** Whether {@link #upperBound()} itself matches. */
    boolean upperInclusive();

    /** Returns true when the sort-key condition is an equality ({@code sk = :v}, or a legacy EQ). */
    boolean sortKeyEquality();

    /** The prefix of a {@code begins_with} condition, or null. */
    AttributeValue prefix();

    /** Returns true when a sort key value (of the schema's type) satisfies the sort-key condition. */
    boolean test(AttributeValue sortValue);
}
