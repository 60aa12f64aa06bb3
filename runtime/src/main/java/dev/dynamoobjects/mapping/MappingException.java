package dev.dynamoobjects.mapping;

import java.util.Optional;

/**
 * Thrown when an item cannot be turned into a record, or a record into an item: an attribute of
 * the wrong DynamoDB type, a number out of the Java type's range, a missing key.
 */
public class MappingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String attribute;

    /** Creates the exception with a message that names the attribute and the problem. */
    public MappingException(String message) {
        this(message, (Throwable) null);
    }

    /** Creates the exception with a message and the underlying cause. */
    public MappingException(String message, Throwable cause) {
        super(message, cause);
        this.attribute = null;
    }

    /**
     * Creates the exception for one attribute's value.
     *
     * @param attribute the attribute's name in the item
     * @param message   the message, naming the attribute and the problem
     * @param cause     the underlying cause, or null
     */
    public MappingException(String attribute, String message, Throwable cause) {
        super(message, cause);
        this.attribute = attribute;
    }

    /** Returns the name of the attribute whose value could not be mapped, or empty when not one attribute's. */
    public Optional<String> attribute() {
        return Optional.ofNullable(attribute);
    }
}
