package dev.dynamoobjects.tools.cli;

/** Thrown when the command line is wrong; its message says what to change. */
class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
