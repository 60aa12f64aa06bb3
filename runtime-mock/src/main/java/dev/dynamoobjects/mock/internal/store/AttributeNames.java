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
 */
final class AttributeNames {
    static final int LIMIT = 100_000;
    static final int MAX_LENGTH = 255;
    private static final ConcurrentHashMap<String, String> NAMES = new ConcurrentHashMap<>();

    private AttributeNames() {
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
