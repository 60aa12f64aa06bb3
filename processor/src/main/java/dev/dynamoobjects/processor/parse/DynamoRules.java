package dev.dynamoobjects.processor.parse;

import java.util.regex.Pattern;

/** DynamoDB's naming limits, checked at compile time. */
final class DynamoRules {
    private static final Pattern TABLE_OR_INDEX_NAME = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");
    /** Attribute names are 1 to 64 KB; key attributes' names at most 255 characters. */
    static final int MAX_KEY_ATTRIBUTE_NAME = 255;
    static final int MAX_ATTRIBUTE_NAME = 65535;
    /** Local secondary indexes per table, a fixed limit (global ones have a quota that can be raised). */
    static final int MAX_LOCAL_INDEXES = 5;
    /** Attributes of a global index's partition key, and of its sort key (multi-attribute keys, November 2025). */
    static final int MAX_INDEX_KEY_ATTRIBUTES = 4;

    private DynamoRules() {
    }

    /** Returns true for a valid table or index name. */
    static boolean validTableOrIndexName(String name) {
        return TABLE_OR_INDEX_NAME.matcher(name).matches();
    }

    /** Returns the length range allowed for an attribute name, or null when the name fits. */
    static String attributeNameRange(String name, boolean key) {
        int max = key ? MAX_KEY_ATTRIBUTE_NAME : MAX_ATTRIBUTE_NAME;
        return name.isEmpty() || name.length() > max ? "1 to " + max : null;
    }
}
