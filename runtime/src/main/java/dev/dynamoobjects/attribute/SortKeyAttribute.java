package dev.dynamoobjects.attribute;

import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The sort key of a table or index. Besides what every comparable attribute offers, its
 * comparisons can serve as the key condition of a query.
 *
 * @param <R> the record type
 * @param <V> the sort key's Java type
 */
public class SortKeyAttribute<R, V> extends ComparableAttribute<R, V> {
    /** Creates a reference; generated code calls this. */
    public SortKeyAttribute(String name, Function<? super V, AttributeValue> encoder) {
        super(name, encoder);
    }
}
