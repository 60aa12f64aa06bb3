package dev.dynamoobjects.attribute;

import dev.dynamoobjects.expression.Update;
import dev.dynamoobjects.internal.expression.Updates;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A number key of a secondary index that is no key of the table: it keeps {@code add}, so that it
 * can still be incremented; see {@link IndexKeyAttribute}.
 *
 * <pre>{@code
 * products.queryByCategory("hats", ProductTable.PRICE.lt(2000L));
 * products.update("s1", "hat-1", ProductTable.PRICE.add(100L));
 * }</pre>
 *
 * @param <R> the record type
 * @param <V> the Java number type
 * @param <K> the marker of this key ({@code ProductTable.PriceKey})
 */
public class NumberIndexKeyAttribute<R, V extends Number, K> extends IndexKeyAttribute<R, V, K>
        implements Incrementable<R> {
    /** Creates a reference; generated code calls this. */
    public NumberIndexKeyAttribute(String name, Function<? super V, AttributeValue> encoder) {
        super(name, encoder);
    }

    /** The update action {@code ADD attribute amount}: atomic, a missing attribute counts as 0. */
    public final Update<R> add(V amount) {
        return Updates.add(name(), encode(amount));
    }
}
