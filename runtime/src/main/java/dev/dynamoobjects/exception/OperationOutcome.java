package dev.dynamoobjects.exception;

import dev.dynamoobjects.internal.errors.Describe;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What became of one operation of a cancelled transaction.
 *
 * @param index       the operation's position in the transaction, from 0
 * @param operation   what it was: {@code save}, {@code create}, {@code update}, {@code delete} or {@code check}
 * @param table       the physical table name
 * @param key         the item's key
 * @param reason      why DynamoDB cancelled it, {@link CancellationReason#NONE} when it was fine
 * @param message     DynamoDB's message, or null
 * @param currentItem the item as stored when its condition failed, or null
 */
public record OperationOutcome(int index, String operation, String table, Map<String, AttributeValue> key,
        CancellationReason reason, String message, Map<String, AttributeValue> currentItem) {

    /** Copies the maps. */
    public OperationOutcome {
        key = Map.copyOf(key);
        currentItem = currentItem == null || currentItem.isEmpty() ? null : Map.copyOf(currentItem);
    }

    /** Returns true when this operation caused the cancellation. */
    public boolean failed() {
        return reason != CancellationReason.NONE;
    }

    /** Returns the item as stored when the operation's condition failed, or empty. */
    public Optional<Map<String, AttributeValue>> current() {
        return Optional.ofNullable(currentItem);
    }

    /** Returns {@code "1: update product {sku=\"a\"}: ConditionalCheckFailed"} style text for messages. */
    String describe() {
        return index + ": " + operation + " " + table + " " + Describe.key(key) + ": " + reason
                + (message == null || message.isBlank() ? "" : " (" + Describe.clause(message) + ")");
    }
}
