package dev.dynamoobjects.expression;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Where a condition, update or projection puts its attribute names and values while it renders.
 * Requests use {@link ExpressionAttributes}, which hands out placeholders ({@code #a0},
 * {@code :v0}) so that no attribute name ever clashes with a reserved word.
 */
public interface Placeholders {
    /** Returns the text that stands for an attribute name in the expression. */
    String name(String attributeName);

    /** Returns the text that stands for a value in the expression. */
    String value(AttributeValue value);
}
