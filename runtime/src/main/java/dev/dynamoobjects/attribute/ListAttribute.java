package dev.dynamoobjects.attribute;

import dev.dynamoobjects.expression.AnyQuery;
import dev.dynamoobjects.expression.Filter;
import dev.dynamoobjects.expression.Update;
import dev.dynamoobjects.internal.expression.Conditions;
import dev.dynamoobjects.internal.expression.Updates;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A list attribute (DynamoDB {@code L}).
 *
 * <pre>{@code
 * orders.update("o1", OrderTable.EVENTS.append("shipped"));
 * }</pre>
 *
 * @param <R> the record type
 * @param <E> the element's Java type
 */
public class ListAttribute<R, E> extends ValueAttribute<R, List<E>> {
    /** Creates a reference; generated code calls this. */
    public ListAttribute(String name, Function<? super List<E>, AttributeValue> encoder) {
        super(name, encoder);
    }

    /** {@code contains(attribute, element)}: the list holds the element. */
    public final Filter<R, AnyQuery> contains(E element) {
        return Conditions.contains(name(), encode(List.of(element)).l().get(0));
    }

    /** The number of elements, for size conditions. */
    public final Size<R, AnyQuery> size() {
        return new Size<>(name());
    }

    /** The update action that adds elements at the end, creating the list when missing. */
    @SafeVarargs
    public final Update<R> append(E... elements) {
        return Updates.append(name(), encode(Arrays.asList(elements)));
    }

    /** The update action that adds elements at the start, creating the list when missing. */
    @SafeVarargs
    public final Update<R> prepend(E... elements) {
        return Updates.prepend(name(), encode(Arrays.asList(elements)));
    }
}
