package dev.dynamoobjects.batch;

import dev.dynamoobjects.exception.ValidationException;
import dev.dynamoobjects.table.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The work a batch was given, by table and key: one entry per key, a later one replacing an
 * earlier (so keys are read once and the last write of a key wins). All tables must be reached
 * through one client, as one batch request goes to one endpoint.
 */
final class Work<T> {
    private final Map<String, Group<T>> groups = new LinkedHashMap<>();
    private final List<Table<?>> typedTables = new ArrayList<>();
    private ItemTable first;

    /** Adds work on a typed table, which is created on first use like any other operation on it. */
    void put(Table<?> typed, ItemTable table, Map<String, AttributeValue> key, T payload) {
        Group<T> group = group(table);
        if (group.typed == null) {
            group.typed = typed;
            typedTables.add(typed);
        }
        group.entries.put(key, payload);
    }

    /** Adds work on a raw table, which must exist. */
    void put(ItemTable table, Map<String, AttributeValue> key, T payload) {
        group(table).entries.put(key, payload);
    }

    private Group<T> group(ItemTable table) {
        if (groups.isEmpty()) {
            first = table;
        } else if (first.client() != table.client()) {
            throw new ValidationException("Table " + table.name() + " is reached through another DynamoDbClient"
                    + " than table " + first.name() + "; one batch goes to one client, so use one batch per client");
        }
        return groups.computeIfAbsent(table.name(), name -> new Group<>(table));
    }

    /** Creates the typed tables that are missing (when their database allows it). */
    void ensureTablesExist() {
        typedTables.forEach(Table::ensureExists);
    }

    List<Pending<T>> pending() {
        List<Pending<T>> pending = new ArrayList<>();
        for (Group<T> group : groups.values()) {
            group.entries.forEach((key, payload) -> pending.add(new Pending<>(group.table, key, payload)));
        }
        return pending;
    }

    /** Returns the keys given for a table, in the order first given. */
    List<Map<String, AttributeValue>> keys(String tableName) {
        Group<T> group = groups.get(tableName);
        return group == null ? List.of() : List.copyOf(group.entries.keySet());
    }

    /** Returns the tables, in the order first given. */
    List<ItemTable> tables() {
        return groups.values().stream().map(group -> group.table).toList();
    }

    int size() {
        return groups.values().stream().mapToInt(group -> group.entries.size()).sum();
    }

    private static final class Group<T> {
        final ItemTable table;
        final Map<Map<String, AttributeValue>, T> entries = new LinkedHashMap<>();
        Table<?> typed;

        Group(ItemTable table) {
            this.table = table;
        }
    }
}
