package dev.dynamoobjects.mock.internal.expression;

import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The key attributes a KeyConditionExpression may use: the partition key and, for tables and
 * indexes that have one, the sort key, with their declared types.
 *
 * <pre>{@code
 * KeySchema keys = KeySchema.of("userId", ScalarAttributeType.S, "createdAt", ScalarAttributeType.N);
 * }</pre>
 *
 * @param partitionKey  the partition (hash) key's name
 * @param partitionType its type
 * @param sortKey       the sort (range) key's name, or null when there is none
 * @param sortType      its type, or null when there is no sort key
 */
public record KeySchema(String partitionKey, ScalarAttributeType partitionType, String sortKey,
                        ScalarAttributeType sortType) {

    public KeySchema {
        Objects.requireNonNull(partitionKey, "partitionKey");
        Objects.requireNonNull(partitionType, "partitionType");
        if ((sortKey == null) != (sortType == null)) {
            throw new IllegalArgumentException("sortKey and sortType go together");
        }
    }

    /** A schema with a partition key only. */
    public static KeySchema of(String partitionKey, ScalarAttributeType partitionType) {
        return new KeySchema(partitionKey, partitionType, null, null);
    }

    /** A schema with a partition key and a sort key. */
    public static KeySchema of(String partitionKey, ScalarAttributeType partitionType, String sortKey,
                               ScalarAttributeType sortType) {
        return new KeySchema(partitionKey, partitionType, sortKey, sortType);
    }

    public boolean hasSortKey() {
        return sortKey != null;
    }

    // Written out for the parse cache's keys (see ParseCache.Key).
    @Override
    public boolean equals(Object other) {
        return other instanceof KeySchema that && partitionKey.equals(that.partitionKey)
                && partitionType == that.partitionType && Objects.equals(sortKey, that.sortKey)
                && sortType == that.sortType;
    }

    @Override
    public int hashCode() {
        int hash = 31 * partitionKey.hashCode() + partitionType.hashCode();
        return 31 * (31 * hash + Objects.hashCode(sortKey)) + Objects.hashCode(sortType);
    }
}
