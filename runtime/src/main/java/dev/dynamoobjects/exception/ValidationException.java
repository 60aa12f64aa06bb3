package dev.dynamoobjects.exception;

import dev.dynamoobjects.internal.errors.Describe;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Thrown when a request is invalid: DynamoDB rejected it ({@code ValidationException}, with the
 * SDK's exception as cause), or the runtime caught the problem before sending it.
 */
public class ValidationException extends DynamoObjectsException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception for a problem the runtime found itself. */
    public ValidationException(String message) {
        super(message, null, null, null);
    }

    /** Creates the exception for a problem the runtime found itself, with the error that showed it. */
    public ValidationException(String message, Throwable cause) {
        super(message, null, null, cause);
    }

    /** Creates the exception for a request DynamoDB rejected. */
    public ValidationException(String table, Map<String, AttributeValue> key, Throwable cause) {
        super("DynamoDB rejected a request on table " + table + ": " + Describe.cause(cause),
                table, key, cause);
    }
}
