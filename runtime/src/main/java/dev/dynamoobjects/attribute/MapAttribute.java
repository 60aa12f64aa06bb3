package dev.dynamoobjects.attribute;

import dev.dynamoobjects.expression.AnyQuery;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A map-shaped attribute (DynamoDB {@code M}): a {@code Map<String, T>} or a nested
 * {@code @Document}.
 *
 * <pre>{@code
 * StoreTable.ADDRESS.exists().and(StoreTable.OPENING_HOURS.size().ge(5))
 * }</pre>
 *
 * @param <R> the record type
 * @param <V> the attribute's Java type
 */
public class MapAttribute<R, V> extends ValueAttribute<R, V> {
    /** Creates a reference; generated code calls this. */
    public MapAttribute(String name, Function<? super V, AttributeValue> encoder) {
        super(name, encoder);
    }

    /** The number of entries, for size conditions. */
    public final Size<R, AnyQuery> size() {
        return new Size<>(name());
    }
}
