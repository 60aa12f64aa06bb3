package dev.dynamoobjects.attribute;

import java.util.List;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A list attribute (DynamoDB {@code L}).
 *
 * @param <R> the record type
 * @param <E> the element's Java type
 */
public class ListAttribute<R, E> extends Attribute<R, List<E>> {
    /** Creates a reference; generated code calls this. */
    public ListAttribute(String name, Function<? super List<E>, AttributeValue> encoder) {
        super(name, encoder);
    }
}
