package dev.dynamoobjects.expression;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Renders expressions with names and values inline, for {@code toString()} and messages. */
final class ReadableText implements Placeholders {
    static final ReadableText INSTANCE = new ReadableText();

    private ReadableText() {
    }

    @Override
    public String name(String attributeName) {
        return attributeName;
    }

    @Override
    public String value(AttributeValue value) {
        if (value.s() != null) {
            return '"' + value.s() + '"';
        }
        if (value.n() != null) {
            return value.n();
        }
        return value.toString();
    }
}
