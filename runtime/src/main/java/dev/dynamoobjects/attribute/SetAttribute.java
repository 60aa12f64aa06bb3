package dev.dynamoobjects.attribute;

import dev.dynamoobjects.expression.AnyQuery;
import dev.dynamoobjects.expression.Filter;
import dev.dynamoobjects.expression.Update;
import dev.dynamoobjects.internal.expression.Conditions;
import dev.dynamoobjects.internal.expression.Updates;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A set attribute (DynamoDB {@code SS}, {@code NS} or {@code BS}).
 *
 * <pre>{@code
 * stores.update("s1", StoreTable.TAGS.add("open-late"), StoreTable.TAGS.delete("closed"));
 * stores.scan().filter(StoreTable.TAGS.contains("bio"));
 * }</pre>
 *
 * @param <R> the record type
 * @param <E> the element's Java type
 */
public class SetAttribute<R, E> extends ValueAttribute<R, Set<E>> {
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

    /** {@code contains(attribute, element)}: the set holds the element. */
    public final Filter<R, AnyQuery> contains(E element) {
        return Conditions.contains(name(), encodeElement(element));
    }

    /** The number of elements, for size conditions. */
    public final Size<R, AnyQuery> size() {
        return new Size<>(name());
    }

    /** The update action that adds elements to the set, creating it when missing. */
    @SafeVarargs
    public final Update<R> add(E... elements) {
        return Updates.add(name(), encodeSet(new LinkedHashSet<>(Arrays.asList(elements))));
    }

    /** The update action that removes elements from the set; an emptied set disappears. */
    @SafeVarargs
    public final Update<R> delete(E... elements) {
        return Updates.delete(name(), encodeSet(new LinkedHashSet<>(Arrays.asList(elements))));
    }

    private AttributeValue encodeElement(E element) {
        AttributeValue set = encodeSet(Set.of(element));
        if (set.hasSs()) {
            return AttributeValue.fromS(set.ss().get(0));
        }
        if (set.hasNs()) {
            return AttributeValue.fromN(set.ns().get(0));
        }
        return AttributeValue.fromB(set.bs().get(0));
    }
}
