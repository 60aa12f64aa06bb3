package dev.dynamoobjects.mock.internal.server.protocol;

/**
 * An error the protocol layer itself answers (before the client is called): an unknown operation,
 * a body that does not parse, a failed signature check.
 */
public final class ProtocolError extends RuntimeException {
    private final String errorCode;
    private final int status;
    private final boolean messageSent;

    /** Creates the error {@code errorCode} (e.g. {@code InvalidSignatureException}) with its status and text. */
    public ProtocolError(String errorCode, int status, String message) {
        this(errorCode, status, message, true);
    }

    private ProtocolError(String errorCode, int status, String message, boolean messageSent) {
        super(message, null, false, false);
        this.errorCode = errorCode;
        this.status = status;
        this.messageSent = messageSent;
    }

    /**
     * An error DynamoDB sends with its {@code __type} alone (an unknown operation, a body that is not
     * JSON); {@code reason} goes to the server's error log only.
     */
    static ProtocolError withoutMessage(String errorCode, int status, String reason) {
        return new ProtocolError(errorCode, status, reason, false);
    }

    /** The text the response carries, or null for none. */
    String sentMessage() {
        return messageSent ? getMessage() : null;
    }

    String errorCode() {
        return errorCode;
    }

    int status() {
        return status;
    }
}
