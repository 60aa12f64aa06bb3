package dev.dynamoobjects.mock.internal.operation;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.table.PrimaryKey;
import dev.dynamoobjects.mock.internal.table.Table;
import dev.dynamoobjects.mock.internal.validation.Messages;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The Key parameter of GetItem, DeleteItem and UpdateItem. */
public final class Keys {
    private Keys() {
    }

    /**
     * Returns the primary key a request names, with DynamoDB's errors for a missing or malformed key.
     * GetItem, UpdateItem and DeleteItem report a missing Key with their other constraints first
     * ({@link Constraints}); batch and transaction items keep DynamoDB Local's words for it.
     *
     * @param given whether the request set the Key parameter at all
     */
    public static PrimaryKey of(Table table, Map<String, AttributeValue> key, boolean given) {
        if (!given) {
            throw DynamoErrors.validation(Messages.NULL_KEY);
        }
        return table.keys().keyOfKeyMap(key);
    }
}
