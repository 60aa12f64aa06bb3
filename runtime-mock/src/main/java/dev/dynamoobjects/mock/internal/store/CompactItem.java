package dev.dynamoobjects.mock.internal.store;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An immutable item map kept as one array of alternating names and values, each value in its
 * smallest form: a string (S) as its {@link String}, a number (N) as its text, true, false and NULL
 * as instances every item shares, any other value as its {@link AttributeValue}.
 *
 * <p>Why: the engine keeps every item for the life of a test. An SDK item map (an unmodifiable view
 * of a LinkedHashMap) costs about 70 bytes plus 40 per attribute, and each {@code AttributeValue} 56
 * more; this costs about 32 plus 8 per attribute, and 0 to 16 for most values. The price is paid on
 * reads: {@link #get} and the entries make the {@code AttributeValue} of a string or a number anew
 * (a short-lived object, where the engine's hot paths, which hand whole items over, make none).
 * Lookups scan the array, which for the handful of attributes items usually have is as fast as
 * hashing.
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
            namesAndValues[i++] = compact(e.getValue());
        }
        return new CompactItem(namesAndValues);
    }

    /** Returns the value's smallest form (see the class comment); {@link #expand} turns it back. */
    private static Object compact(AttributeValue value) {
        switch (value.type()) {
            case S:
                return value.s();
            case N:
                return new NumberText(value.n());
            case BOOL:
                return value.bool() ? TRUE : FALSE;
            case NUL:
                return Boolean.TRUE.equals(value.nul()) ? NULL : value;
            default:
                return value;
        }
    }

    private static AttributeValue expand(Object value) {
        if (value instanceof String s) {
            return AttributeValue.fromS(s);
        }
        if (value instanceof NumberText number) {
            return AttributeValue.fromN(number.text);
        }
        return (AttributeValue) value;
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
        return i < 0 ? null : expand(namesAndValues[i + 1]);
    }

    @Override
    public Set<Map.Entry<String, AttributeValue>> entrySet() {
        return new Entries();
    }

    /**
     * Compares two compact items on their compact forms, making no {@code AttributeValue}s (a stream
     * asks this of every write, to leave out the writes that change nothing); any other map as any map.
     */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof CompactItem that)) {
            return super.equals(other);
        }
        if (that.namesAndValues.length != namesAndValues.length) {
            return false;
        }
        for (int i = 0; i < namesAndValues.length; i += 2) {
            // Items written by the same code list their attributes in the same order: look there first.
            int j = namesAndValues[i].equals(that.namesAndValues[i]) ? i : that.indexOf(namesAndValues[i]);
            if (j < 0 || !namesAndValues[i + 1].equals(that.namesAndValues[j + 1])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return super.hashCode();
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
                            (String) namesAndValues[next], expand(namesAndValues[next + 1]));
                    next += 2;
                    return entry;
                }
            };
        }
    }

    /** A number's text: 16 bytes where its {@code AttributeValue} takes 56. */
    private static final class NumberText {
        private final String text;

        NumberText(String text) {
            this.text = text;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof NumberText that && text.equals(that.text);
        }

        @Override
        public int hashCode() {
            return text.hashCode();
        }
    }
}
