package dev.dynamoobjects.mock.internal.expression;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A resolved document path such as {@code a.b[2].c}: a top-level attribute name followed by map
 * keys and list indexes. Step {@code i} is a map key when {@code names[i]} is not null, else the
 * list index {@code indexes[i]}.
 */
final class Path {
    private final String[] names;
    private final int[] indexes;

    Path(String[] names, int[] indexes) {
        this.names = names;
        this.indexes = indexes;
    }

    int length() {
        return names.length;
    }

    boolean isIndex(int step) {
        return names[step] == null;
    }

    String name(int step) {
        return names[step];
    }

    int index(int step) {
        return indexes[step];
    }

    /** The top-level attribute the path starts at. */
    String attribute() {
        return names[0];
    }

    /** Returns the value at this path in the item, or null when any step is missing. */
    AttributeValue resolve(Map<String, AttributeValue> item) {
        AttributeValue value = item.get(names[0]);
        for (int i = 1; i < names.length && value != null; i++) {
            value = step(value, i);
        }
        return value;
    }

    /** Returns the child of a map or list value for the given step, or null when there is none. */
    AttributeValue step(AttributeValue value, int i) {
        if (names[i] != null) {
            return value.type() == AttributeValue.Type.M ? value.m().get(names[i]) : null;
        }
        if (value.type() != AttributeValue.Type.L) {
            return null;
        }
        List<AttributeValue> list = value.l();
        return indexes[i] < list.size() ? list.get(indexes[i]) : null;
    }

    /** Returns true when both paths name the same location. */
    boolean sameAs(Path other) {
        return commonPrefix(other) == length() && length() == other.length();
    }

    /** The number of leading steps the two paths share. */
    int commonPrefix(Path other) {
        int n = Math.min(length(), other.length());
        for (int i = 0; i < n; i++) {
            if (!sameStep(other, i)) {
                return i;
            }
        }
        return n;
    }

    private boolean sameStep(Path other, int i) {
        return names[i] != null ? names[i].equals(other.names[i]) : other.names[i] == null && indexes[i] == other.indexes[i];
    }

    /** DynamoDB's spelling of a path in messages: {@code [a, [1], b]}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < names.length; i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(names[i] != null ? names[i] : "[" + indexes[i] + "]");
        }
        return out.append(']').toString();
    }
}
