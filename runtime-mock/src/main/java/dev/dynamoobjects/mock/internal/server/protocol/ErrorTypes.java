package dev.dynamoobjects.mock.internal.server.protocol;

import java.util.Map;

/**
 * DynamoDB's {@code __type} for an error code: the namespace differs by the layer of DynamoDB's
 * stack that raises the error (request validation, the service framework, or DynamoDB itself).
 */
final class ErrorTypes {
    private static final String DYNAMODB = "com.amazonaws.dynamodb.v20120810#";
    private static final String CORAL_SERVICE = "com.amazon.coral.service#";
    private static final Map<String, String> NAMESPACES = Map.ofEntries(
            Map.entry("ValidationException", "com.amazon.coral.validate#"),
            Map.entry("ThrottlingException", "com.amazon.coral.availability#"),
            Map.entry("SerializationException", CORAL_SERVICE),
            Map.entry("UnknownOperationException", CORAL_SERVICE),
            Map.entry("MissingAuthenticationTokenException", CORAL_SERVICE),
            Map.entry("IncompleteSignatureException", CORAL_SERVICE),
            Map.entry("InvalidSignatureException", CORAL_SERVICE),
            Map.entry("UnrecognizedClientException", CORAL_SERVICE),
            Map.entry("AccessDeniedException", CORAL_SERVICE));

    private ErrorTypes() {
    }

    static String qualified(String errorCode) {
        return NAMESPACES.getOrDefault(errorCode, DYNAMODB) + errorCode;
    }
}
