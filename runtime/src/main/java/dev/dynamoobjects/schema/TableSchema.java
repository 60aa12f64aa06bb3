package dev.dynamoobjects.schema;

import dev.dynamoobjects.annotation.StreamView;
import java.util.List;
import java.util.Objects;

/**
 * What DynamoDB must know to create a record's table: name, keys, indexes and billing. The
 * processor generates one per {@code @Record} as {@code StoreTable.SCHEMA}.
 *
 * <pre>{@code
 * TableSchema schema = StoreTable.SCHEMA;
 * schema.partitionKey().name();   // "storeId"
 * }</pre>
 *
 * @param tableName     the table name without environment prefix
 * @param partitionKey  the partition key
 * @param sortKey       the sort key, or null
 * @param indexes       global and local secondary indexes, in declaration order
 * @param readCapacity  provisioned read units, 0 for on-demand
 * @param writeCapacity provisioned write units, 0 for on-demand
 * @param versionAttribute the name of the record's {@code @Version} attribute, or null: saves,
 *                      deletes of a record and transactional writes then check and increment it
 * @param ttlAttribute  the name of the record's {@code @Ttl} attribute (epoch seconds), or null:
 *                      time to live is enabled on it when the table is created
 * @param streamView    what the table's stream carries ({@code @Stream}), or null for no stream:
 *                      the stream is enabled when the table is created
 */
public record TableSchema(
        String tableName,
        KeyAttribute partitionKey,
        KeyAttribute sortKey,
        List<IndexSchema> indexes,
        long readCapacity,
        long writeCapacity,
        String versionAttribute,
        String ttlAttribute,
        StreamView streamView) {

    /** Returns the schema of a table whose record has neither {@code @Version} nor {@code @Ttl}. */
    public TableSchema(String tableName, KeyAttribute partitionKey, KeyAttribute sortKey,
            List<IndexSchema> indexes, long readCapacity, long writeCapacity) {
        this(tableName, partitionKey, sortKey, indexes, readCapacity, writeCapacity, null, null);
    }

    /** Returns the schema of a table whose record has a {@code @Version} (or null) and no {@code @Ttl}. */
    public TableSchema(String tableName, KeyAttribute partitionKey, KeyAttribute sortKey,
            List<IndexSchema> indexes, long readCapacity, long writeCapacity, String versionAttribute) {
        this(tableName, partitionKey, sortKey, indexes, readCapacity, writeCapacity, versionAttribute, null);
    }

    /** Returns the schema of a table without a stream. */
    public TableSchema(String tableName, KeyAttribute partitionKey, KeyAttribute sortKey,
            List<IndexSchema> indexes, long readCapacity, long writeCapacity, String versionAttribute,
            String ttlAttribute) {
        this(tableName, partitionKey, sortKey, indexes, readCapacity, writeCapacity, versionAttribute, ttlAttribute,
                null);
    }

    /** Validates the required parts and copies the list. */
    public TableSchema {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(partitionKey, "partitionKey");
        indexes = List.copyOf(indexes);
    }

    /** Returns true when the table has a sort key. */
    public boolean hasSortKey() {
        return sortKey != null;
    }

    /** Returns true when the record has a {@code @Version} attribute (optimistic locking). */
    public boolean versioned() {
        return versionAttribute != null;
    }

    /** Returns true when the table has a stream ({@code @Stream}). */
    public boolean hasStream() {
        return streamView != null;
    }

    /** Returns true when the table is billed per request rather than provisioned. */
    public boolean onDemand() {
        return readCapacity == 0 && writeCapacity == 0;
    }
}
