package dev.dynamoobjects.mapping;

/**
 * Thrown when an item cannot be turned into a record, or a record into an item: an attribute of
 * the wrong DynamoDB type, a number out of the Java type's range, a missing key.
 */
public class MappingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message that names the attribute and the problem. */
    public MappingException(String message) {
        super(message);
    }

    /** Creates the exception with a message and the underlying cause. */
    public MappingException(String message, Throwable cause) {
        super(message, cause);
    }
}
