package dev.dynamoobjects.mock.internal.table;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

/**
 * A secondary index: its name, whether it is global, its key and its projection. Items are kept in
 * the index by reference and projected when read, so an index costs no copy of its items.
 *
 * @param projected the attributes an INCLUDE or KEYS_ONLY projection keeps (the table's and the
 *                  index's keys plus the non-key attributes), empty for ALL
 */
public record IndexDefinition(String name, boolean global, KeySchema keys, Projection projection,
                              Set<String> projected) {

    /** Returns true when the index holds every attribute of its items. */
    public boolean projectsAll() {
        return projection.projectionType() == ProjectionType.ALL;
    }

    /** Returns true when an attribute is in the index's items. */
    public boolean holds(String attribute) {
        return projectsAll() || projected.contains(attribute);
    }

    /** Returns the attributes of an item that the index holds (the item itself for ALL). */
    public Map<String, AttributeValue> project(Map<String, AttributeValue> item) {
        if (projectsAll()) {
            return item;
        }
        Map<String, AttributeValue> projectedItem = new LinkedHashMap<>();
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            if (projected.contains(e.getKey())) {
                projectedItem.put(e.getKey(), e.getValue());
            }
        }
        return Collections.unmodifiableMap(projectedItem);
    }

    /** Returns an index definition, working out which attributes its projection keeps. */
    public static IndexDefinition of(String name, boolean global, KeySchema tableKeys, KeySchema keys,
                                     Projection projection) {
        return new IndexDefinition(name, global, keys, projection, projectedAttributes(tableKeys, keys, projection));
    }

    private static Set<String> projectedAttributes(KeySchema tableKeys, KeySchema indexKeys, Projection projection) {
        if (projection.projectionType() == ProjectionType.ALL) {
            return Set.of();
        }
        Set<String> names = new HashSet<>();
        for (KeySchema keys : List.of(tableKeys, indexKeys)) {
            names.addAll(keys.names());
        }
        if (projection.hasNonKeyAttributes()) {
            names.addAll(projection.nonKeyAttributes());
        }
        return Set.copyOf(names);
    }
}
