package dev.dynamoobjects.mock.error;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * Builds the exceptions the emulator throws, shaped as the AWS SDK shapes DynamoDB's own errors
 * (same exception class, error code, HTTP status and message), so that code under test cannot tell
 * the difference.
 */
public final class DynamoErrors {
    private static final String SERVICE = "DynamoDb";

    private DynamoErrors() {
    }

    /** Returns a {@code ValidationException} (HTTP 400) with DynamoDB's message text. */
    public static DynamoDbException validation(String message) {
        return withCode("ValidationException", 400, message);
    }

    /** Returns a generic DynamoDB error with the given error code, status and message. */
    public static DynamoDbException withCode(String errorCode, int status, String message) {
        return (DynamoDbException) DynamoDbException.builder()
                .message(message)
                .statusCode(status)
                .awsErrorDetails(details(errorCode, status, message))
                .build();
    }

    /** Returns the error details the SDK attaches to a service exception. */
    public static AwsErrorDetails details(String errorCode, int status, String message) {
        return AwsErrorDetails.builder()
                .errorCode(errorCode)
                .errorMessage(message)
                .serviceName(SERVICE)
                .sdkHttpResponse(SdkHttpResponse.builder().statusCode(status).build())
                .build();
    }
}
