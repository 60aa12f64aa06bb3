package dev.dynamoobjects.exception;

import dev.dynamoobjects.internal.errors.Describe;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Thrown by {@code get} when no item has the key. Use {@code find} for an {@code Optional}, or
 * {@code getOrDefault} for a new record with its defaults.
 */
public class RecordNotFoundException extends DynamoObjectsException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception for a table and the key that was not found. */
    public RecordNotFoundException(String table, Map<String, AttributeValue> key) {
        super("No item in table " + table + " has the key " + Describe.key(key)
                + "; use find(...) when the item may be missing", table, key, null);
    }
}
