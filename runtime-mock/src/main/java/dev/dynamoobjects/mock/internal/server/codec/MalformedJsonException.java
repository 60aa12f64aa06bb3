package dev.dynamoobjects.mock.internal.server.codec;

/**
 * A request body that is not JSON, or JSON whose shape does not fit the operation's model. The
 * server answers it with DynamoDB's {@code SerializationException}: with this text when
 * {@link #sent()}, with its {@code __type} alone otherwise (a body that does not parse), as DynamoDB
 * does; the text always goes to the error log.
 */
public final class MalformedJsonException extends RuntimeException {
    private final boolean sent;

    MalformedJsonException(String message) {
        this(message, true);
    }

    MalformedJsonException(String message, boolean sent) {
        super(message, null, false, false);
        this.sent = sent;
    }

    /** Whether the response carries the text. */
    public boolean sent() {
        return sent;
    }
}
