package dev.dynamoobjects.exception;

import dev.dynamoobjects.internal.errors.Describe;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Thrown when the condition of a conditional save, delete or update is false for the stored item.
 * Carries the item as stored at that moment when DynamoDB returned it (it does for single-item
 * writes; the item is absent when there was no item).
 *
 * <pre>{@code
 * try {
 *     stores.save(store, StoreTable.VERSION.eq(3L));
 * } catch (ConditionFailedException e) {
 *     Store current = e.currentItem().map(StoreTable.MAPPER::fromItem).orElse(null);
 * }
 * }</pre>
 */
public class ConditionFailedException extends DynamoObjectsException {
    private static final long serialVersionUID = 1L;

    private final Map<String, AttributeValue> currentItem;

    /**
     * Creates the exception.
     *
     * @param table       the physical table name
     * @param key         the key of the item the condition was about
     * @param condition   the condition as readable text
     * @param currentItem the stored item, or null when there is none or DynamoDB did not return it
     * @param cause       the SDK's exception
     */
    public ConditionFailedException(String table, Map<String, AttributeValue> key, String condition,
            Map<String, AttributeValue> currentItem, Throwable cause) {
        this("The condition " + condition + " is false for the item " + Describe.key(key)
                + " of table " + table, table, key, currentItem, cause);
    }

    /** Creates the exception with a message of a subclass's own. */
    protected ConditionFailedException(String message, String table, Map<String, AttributeValue> key,
            Map<String, AttributeValue> currentItem, Throwable cause) {
        super(message, table, key, cause);
        this.currentItem = currentItem == null || currentItem.isEmpty() ? null : Map.copyOf(currentItem);
    }

    /** Returns the item as stored when the condition failed, or empty when there was none. */
    public Optional<Map<String, AttributeValue>> currentItem() {
        return Optional.ofNullable(currentItem);
    }
}
