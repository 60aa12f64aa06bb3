package dev.dynamoobjects.internal.mapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Defensive copies that generated immutable records take of the collections they are given. Lists
 * and maps may hold nulls (DynamoDB's {@code NULL}); sets may not, as DynamoDB sets cannot.
 * Not meant to be called by hand.
 *
 * <pre>{@code
 * List<String> tags = Copies.list(given);
 * }</pre>
 */
public final class Copies {
    private Copies() {
    }

    /** Returns an unmodifiable copy of a list, or null for null. */
    public static <E> List<E> list(List<? extends E> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** Returns an unmodifiable copy of a map, or null for null. */
    public static <V> Map<String, V> map(Map<String, ? extends V> map) {
        return map == null ? null : Collections.unmodifiableMap(new HashMap<>(map));
    }

    /**
     * Returns an unmodifiable copy of a set in its iteration order, or null for null. (Records turn
     * a null set into the empty set, as DynamoDB stores no empty set and reads a missing one as empty.)
     *
     * @throws NullPointerException when the set holds null
     */
    public static <E> Set<E> set(Set<? extends E> set) {
        if (set == null || set.isEmpty()) {
            return set == null ? null : Set.of();
        }
        for (E element : set) {
            if (element == null) {
                throw new NullPointerException("A DynamoDB set cannot hold null; remove it from the set.");
            }
        }
        return Collections.unmodifiableSet(new LinkedHashSet<>(set));
    }

    /**
     * Returns an unmodifiable set of the elements, which must not be null; duplicates are dropped.
     * A set read from DynamoDB has none, so the compact {@code Set.of} almost always takes it.
     */
    @SafeVarargs
    public static <E> Set<E> setOf(E... elements) {
        try {
            return Set.of(elements);
        } catch (IllegalArgumentException duplicates) {
            return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(elements)));
        }
    }

    /** Returns a copy of a byte array, or null for null. */
    public static byte[] bytes(byte[] bytes) {
        return bytes == null ? null : bytes.clone();
    }

    /** Returns the initial capacity of a {@code HashMap} that holds {@code size} entries without resizing. */
    public static int capacity(int size) {
        return size < 3 ? size + 1 : (int) (size / 0.75f) + 1;
    }
}
