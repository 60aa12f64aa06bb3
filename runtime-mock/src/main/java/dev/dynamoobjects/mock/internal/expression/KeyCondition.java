package dev.dynamoobjects.mock.internal.expression;

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
