package dev.dynamoobjects.mock.internal.error;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.http.SdkHttpResponse;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableNotFoundException;

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

    /** Returns true for an error that {@link #validation} made. */
    public static boolean isValidation(DynamoDbException error) {
        return error.awsErrorDetails() != null && "ValidationException".equals(error.awsErrorDetails().errorCode());
    }

    /** Returns a generic DynamoDB error with the given error code, status and message. */
    public static DynamoDbException withCode(String errorCode, int status, String message) {
        return (DynamoDbException) DynamoDbException.builder()
                .message(message)
                .statusCode(status)
                .awsErrorDetails(details(errorCode, status, message))
                .build();
    }

    /** Returns a {@code ResourceNotFoundException} (HTTP 400), the SDK's own subclass. */
    public static ResourceNotFoundException resourceNotFound(String message) {
        return (ResourceNotFoundException) ResourceNotFoundException.builder()
                .message(message)
                .statusCode(400)
                .awsErrorDetails(details("ResourceNotFoundException", 400, message))
                .build();
    }

    /** Returns a {@code TableNotFoundException} (HTTP 400), the SDK's own subclass. */
    public static TableNotFoundException tableNotFound(String message) {
        return (TableNotFoundException) TableNotFoundException.builder()
                .message(message)
                .statusCode(400)
                .awsErrorDetails(details("TableNotFoundException", 400, message))
                .build();
    }

    /** Returns a {@code ResourceInUseException} (HTTP 400), the SDK's own subclass. */
    public static ResourceInUseException resourceInUse(String message) {
        return (ResourceInUseException) ResourceInUseException.builder()
                .message(message)
                .statusCode(400)
                .awsErrorDetails(details("ResourceInUseException", 400, message))
                .build();
    }

    /**
     * Returns a {@code ConditionalCheckFailedException} (HTTP 400), carrying the item when the
     * request asked for it with ReturnValuesOnConditionCheckFailure=ALL_OLD (null otherwise).
     */
    public static ConditionalCheckFailedException conditionalCheckFailed(String message,
                                                                         Map<String, AttributeValue> item) {
        return (ConditionalCheckFailedException) ConditionalCheckFailedException.builder()
                .message(message)
                .item(item)
                .statusCode(400)
                .awsErrorDetails(details("ConditionalCheckFailedException", 400, message))
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
