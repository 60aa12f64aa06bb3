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
 * smallest form: a string (S) as its {@link String}, a number (N) as an {@link Integer} or a
 * {@link Long} when its text is exactly that integer's text (small ones shared by every item), else as
 * its text, true, false and NULL as instances every item shares, any other value as its
 * {@link AttributeValue}. Names are shared between items (see {@link AttributeNames}).
 *
 * <p>Why: the engine keeps every item for the life of a test. An SDK item map (an unmodifiable view
 * of a LinkedHashMap) costs about 70 bytes plus 40 per attribute, and each {@code AttributeValue} 56
 * more; the array costs 16 plus 8 per attribute, and 0 to 16 for most values ({@link StoredItem}
 * keeps it, and this map is a view over it). The price is paid on reads: {@link #get} and the entries
 * make the {@code AttributeValue} of a string or a number anew (and an integer's text), a short-lived
 * object, where the engine's hot paths, which hand whole items over, make none.
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
        AttributeNames.share(namesAndValues);
        return new CompactItem(namesAndValues);
    }

    /** Returns a map over an array this class made (for {@link StoredItem}, which keeps the array alone). */
    static CompactItem view(Object[] namesAndValues) {
        return new CompactItem(namesAndValues);
    }

    Object[] namesAndValues() {
        return namesAndValues;
    }

    /** Returns the value's smallest form (see the class comment); {@link #expand} turns it back. */
    private static Object compact(AttributeValue value) {
        switch (value.type()) {
            case S:
                return value.s();
            case N:
                return compactNumber(value.n());
            case BOOL:
                return value.bool() ? TRUE : FALSE;
            case NUL:
                return Boolean.TRUE.equals(value.nul()) ? NULL : value;
            default:
                return value;
        }
    }

    /**
     * Returns an integer's text as an {@link Integer} or {@link Long} (0 to 24 bytes where the text
     * takes 48 and more), any other number as its {@link NumberText}. Only a text that its integer
     * writes back exactly (no sign on zero, no leading zero, no plus, no exponent) becomes one, so the
     * item gives back the text it was given.
     */
    private static Object compactNumber(String text) {
        if (!isPlainInteger(text)) {
            return new NumberText(text);
        }
        long number = Long.parseLong(text);
        int small = (int) number;
        return small == number ? (Object) Integer.valueOf(small) : (Object) Long.valueOf(number);
    }

    /** Returns true for "0" and for up to 18 digits not starting with 0, with an optional minus sign. */
    private static boolean isPlainInteger(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        int digits = text.length() - start;
        if (digits < 1 || digits > 18 || (text.charAt(start) == '0' && (digits > 1 || start == 1))) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static AttributeValue expand(Object value) {
        if (value instanceof String s) {
            return AttributeValue.fromS(s);
        }
        if (value instanceof Integer || value instanceof Long) {
            return AttributeValue.fromN(value.toString());
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
            if (j < 0 || !sameValue(namesAndValues[i + 1], that.namesAndValues[j + 1])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Compares two compact values, by identity first: the values items share (small integers, true,
     * false, NULL, a string a client reuses) then need no call of {@code equals}, which here is a
     * virtual call that cannot be inlined (the values are of several classes).
     */
    private static boolean sameValue(Object value, Object other) {
        return value == other || value.equals(other);
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
