package dev.dynamoobjects.mock.internal.server.protocol;

import java.util.LinkedHashMap;
import java.util.Map;
import dev.dynamoobjects.mock.internal.server.codec.PojoWriter;
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
        return PojoWriter.write(error, lead(code, message));
    }

    static byte[] of(ProtocolError error) {
        return PojoWriter.write(null, lead(error.errorCode(), error.getMessage()));
    }

    /** DynamoDB spells the key {@code message}; DynamoDB Local spells it {@code Message}; SDKs read both. */
    private static Map<String, String> lead(String code, String message) {
        Map<String, String> lead = new LinkedHashMap<>(2);
        lead.put("__type", ErrorTypes.qualified(code));
        if (message != null) {
            lead.put("message", message);
        }
        return lead;
    }
}
