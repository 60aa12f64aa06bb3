package dev.dynamoobjects.internal.errors;

import dev.dynamoobjects.exception.DynamoObjectsException;
import dev.dynamoobjects.exception.TableNotFoundException;
import dev.dynamoobjects.exception.ThrottledException;
import dev.dynamoobjects.exception.ValidationException;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * Turns the SDK's exceptions into the runtime's, keeping them as the cause. Used by the
 * runtime's packages that send requests (tables, batches, transactions, tools).
 */
public final class Errors {
    /** DynamoDB's error codes for requests refused for throughput. */
    private static final Set<String> THROTTLING = Set.of(
            "ProvisionedThroughputExceededException", "RequestLimitExceeded", "ThrottlingException");

    private Errors() {
    }

    /**
     * Returns the runtime's exception for an SDK exception: {@link TableNotFoundException},
     * {@link ThrottledException}, {@link ValidationException} or {@link DynamoObjectsException}.
     *
     * @param e     the SDK's exception
     * @param table the physical table name the request was about
     * @param key   the key of the item involved, or null
     */
    public static DynamoObjectsException translate(SdkException e, String table, Map<String, AttributeValue> key) {
        if (e instanceof ResourceNotFoundException) {
            return new TableNotFoundException(table, e);
        }
        String code = e instanceof DynamoDbException d && d.awsErrorDetails() != null
                ? d.awsErrorDetails().errorCode() : null;
        if (code != null && THROTTLING.contains(code)) {
            return new ThrottledException(table, key, e);
        }
        if ("ValidationException".equals(code)) {
            return new ValidationException(table, key, e);
        }
        return new DynamoObjectsException("DynamoDB request on table " + table + " failed: "
                + Describe.cause(e), table, key, e);
    }
}
