package dev.dynamoobjects.batch;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The work of one batch request, grouped by table, so unprocessed keys find their way back. */
final class Chunk<T> {
    private final Map<String, Map<Map<String, AttributeValue>, Pending<T>>> byTable = new LinkedHashMap<>();
    private final List<Pending<T>> all;

    Chunk(List<Pending<T>> work) {
        this.all = List.copyOf(work);
        for (Pending<T> pending : work) {
            byTable.computeIfAbsent(pending.table().name(), name -> new LinkedHashMap<>())
                    .put(pending.key(), pending);
        }
    }

    List<Pending<T>> all() {
        return all;
    }

    /** Returns the physical names of the chunk's tables. */
    Collection<String> tableNames() {
        return byTable.keySet();
    }

    /** Returns the chunk's work on one table. */
    Collection<Pending<T>> on(String tableName) {
        return byTable.get(tableName).values();
    }

    /** Returns the table that a table name in a response stands for. */
    ItemTable table(String tableName) {
        return on(tableName).iterator().next().table();
    }

    /** Returns the work on a table with a key: what DynamoDB names in an unprocessed list. */
    Pending<T> find(String tableName, Map<String, AttributeValue> item) {
        Pending<T> pending = byTable.get(tableName).get(table(tableName).keyOf(item));
        if (pending == null) {
            throw new IllegalStateException("DynamoDB returned an unprocessed key of " + tableName
                    + " that was not sent: " + item);
        }
        return pending;
    }
}
