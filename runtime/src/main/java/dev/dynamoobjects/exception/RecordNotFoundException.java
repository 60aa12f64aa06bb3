package dev.dynamoobjects.exception;

import dev.dynamoobjects.internal.errors.Describe;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Thrown by {@code get} when no item has the key (use {@code find} for an {@code Optional}, or
 * {@code getOrDefault} for a new record with its defaults), and by {@code updateExisting} and the
 * updates of a versioned record, which change only stored items.
 */
public class RecordNotFoundException extends DynamoObjectsException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception for a table and the key that was not found. */
    public RecordNotFoundException(String table, Map<String, AttributeValue> key) {
        this(table, key, "use find(...) when the item may be missing");
    }

    /**
     * Creates the exception with the fix that fits the operation.
     *
     * @param table the physical table name
     * @param key   the key that was not found
     * @param fix   what to do instead, e.g. {@code "save the record first"}
     */
    public RecordNotFoundException(String table, Map<String, AttributeValue> key, String fix) {
        super("No item in table " + table + " has the key " + Describe.key(key) + "; " + fix, table, key, null);
    }
}
