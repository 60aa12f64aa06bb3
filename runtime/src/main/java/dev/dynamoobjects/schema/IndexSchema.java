package dev.dynamoobjects.schema;

import dev.dynamoobjects.annotation.Projection;
import java.util.List;
import java.util.Objects;

/**
 * A secondary index as declared on a record.
 *
 * @param name             the index name
 * @param global           true for a global secondary index, false for a local one
 * @param partitionKey     the index's partition key (for a local index, the table's)
 * @param sortKey          the index's sort key, or null
 * @param projection       which attributes the index copies
 * @param nonKeyAttributes the attributes copied for an {@code INCLUDE} projection
 * @param readCapacity     provisioned read units of a global index, 0 for on-demand
 * @param writeCapacity    provisioned write units of a global index, 0 for on-demand
 */
public record IndexSchema(
        String name,
        boolean global,
        KeyAttribute partitionKey,
        KeyAttribute sortKey,
        Projection projection,
        List<String> nonKeyAttributes,
        long readCapacity,
        long writeCapacity) {

    /** Validates the required parts and copies the list. */
    public IndexSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(partitionKey, "partitionKey");
        Objects.requireNonNull(projection, "projection");
        nonKeyAttributes = List.copyOf(nonKeyAttributes);
    }

    /** Returns true when the index has a sort key. */
    public boolean hasSortKey() {
        return sortKey != null;
    }
}
