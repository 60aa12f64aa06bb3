package dev.dynamoobjects.internal.errors;

import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Short, readable renderings of keys for messages: {@code {storeId="s1", sku=7}}. Used by every
 * message of the runtime, so that all show keys alike.
 */
public final class Describe {
    private Describe() {
    }

    /** Returns a key (or any item) as {@code {name="text", number=7}}, attributes in name order. */
    public static String key(Map<String, AttributeValue> key) {
        return key.entrySet().stream()
                .map(e -> e.getKey() + "=" + value(e.getValue()))
                .sorted()
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String value(AttributeValue value) {
        if (value.s() != null) {
            return '"' + value.s() + '"';
        }
        if (value.n() != null) {
            return value.n();
        }
        return value.toString();
    }
}
