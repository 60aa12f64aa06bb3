package dev.dynamoobjects.tools.cli;

/** Thrown for a command word the tools do not know; it has its own exit code. */
final class UnknownCommandException extends UsageException {
    private static final long serialVersionUID = 1L;

    UnknownCommandException(String message) {
        super(message);
    }
}
