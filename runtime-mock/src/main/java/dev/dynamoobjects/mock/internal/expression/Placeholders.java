package dev.dynamoobjects.mock.internal.expression;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Looks up {@code #name} and {@code :value} placeholders, remembering which ones were used. */
interface Placeholders {
    /** Returns the attribute name for {@code #ref}, or null when it is not defined. */
    String name(String ref);

    /** Returns the value for {@code :ref}, or null when it is not defined. */
    AttributeValue value(String ref);

    /** Notes a document path the expression names. */
    default void path(Path path) {
    }
}
