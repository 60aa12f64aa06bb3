package dev.dynamoobjects.attribute;

import dev.dynamoobjects.expression.Update;
import dev.dynamoobjects.internal.expression.Updates;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A numeric attribute (any Java number type, boxed here).
 *
 * <pre>{@code
 * stores.update("s1", StoreTable.VISITS.add(1L));
 * }</pre>
 *
 * @param <R> the record type
 * @param <V> the Java number type
 */
public class NumberAttribute<R, V extends Number> extends ComparableAttribute<R, V> implements Incrementable<R> {
    /** Creates a reference whose values are stored as their decimal string; generated code calls this. */
    public NumberAttribute(String name) {
        this(name, v -> AttributeValue.fromN(v.toString()));
    }

    /** Creates a reference with a specific encoding; generated code calls this. */
    public NumberAttribute(String name, Function<? super V, AttributeValue> encoder) {
        super(name, encoder);
    }

    /** The update action {@code ADD attribute amount}: atomic, a missing attribute counts as 0. */
    public final Update<R> add(V amount) {
        return Updates.add(name(), encode(amount));
    }
}
