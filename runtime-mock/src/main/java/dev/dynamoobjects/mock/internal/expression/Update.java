package dev.dynamoobjects.mock.internal.expression;

import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A parsed UpdateExpression.
 *
 * <pre>{@code
 * Update update = context.update("SET visits = visits + :one REMOVE draft");
 * Map<String, AttributeValue> updated = update.apply(item);
 * }</pre>
 */
public interface Update {
    /**
     * Returns the updated item; the input is left untouched (nested maps and lists are copied where
     * they change). Throws DynamoDB's {@code ValidationException} when the item does not allow the
     * update (a missing operand, a wrong type, a path through something that is not there).
     */
    Map<String, AttributeValue> apply(Map<String, AttributeValue> item);

    /**
     * Returns the top-level attributes of the item that the update's paths reach, as DynamoDB
     * (Local) answers ReturnValues UPDATED_OLD (pass the old item) and UPDATED_NEW (the new one).
     */
    Map<String, AttributeValue> projectUpdated(Map<String, AttributeValue> item);

    /** The top-level attributes the update writes or removes, to reject updates of key attributes. */
    Set<String> writtenAttributes();

    /**
     * Returns false when applying the update to a missing item leaves no item, as DynamoDB does for
     * legacy {@code AttributeUpdates} that only DELETE: there is nothing to delete from.
     */
    default boolean createsItem() {
        return true;
    }
}
