package dev.dynamoobjects.processor.model;

import java.util.List;

/**
 * A secondary index. A global one may have a multi-attribute key (up to four partition and four
 * sort attributes); a local one has the table's partition key and one sort attribute.
 *
 * @param partitionKeys its partition-key attributes in key order (the table's for a local index)
 * @param sortKeys      its sort-key attributes in key order, empty for none
 * @param projection    the {@code Projection} constant name
 * @param constantName  the table's constant holding the index name ({@code BY_CATEGORY})
 * @param queryMethod   the table's method that queries the index ({@code queryByCategory})
 */
public record IndexModel(
        String name, boolean global, List<AttributeModel> partitionKeys, List<AttributeModel> sortKeys,
        String projection, List<String> include, long readCapacity, long writeCapacity, String constantName,
        String queryMethod) {

    /** Returns the (first) partition-key attribute, or null when none was valid. */
    public AttributeModel partitionKey() {
        return partitionKeys.isEmpty() ? null : partitionKeys.get(0);
    }

    /** Returns the (first) sort-key attribute, or null when there is none. */
    public AttributeModel sortKey() {
        return sortKeys.isEmpty() ? null : sortKeys.get(0);
    }

    /** Returns true when the partition key or the sort key has several attributes. */
    public boolean multiAttribute() {
        return partitionKeys.size() > 1 || sortKeys.size() > 1;
    }
}
