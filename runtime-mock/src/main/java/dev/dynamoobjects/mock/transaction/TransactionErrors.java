package dev.dynamoobjects.mock.transaction;

import dev.dynamoobjects.mock.error.DynamoErrors;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** The transaction errors, with the SDK's exception classes, DynamoDB's codes and texts. */
final class TransactionErrors {
    private TransactionErrors() {
    }

    static TransactionCanceledException cancelled(List<CancellationReason> reasons) {
        return cancelled(TransactionMessages.cancelled(reasons), reasons);
    }

    /** DynamoDB Local also cancels, with no reasons, a TransactGetItems whose key is malformed. */
    static TransactionCanceledException cancelled(String message, List<CancellationReason> reasons) {
        return TransactionCanceledException.builder()
                .message(message)
                // None at all rather than an empty list, as DynamoDB sends none.
                .cancellationReasons(reasons.isEmpty() ? null : reasons)
                .statusCode(400)
                .awsErrorDetails(DynamoErrors.details("TransactionCanceledException", 400, message))
                .build();
    }

    static DynamoDbException tokenReused() {
        return (DynamoDbException) IdempotentParameterMismatchException.builder()
                .message(TransactionMessages.TOKEN_REUSED)
                .statusCode(400)
                .awsErrorDetails(DynamoErrors.details("IdempotentParameterMismatchException", 400,
                        TransactionMessages.TOKEN_REUSED))
                .build();
    }
}
