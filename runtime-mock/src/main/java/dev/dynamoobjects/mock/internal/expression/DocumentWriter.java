package dev.dynamoobjects.mock.internal.expression;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Writes and removes values at document paths of an item, copying each nested map and list on the
 * way down instead of changing it, since attribute values are shared with the stored item.
 */
final class DocumentWriter {
    private DocumentWriter() {
    }

    /**
     * Puts the value at the path. Every step but the last must exist; a list index past the end
     * appends.
     */
    static void put(Map<String, AttributeValue> item, Path path, AttributeValue value) {
        if (path.length() == 1) {
            item.put(path.attribute(), value);
            return;
        }
        item.put(path.attribute(), putIn(existing(item.get(path.attribute())), path, 1, value));
    }

    /**
     * Removes the value at the path; a missing last step is no change, a missing earlier step is
     * DynamoDB's invalid-path error.
     */
    static void remove(Map<String, AttributeValue> item, Path path) {
        if (path.length() == 1) {
            item.remove(path.attribute());
            return;
        }
        item.put(path.attribute(), removeIn(existing(item.get(path.attribute())), path, 1));
    }

    /**
     * Throws DynamoDB's invalid-path error unless the item has, at every step of the path but the
     * last, the list or map that a write or removal there needs.
     */
    static void checkWritable(Map<String, AttributeValue> item, Path path) {
        if (path.length() == 1) {
            return;
        }
        AttributeValue container = existing(item.get(path.attribute()));
        int last = path.length() - 1;
        for (int step = 1; step < last; step++) {
            container = existing(child(container, path, step));
        }
        if (path.isIndex(last)) {
            listOf(container);
        } else {
            mapOf(container);
        }
    }

    private static AttributeValue child(AttributeValue container, Path path, int step) {
        if (path.isIndex(step)) {
            List<AttributeValue> list = listOf(container);
            return path.index(step) < list.size() ? list.get(path.index(step)) : null;
        }
        return mapOf(container).get(path.name(step));
    }

    private static AttributeValue putIn(AttributeValue container, Path path, int step, AttributeValue value) {
        boolean last = step == path.length() - 1;
        if (path.isIndex(step)) {
            List<AttributeValue> list = new ArrayList<>(listOf(container));
            int index = path.index(step);
            if (index >= list.size()) {
                if (!last) {
                    throw invalidPath();
                }
                list.add(value);
            } else {
                list.set(index, last ? value : putIn(list.get(index), path, step + 1, value));
            }
            return AttributeValue.fromL(list);
        }
        Map<String, AttributeValue> map = new HashMap<>(mapOf(container));
        String key = path.name(step);
        map.put(key, last ? value : putIn(existing(map.get(key)), path, step + 1, value));
        return AttributeValue.fromM(map);
    }

    private static AttributeValue removeIn(AttributeValue container, Path path, int step) {
        boolean last = step == path.length() - 1;
        if (path.isIndex(step)) {
            List<AttributeValue> list = listOf(container);
            int index = path.index(step);
            if (index >= list.size()) {
                if (last) {
                    return container;
                }
                throw invalidPath();
            }
            List<AttributeValue> copy = new ArrayList<>(list);
            if (last) {
                copy.remove(index);
            } else {
                copy.set(index, removeIn(copy.get(index), path, step + 1));
            }
            return AttributeValue.fromL(copy);
        }
        Map<String, AttributeValue> map = mapOf(container);
        String key = path.name(step);
        if (last && !map.containsKey(key)) {
            return container;
        }
        Map<String, AttributeValue> copy = new HashMap<>(map);
        if (last) {
            copy.remove(key);
        } else {
            copy.put(key, removeIn(existing(copy.get(key)), path, step + 1));
        }
        return AttributeValue.fromM(copy);
    }

    private static AttributeValue existing(AttributeValue value) {
        if (value == null) {
            throw invalidPath();
        }
        return value;
    }

    private static List<AttributeValue> listOf(AttributeValue value) {
        if (value.type() != AttributeValue.Type.L) {
            throw invalidPath();
        }
        return value.l();
    }

    private static Map<String, AttributeValue> mapOf(AttributeValue value) {
        if (value.type() != AttributeValue.Type.M) {
            throw invalidPath();
        }
        return value.m();
    }

    private static RuntimeException invalidPath() {
        return DynamoErrors.validation(ExpressionMessages.invalidUpdatePath());
    }
}
