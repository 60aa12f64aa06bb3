package dev.dynamoobjects.tools;

/**
 * Thrown by {@link ItemJsonReader} for a line that is not an item in DynamoDB JSON; its message
 * says why, as a clause that {@link ImportException} places after the line number.
 */
final class BadLineException extends Exception {
    private static final long serialVersionUID = 1L;

    BadLineException(String reason) {
        super(reason, null, false, false);
    }
}
