package dev.dynamoobjects.mock.internal.server.http;

/** A request the server cannot read: answered with {@code status} and a closed connection. */
final class HttpProtocolException extends Exception {
    private final int status;

    HttpProtocolException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
