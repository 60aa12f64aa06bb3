package dev.dynamoobjects.mock.internal.server.protocol;

import java.util.LinkedHashMap;
import java.util.Map;
import dev.dynamoobjects.mock.internal.server.codec.PojoWriter;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * DynamoDB's error bodies: {@code {"__type":"<namespace>#<Code>","message":"..."}} followed by the
 * exception's modeled members ({@code Item} of a {@code ConditionalCheckFailedException},
 * {@code CancellationReasons} of a {@code TransactionCanceledException}). A SerializationException
 * spells the key {@code Message}, as DynamoDB's JSON layer does (dynalite's tests, recorded against
 * DynamoDB: assertSerialization versus assertValidation).
 */
final class ErrorBodies {
    private static final String SERIALIZATION = "SerializationException";
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
        return PojoWriter.write(null, lead(error.errorCode(), error.sentMessage()));
    }

    /** DynamoDB Local spells every key {@code Message}; SDKs read both spellings. */
    private static Map<String, String> lead(String code, String message) {
        Map<String, String> lead = new LinkedHashMap<>(2);
        lead.put("__type", ErrorTypes.qualified(code));
        if (message != null) {
            lead.put(code.equals(SERIALIZATION) ? "Message" : "message", message);
        }
        return lead;
    }
}
