package dev.dynamoobjects.attribute;

import dev.dynamoobjects.expression.Filter;
import dev.dynamoobjects.expression.SortKeyCondition;
import dev.dynamoobjects.internal.expression.Conditions;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A {@code String} sort key that is a key attribute of the table, which also allows
 * {@code begins_with} key conditions; see {@link SortKeyAttribute}.
 *
 * <pre>{@code
 * products.query("s1", ProductTable.SKU.beginsWith("shoe-"));
 * }</pre>
 *
 * @param <R> the record type
 * @param <S> the marker of this sort key ({@code ProductTable.SkuKey})
 */
public class StringSortKeyAttribute<R, S> extends SortKeyAttribute<R, String, S> {
    /** Creates a reference; generated code calls this. */
    public StringSortKeyAttribute(String name) {
        super(name, AttributeValue::fromS);
    }

    /** {@code begins_with(attribute, prefix)}. */
    public final SortKeyCondition<R, S> beginsWith(String prefix) {
        return Conditions.sortKey(name(), Conditions.beginsWith(name(), encode(prefix)));
    }

    /** {@code contains(attribute, substring)}: a filter, not a key condition. */
    public final Filter<R, S> contains(String substring) {
        return Conditions.contains(name(), encode(substring));
    }
}
