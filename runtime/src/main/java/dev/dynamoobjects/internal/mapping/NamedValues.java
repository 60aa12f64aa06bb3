package dev.dynamoobjects.internal.mapping;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A read-only map over parallel arrays of names and values, null values left out. The SDK copies
 * every map it is given into an attribute value ({@code AttributeValue.createM}) through
 * {@link #forEach}; handing it this view instead of a {@code HashMap} saves the hash table and one
 * node per entry that would be garbage right after the copy.
 */
final class NamedValues extends AbstractMap<String, AttributeValue> {
    private final String[] names;
    private final AttributeValue[] values;

    NamedValues(String[] names, AttributeValue[] values) {
        this.names = names;
        this.values = values;
    }

    @Override
    public int size() {
        int size = 0;
        for (AttributeValue value : values) {
            if (value != null) {
                size++;
            }
        }
        return size;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super AttributeValue> action) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                action.accept(names[i], values[i]);
            }
        }
    }

    @Override
    public AttributeValue get(Object key) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(key)) {
                return values[i];
            }
        }
        return null;
    }

    @Override
    public Set<Entry<String, AttributeValue>> entrySet() {
        // Not on the hot path: whatever else reads the view sees an ordinary copy.
        Map<String, AttributeValue> copy = new LinkedHashMap<>();
        forEach(copy::put);
        return Collections.unmodifiableMap(copy).entrySet();
    }
}
