package dev.dynamoobjects.mock.faults;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingReason;

/** The errors injected faults raise, with DynamoDB's types, codes and message texts. */
public final class FaultErrors {
    static final String PROVISIONED_THROUGHPUT_EXCEEDED = "The level of configured provisioned throughput for "
            + "the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.";
    static final String RATE_EXCEEDED = "Rate of requests exceeds the allowed throughput.";
    static final String TRANSACTION_CONFLICT = "Transaction is ongoing for the item";

    /** Operations on tables rather than items: DynamoDB throttles them with ThrottlingException. */
    private static final Set<String> TABLE_OPERATIONS = Set.of("CreateTable", "DeleteTable", "DescribeTable",
            "UpdateTable", "ListTables", "UpdateTimeToLive", "DescribeTimeToLive", "TagResource", "UntagResource",
            "ListTagsOfResource", "DescribeLimits", "DescribeEndpoints");
    private static final Set<String> READ_OPERATIONS = Set.of("GetItem", "BatchGetItem", "Query", "Scan",
            "TransactGetItems");

    private FaultErrors() {
    }

    /** Returns the error DynamoDB throttles the operation with. */
    public static DynamoDbException throttling(String operation, String table) {
        if (TABLE_OPERATIONS.contains(operation)) {
            return (DynamoDbException) ThrottlingException.builder()
                    .message(RATE_EXCEEDED)
                    .statusCode(400)
                    .awsErrorDetails(DynamoErrors.details("ThrottlingException", 400, RATE_EXCEEDED))
                    .build();
        }
        String reason = "Table" + (READ_OPERATIONS.contains(operation) ? "Read" : "Write")
                + "ProvisionedThroughputExceeded";
        return (DynamoDbException) ProvisionedThroughputExceededException.builder()
                .message(PROVISIONED_THROUGHPUT_EXCEEDED)
                .statusCode(400)
                .throttlingReasons(ThrottlingReason.builder().reason(reason).resource(tableArn(table)).build())
                .awsErrorDetails(DynamoErrors.details("ProvisionedThroughputExceededException", 400,
                        PROVISIONED_THROUGHPUT_EXCEEDED))
                .build();
    }

    /** Returns the cancellation reason of a transaction item that met a conflicting transaction. */
    public static CancellationReason conflictReason() {
        return CancellationReason.builder().code("TransactionConflict").message(TRANSACTION_CONFLICT).build();
    }

    private static String tableArn(String table) {
        return "arn:aws:dynamodb:ddblocal:000000000000:table/" + table;
    }
}
