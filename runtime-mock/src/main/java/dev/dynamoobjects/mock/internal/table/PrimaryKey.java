package dev.dynamoobjects.mock.internal.table;

import java.util.Objects;

/**
 * An item's key as the store orders it: the partition key object and the sort key object (null
 * when the table has no sort key).
 */
public record PrimaryKey(Object partition, Object sort) {
    // equals and hashCode written out: a record's generated ones bootstrap java.lang.runtime.ObjectMethods
    // on first use, which costs tens of milliseconds; records the engine hashes (these keys, in the sets
    // of batches and transactions, the parse cache's keys, the request counters' keys) write them out.
    @Override
    public boolean equals(Object other) {
        return other instanceof PrimaryKey that && Objects.equals(partition, that.partition)
                && Objects.equals(sort, that.sort);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(partition) + Objects.hashCode(sort);
    }
}
