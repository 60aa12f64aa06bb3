package dev.dynamoobjects.internal.errors;

import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Short, readable renderings for messages: keys as {@code {storeId="s1", sku=7}}, counts with their
 * noun, DynamoDB's texts as clauses. Used by every message of the runtime, so that all read alike.
 */
public final class Describe {
    private Describe() {
    }

    /** Returns a key (or any item) as {@code {name="text", number=7}}, attributes in name order. */
    public static String key(Map<String, AttributeValue> key) {
        return key.entrySet().stream()
                .map(e -> e.getKey() + "=" + value(e.getValue()))
                .sorted()
                .collect(Collectors.joining(", ", "{", "}"));
    }

    /** Returns {@code "1 item"} or {@code "3 items"}: a count with its noun, in the plural unless one. */
    public static String count(long count, String noun) {
        return count + " " + (count == 1 ? noun : noun + "s");
    }

    /** Returns DynamoDB's message as a clause of ours: trimmed, without a closing period. */
    public static String clause(String message) {
        String trimmed = message.strip();
        return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    /**
     * Returns what went wrong in {@code cause} as a clause of our messages: for a DynamoDB error,
     * DynamoDB's own text and the request id when the service gave one (never the SDK's
     * "Service: ..., Request ID: null" suffix); for anything else, its message.
     */
    public static String cause(Throwable cause) {
        if (cause instanceof AwsServiceException service && service.awsErrorDetails() != null
                && service.awsErrorDetails().errorMessage() != null) {
            String requestId = service.requestId();
            return clause(service.awsErrorDetails().errorMessage())
                    + (requestId == null ? "" : " (request ID " + requestId + ")");
        }
        return String.valueOf(cause.getMessage());
    }

    private static String value(AttributeValue value) {
        if (value.s() != null) {
            return '"' + value.s() + '"';
        }
        if (value.n() != null) {
            return value.n();
        }
        return value.toString();
    }
}
