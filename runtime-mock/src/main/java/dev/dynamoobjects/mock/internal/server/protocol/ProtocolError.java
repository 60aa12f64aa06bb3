package dev.dynamoobjects.mock.internal.server.protocol;

/**
 * An error the protocol layer itself answers (before the client is called): an unknown operation,
 * a body that does not parse, a failed signature check.
 */
public final class ProtocolError extends RuntimeException {
    private final String errorCode;
    private final int status;

    /** Creates the error {@code errorCode} (e.g. {@code InvalidSignatureException}) with its status and text. */
    public ProtocolError(String errorCode, int status, String message) {
        super(message, null, false, false);
        this.errorCode = errorCode;
        this.status = status;
    }

    String errorCode() {
        return errorCode;
    }

    int status() {
        return status;
    }
}
