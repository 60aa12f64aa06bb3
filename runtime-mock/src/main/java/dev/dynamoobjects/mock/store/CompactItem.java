package dev.dynamoobjects.mock.store;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An immutable item map kept as one array of alternating names and values.
 *
 * <p>Why: the engine keeps every item for the life of a test, and an SDK item map (an unmodifiable
 * view of a LinkedHashMap) costs about 70 bytes plus 40 per attribute; this costs about 32 plus 8
 * per attribute. Lookups scan the array, which for the handful of attributes items usually have is
 * as fast as hashing.
 */
public final class CompactItem extends AbstractMap<String, AttributeValue> {
    private static final AttributeValue TRUE = AttributeValue.fromBool(true);
    private static final AttributeValue FALSE = AttributeValue.fromBool(false);
    private static final AttributeValue NULL = AttributeValue.fromNul(true);
    private final Object[] namesAndValues;

    private CompactItem(Object[] namesAndValues) {
        this.namesAndValues = namesAndValues;
    }

    /** Returns the map as a compact item (itself when it already is one). */
    public static CompactItem of(Map<String, AttributeValue> item) {
        if (item instanceof CompactItem compact) {
            return compact;
        }
        Object[] namesAndValues = new Object[item.size() * 2];
        int i = 0;
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            namesAndValues[i++] = e.getKey();
            namesAndValues[i++] = shared(e.getValue());
        }
        return new CompactItem(namesAndValues);
    }

    /**
     * Returns one shared instance for the values any item may hold alike (true, false, NULL), since an
     * {@link AttributeValue} costs 56 bytes; other values as they are.
     */
    private static AttributeValue shared(AttributeValue value) {
        switch (value.type()) {
            case BOOL:
                return value.bool() ? TRUE : FALSE;
            case NUL:
                return Boolean.TRUE.equals(value.nul()) ? NULL : value;
            default:
                return value;
        }
    }

    @Override
    public int size() {
        return namesAndValues.length / 2;
    }

    @Override
    public boolean containsKey(Object name) {
        return indexOf(name) >= 0;
    }

    @Override
    public AttributeValue get(Object name) {
        int i = indexOf(name);
        return i < 0 ? null : (AttributeValue) namesAndValues[i + 1];
    }

    @Override
    public Set<Map.Entry<String, AttributeValue>> entrySet() {
        return new Entries();
    }

    private int indexOf(Object name) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private final class Entries extends AbstractSet<Map.Entry<String, AttributeValue>> {
        @Override
        public int size() {
            return CompactItem.this.size();
        }

        @Override
        public Iterator<Map.Entry<String, AttributeValue>> iterator() {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < namesAndValues.length;
                }

                @Override
                public Map.Entry<String, AttributeValue> next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    Map.Entry<String, AttributeValue> entry = new SimpleImmutableEntry<>(
                            (String) namesAndValues[next], (AttributeValue) namesAndValues[next + 1]);
                    next += 2;
                    return entry;
                }
            };
        }
    }
}
