package dev.dynamoobjects.attribute;

import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An attribute stored as a DynamoDB string, number or binary, whose values can be ordered.
 *
 * @param <R> the record type
 * @param <V> the attribute's Java type
 */
public class ComparableAttribute<R, V> extends Attribute<R, V> {
    /** Creates a reference; generated code calls this. */
    public ComparableAttribute(String name, Function<? super V, AttributeValue> encoder) {
        super(name, encoder);
    }
}
