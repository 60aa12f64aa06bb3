package dev.dynamoobjects.schema;

import dev.dynamoobjects.annotation.Projection;
import java.util.List;
import java.util.Objects;

/**
 * A secondary index as declared on a record. A global index may have a multi-attribute key: up to
 * four partition-key attributes and four sort-key attributes, each with its own type.
 *
 * <pre>{@code
 * IndexSchema byPlace = new IndexSchema("byPlace", true,
 *         List.of(new KeyAttribute("country", ScalarType.S), new KeyAttribute("region", ScalarType.S)),
 *         List.of(new KeyAttribute("city", ScalarType.S), new KeyAttribute("zip", ScalarType.N)),
 *         Projection.ALL, List.of(), 0L, 0L);
 * }</pre>
 *
 * @param name             the index name
 * @param global           true for a global secondary index, false for a local one
 * @param partitionKeys    the index's partition-key attributes, in key order (for a local index, the table's)
 * @param sortKeys         the index's sort-key attributes, in key order; empty for none
 * @param projection       which attributes the index copies
 * @param nonKeyAttributes the attributes copied for an {@code INCLUDE} projection
 * @param readCapacity     provisioned read units of a global index, 0 for on-demand
 * @param writeCapacity    provisioned write units of a global index, 0 for on-demand
 */
public record IndexSchema(
        String name,
        boolean global,
        List<KeyAttribute> partitionKeys,
        List<KeyAttribute> sortKeys,
        Projection projection,
        List<String> nonKeyAttributes,
        long readCapacity,
        long writeCapacity) {

    /** Validates the required parts and copies the lists. */
    public IndexSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(projection, "projection");
        partitionKeys = List.copyOf(partitionKeys);
        sortKeys = List.copyOf(sortKeys);
        if (partitionKeys.isEmpty()) {
            throw new IllegalArgumentException("index " + name + " needs a partition key");
        }
        nonKeyAttributes = List.copyOf(nonKeyAttributes);
    }

    /** An index with one partition-key attribute and one sort-key attribute or none (null). */
    public IndexSchema(String name, boolean global, KeyAttribute partitionKey, KeyAttribute sortKey,
            Projection projection, List<String> nonKeyAttributes, long readCapacity, long writeCapacity) {
        this(name, global, List.of(Objects.requireNonNull(partitionKey, "partitionKey")),
                sortKey == null ? List.of() : List.of(sortKey), projection, nonKeyAttributes, readCapacity,
                writeCapacity);
    }

    /** Returns the (first) partition-key attribute. */
    public KeyAttribute partitionKey() {
        return partitionKeys.get(0);
    }

    /** Returns the (first) sort-key attribute, or null when there is none. */
    public KeyAttribute sortKey() {
        return sortKeys.isEmpty() ? null : sortKeys.get(0);
    }

    /** Returns true when the index has a sort key. */
    public boolean hasSortKey() {
        return !sortKeys.isEmpty();
    }
}
