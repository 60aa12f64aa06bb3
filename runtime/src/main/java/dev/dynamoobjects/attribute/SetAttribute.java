package dev.dynamoobjects.attribute;

import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A set attribute (DynamoDB {@code SS}, {@code NS} or {@code BS}).
 *
 * @param <R> the record type
 * @param <E> the element's Java type
 */
public class SetAttribute<R, E> extends Attribute<R, Set<E>> {
    private final Function<? super Set<E>, AttributeValue> setEncoder;

    /**
     * Creates a reference; generated code calls this.
     *
     * @param name    the attribute name
     * @param encoder turns a non-empty set into its attribute value
     */
    public SetAttribute(String name, Function<? super Set<E>, AttributeValue> encoder) {
        super(name, encoder);
        this.setEncoder = encoder;
    }

    /** Returns the attribute value of a set of elements, for set updates. */
    protected final AttributeValue encodeSet(Set<E> elements) {
        return setEncoder.apply(elements);
    }
}
