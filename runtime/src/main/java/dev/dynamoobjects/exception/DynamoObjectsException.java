package dev.dynamoobjects.exception;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The root of the runtime's unchecked exceptions. Each carries the table and, when one item was
 * involved, the key; an exception that stands for a DynamoDB or SDK error carries it as its cause.
 *
 * <pre>{@code
 * try {
 *     stores.get("s1");
 * } catch (DynamoObjectsException e) {
 *     log.warn("{} failed on {} {}", e.getMessage(), e.table(), e.key());
 * }
 * }</pre>
 */
public class DynamoObjectsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String table;
    private final Map<String, AttributeValue> key;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, and how to fix it when the caller can
     * @param table   the physical table name, or null when no table was involved
     * @param key     the key of the item involved, or null
     * @param cause   the underlying error, or null
     */
    public DynamoObjectsException(
            String message, String table, Map<String, AttributeValue> key, Throwable cause) {
        super(message, cause);
        this.table = table;
        this.key = key == null ? null : Map.copyOf(key);
    }

    /** Returns the physical (prefixed) name of the table involved, or null. */
    public String table() {
        return table;
    }

    /** Returns the key of the item involved, or null when the request was not about one item. */
    public Map<String, AttributeValue> key() {
        return key;
    }
}
