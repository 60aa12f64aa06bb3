package dev.dynamoobjects.exception;

import dev.dynamoobjects.internal.errors.Describe;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Thrown when DynamoDB still throttled a request after the SDK's own retries: the table's or
 * index's throughput, or an account limit, is exceeded.
 */
public class ThrottledException extends DynamoObjectsException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception for the table, the key (or null) and the SDK's exception. */
    public ThrottledException(String table, Map<String, AttributeValue> key, Throwable cause) {
        super("DynamoDB throttled a request on table " + table + " after the SDK's retries ("
                + Describe.cause(cause) + "); raise the table's capacity or slow the requests down",
                table, key, cause);
    }
}
