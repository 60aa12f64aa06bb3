package dev.dynamoobjects.batch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** One key to read or one write to make: its table, its key and what is sent (the key, or the {@code WriteRequest}). */
record Pending<T>(ItemTable table, Map<String, AttributeValue> key, T payload) {

    /** Returns a part of each piece of work, by physical table name, for exceptions to list. */
    static <T, V> Map<String, List<V>> byTable(List<Pending<T>> pending, Function<Pending<T>, V> part) {
        Map<String, List<V>> byTable = new LinkedHashMap<>();
        pending.forEach(p -> byTable.computeIfAbsent(p.table().name(), name -> new ArrayList<>()).add(part.apply(p)));
        byTable.replaceAll((name, list) -> List.copyOf(list));
        return Collections.unmodifiableMap(byTable);
    }
}
