package dev.dynamoobjects.mock.internal.stream;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;

/** The exceptions only the streams side throws, shaped as the SDK shapes DynamoDB Streams' own. */
final class StreamErrors {
    private StreamErrors() {
    }

    static ExpiredIteratorException expiredIterator(String message) {
        return (ExpiredIteratorException) ExpiredIteratorException.builder()
                .message(message)
                .statusCode(400)
                .awsErrorDetails(DynamoErrors.details("ExpiredIteratorException", 400, message))
                .build();
    }

    static TrimmedDataAccessException trimmed() {
        return (TrimmedDataAccessException) TrimmedDataAccessException.builder()
                .message(StreamMessages.TRIMMED)
                .statusCode(400)
                .awsErrorDetails(DynamoErrors.details("TrimmedDataAccessException", 400, StreamMessages.TRIMMED))
                .build();
    }
}
