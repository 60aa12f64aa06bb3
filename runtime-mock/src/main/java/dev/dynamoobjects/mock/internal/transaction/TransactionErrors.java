package dev.dynamoobjects.mock.internal.transaction;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** The transaction errors, with the SDK's exception classes, DynamoDB's codes and texts. */
public final class TransactionErrors {
    private TransactionErrors() {
    }

    /** The cancellation reason of an item that fails validation. */
    static CancellationReason validationError(String message) {
        return CancellationReason.builder().code("ValidationError").message(message).build();
    }

    /** The cancellation of a transaction, with one reason per item in the request's order. */
    public static TransactionCanceledException cancelled(List<CancellationReason> reasons) {
        String message = TransactionMessages.cancelled(reasons);
        return TransactionCanceledException.builder()
                .message(message)
                .cancellationReasons(reasons)
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
