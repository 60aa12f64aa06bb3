package dev.dynamoobjects.stream;

import dev.dynamoobjects.exception.DynamoObjectsException;

/**
 * Thrown when a table's changes cannot be read: the table has no stream, a checkpoint is not one or
 * belongs to another stream, a change does not carry the image asked for, or a Streams request
 * failed (its error is the cause).
 */
public class ChangeFeedException extends DynamoObjectsException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong and how to fix it
     * @param table   the physical table name
     * @param cause   the underlying error, or null
     */
    public ChangeFeedException(String message, String table, Throwable cause) {
        super(message, table, null, cause);
    }
}
