package dev.dynamoobjects.processor.model;

import java.util.List;

/**
 * A secondary index.
 *
 * @param partitionKey its partition key (the table's for a local index)
 * @param sortKey      its sort key, or null
 * @param projection   the {@code Projection} constant name
 * @param constantName the table's constant holding the index name ({@code BY_CATEGORY})
 * @param queryMethod  the table's method that queries the index ({@code queryByCategory})
 */
public record IndexModel(
        String name, boolean global, AttributeModel partitionKey, AttributeModel sortKey, String projection,
        List<String> include, long readCapacity, long writeCapacity, String constantName, String queryMethod) {
}
