package dev.dynamoobjects.mock.internal.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The key attributes a KeyConditionExpression may use: the partition key and, for tables and
 * indexes that have one, the sort key, with their declared types. A global index with a
 * multi-attribute key has up to four partition attributes and four sort attributes.
 *
 * <pre>{@code
 * KeySchema keys = KeySchema.of("userId", ScalarAttributeType.S, "createdAt", ScalarAttributeType.N);
 * }</pre>
 *
 * @param partition the partition (hash) attributes, in key-schema order (at least one)
 * @param sort      the sort (range) attributes, in key-schema order (may be empty)
 */
public record KeySchema(List<Part> partition, List<Part> sort) {

    /** One key attribute: its name and declared type. */
    public record Part(String name, ScalarAttributeType type) {
        public Part {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }

    public KeySchema {
        partition = List.copyOf(partition);
        sort = List.copyOf(sort);
        if (partition.isEmpty()) {
            throw new IllegalArgumentException("a key has a partition attribute");
        }
    }

    /** A schema with a partition key only. */
    public static KeySchema of(String partitionKey, ScalarAttributeType partitionType) {
        return new KeySchema(List.of(new Part(partitionKey, partitionType)), List.of());
    }

    /** A schema with a partition key and a sort key. */
    public static KeySchema of(String partitionKey, ScalarAttributeType partitionType, String sortKey,
                               ScalarAttributeType sortType) {
        return new KeySchema(List.of(new Part(partitionKey, partitionType)), List.of(new Part(sortKey, sortType)));
    }

    /** The (first) partition attribute's name. */
    public String partitionKey() {
        return partition.get(0).name();
    }

    /** The (first) partition attribute's type. */
    public ScalarAttributeType partitionType() {
        return partition.get(0).type();
    }

    /** The (first) sort attribute's name, or null when there is none. */
    public String sortKey() {
        return sort.isEmpty() ? null : sort.get(0).name();
    }

    /** The (first) sort attribute's type, or null when there is none. */
    public ScalarAttributeType sortType() {
        return sort.isEmpty() ? null : sort.get(0).type();
    }

    public boolean hasSortKey() {
        return !sort.isEmpty();
    }

    /** Returns true when the partition key or the sort key has several attributes. */
    public boolean multiAttribute() {
        return partition.size() > 1 || sort.size() > 1;
    }

    /** Returns the names of every key attribute, partition attributes first. */
    public List<String> names() {
        List<String> names = new ArrayList<>(partition.size() + sort.size());
        partition.forEach(part -> names.add(part.name()));
        sort.forEach(part -> names.add(part.name()));
        return names;
    }

    // Written out for the parse cache's keys (see ParseCache.Key).
    @Override
    public boolean equals(Object other) {
        return other instanceof KeySchema that && partition.equals(that.partition) && sort.equals(that.sort);
    }

    @Override
    public int hashCode() {
        return 31 * partition.hashCode() + sort.hashCode();
    }
}
