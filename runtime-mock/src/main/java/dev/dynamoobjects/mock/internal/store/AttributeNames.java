package dev.dynamoobjects.mock.internal.store;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One instance of each attribute name for all stored items, so a million items written through the
 * HTTP server (whose parser makes new name strings for every request) keep their names once, not
 * 48 bytes and more per name per item. Embedded clients usually pass the same string constants
 * anyway; for them a lookup finds the very instance it is given.
 *
 * <p>Shared by every engine in the JVM (names are immutable and carry no table's data) and bounded:
 * past {@link #LIMIT} names, or longer than {@link #MAX_LENGTH} characters, a new name is kept by the
 * item that brings it, as before, so a test writing ever new (or 64 KB long) names cannot fill the
 * memory with them.
 *
 * <p>Why the names of the last item are kept too: most writes repeat the attribute names of the write
 * before, and comparing with them by identity (or, for names parsed anew, by content) costs less than
 * a lookup in the shared map, which a put would otherwise pay for every attribute. They are a copy,
 * changed only when the names change (a stale or half-seen copy on another thread only sends a name
 * on to the map).
 */
final class AttributeNames {
    static final int LIMIT = 100_000;
    static final int MAX_LENGTH = 255;
    private static final ConcurrentHashMap<String, String> NAMES = new ConcurrentHashMap<>();
    private static String[] recent = new String[0];

    private AttributeNames() {
    }

    /** Replaces the names of a compact item's array (names at even indexes) by their shared instances. */
    static void share(Object[] namesAndValues) {
        String[] last = recent;
        int count = namesAndValues.length / 2;
        boolean repeated = last.length == count;
        for (int i = 0; i < count; i++) {
            String name = (String) namesAndValues[2 * i];
            String known = i < last.length ? last[i] : null;
            if (name != known) {
                boolean same = name.equals(known);
                repeated &= same;
                namesAndValues[2 * i] = same ? known : shared(name);
            }
        }
        if (!repeated) {
            String[] names = new String[count];
            for (int i = 0; i < count; i++) {
                names[i] = (String) namesAndValues[2 * i];
            }
            recent = names;
        }
    }

    /** Returns the shared instance of a name (the name itself when it is new, or past the limit). */
    static String shared(String name) {
        if (name.length() > MAX_LENGTH) {
            return name;
        }
        String known = NAMES.get(name);
        if (known != null) {
            return known;
        }
        if (NAMES.size() >= LIMIT) {
            return name;
        }
        known = NAMES.putIfAbsent(name, name);
        return known == null ? name : known;
    }
}
