package dev.dynamoobjects.mock.server.protocol;

import java.util.LinkedHashMap;
import java.util.Map;
import dev.dynamoobjects.mock.server.codec.PojoWriter;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * DynamoDB's error bodies: {@code {"__type":"<namespace>#<Code>","message":"..."}} followed by the
 * exception's modeled members ({@code Item} of a {@code ConditionalCheckFailedException},
 * {@code CancellationReasons} of a {@code TransactionCanceledException}).
 */
final class ErrorBodies {
    private ErrorBodies() {
    }

    static byte[] of(AwsServiceException error) {
        String code = error.awsErrorDetails() != null && error.awsErrorDetails().errorCode() != null
                ? error.awsErrorDetails().errorCode()
                : error.getClass().getSimpleName();
        String message = error.awsErrorDetails() != null && error.awsErrorDetails().errorMessage() != null
                ? error.awsErrorDetails().errorMessage()
                : error.getMessage();
        return PojoWriter.write(error, lead(code, message, hasMessageMember(error) ? "Message" : "message"));
    }

    static byte[] of(ProtocolError error) {
        return PojoWriter.write(null, lead(error.errorCode(), error.getMessage(), "message"));
    }

    /** Exceptions with a modeled {@code Message} member send it with that capital (DynamoDB does). */
    private static boolean hasMessageMember(AwsServiceException error) {
        return error.sdkFields().stream().anyMatch(field -> field.locationName().equals("Message"));
    }

    private static Map<String, String> lead(String code, String message, String messageKey) {
        Map<String, String> lead = new LinkedHashMap<>(2);
        lead.put("__type", ErrorTypes.qualified(code));
        if (message != null) {
            lead.put(messageKey, message);
        }
        return lead;
    }
}
