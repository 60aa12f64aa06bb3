package dev.dynamoobjects.mock.internal.server.codec;

/**
 * A request body that is not JSON, or JSON whose shape does not fit the operation's model. The
 * server answers it with DynamoDB's {@code SerializationException}.
 */
public final class MalformedJsonException extends RuntimeException {
    MalformedJsonException(String message) {
        super(message, null, false, false);
    }
}
