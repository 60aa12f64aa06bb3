package dev.dynamoobjects.mock.internal.expression;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Parsed expressions shared across requests. Parsing is a pure function of the expression, its
 * kind and the placeholder maps (and the key schema, for key conditions), and tests send the same
 * requests over and over, so a parse is kept and reused while those are equal. Failed parses are
 * not kept. The cache is small and simply starts over when full.
 */
final class ParseCache {
    static final int MAX_ENTRIES = 1024;
    private static final Map<Key, Entry> ENTRIES = new ConcurrentHashMap<>();

    private ParseCache() {
    }

    record Key(ExpressionKind kind, String expression, Map<String, String> names,
               Map<String, AttributeValue> values, KeySchema keys) {

        /** The key with its own copies of the maps, so that a caller changing its maps cannot corrupt the cache. */
        Key stored() {
            return new Key(kind, expression, Map.copyOf(names), Map.copyOf(values), keys);
        }

        // equals and hashCode written out here and in KeySchema, for the reason
        // dev.dynamoobjects.mock.internal.table.PrimaryKey gives: the first request holding an expression hashes one.
        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && kind == that.kind && expression.equals(that.expression)
                    && names.equals(that.names) && values.equals(that.values) && Objects.equals(keys, that.keys);
        }

        @Override
        public int hashCode() {
            int hash = 31 * kind.hashCode() + expression.hashCode();
            hash = 31 * hash + names.hashCode();
            hash = 31 * hash + values.hashCode();
            return 31 * hash + Objects.hashCode(keys);
        }
    }

    /** A parse, the placeholders it used and the attributes it reads into ({@code a} of {@code a.b} or {@code a[0]}). */
    record Entry(Object parsed, Set<String> usedNames, Set<String> usedValues, Set<String> dereferenced) {
    }

    static Entry get(Key key) {
        return ENTRIES.get(key);
    }

    static void put(Key key, Entry entry) {
        if (ENTRIES.size() >= MAX_ENTRIES) {
            ENTRIES.clear();
        }
        ENTRIES.put(key.stored(), entry);
    }
}
