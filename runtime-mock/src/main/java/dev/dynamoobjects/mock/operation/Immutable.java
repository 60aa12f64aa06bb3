package dev.dynamoobjects.mock.operation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Makes sure the maps the engine stores cannot change, so that responses can share them. */
final class Immutable {
    /** The class of the SDK's own item maps (an unmodifiable view of a map the SDK copied and dropped). */
    private static final Class<?> UNMODIFIABLE = Collections.unmodifiableMap(new LinkedHashMap<>()).getClass();

    private Immutable() {
    }

    /**
     * Returns the map itself when it is an unmodifiable view (as every map from an SDK request is),
     * else an unmodifiable view of a copy.
     */
    static Map<String, AttributeValue> map(Map<String, AttributeValue> item) {
        return item.getClass() == UNMODIFIABLE ? item : Collections.unmodifiableMap(new LinkedHashMap<>(item));
    }
}
