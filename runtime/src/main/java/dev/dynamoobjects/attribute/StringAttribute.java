package dev.dynamoobjects.attribute;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A {@code String} attribute.
 *
 * @param <R> the record type
 */
public class StringAttribute<R> extends ComparableAttribute<R, String> {
    /** Creates a reference; generated code calls this. */
    public StringAttribute(String name) {
        super(name, AttributeValue::fromS);
    }
}
