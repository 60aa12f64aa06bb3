package dev.dynamoobjects.attribute;

import dev.dynamoobjects.expression.Filter;
import dev.dynamoobjects.expression.SortKeyCondition;
import dev.dynamoobjects.internal.expression.Conditions;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A {@code String} key of a secondary index that is no key of the table, which also allows
 * {@code begins_with} key conditions; see {@link IndexKeyAttribute}.
 *
 * <pre>{@code
 * products.queryByName("s1", ProductTable.NAME.beginsWith("Hat"));
 * }</pre>
 *
 * @param <R> the record type
 * @param <K> the marker of this key ({@code ProductTable.NameKey})
 */
public class StringIndexKeyAttribute<R, K> extends IndexKeyAttribute<R, String, K> {
    /** Creates a reference; generated code calls this. */
    public StringIndexKeyAttribute(String name) {
        super(name, AttributeValue::fromS);
    }

    /** {@code begins_with(attribute, prefix)}. */
    public final SortKeyCondition<R, K> beginsWith(String prefix) {
        return Conditions.sortKey(name(), Conditions.beginsWith(name(), encode(prefix)));
    }

    /** {@code contains(attribute, substring)}: a filter, not a key condition. */
    public final Filter<R, K> contains(String substring) {
        return Conditions.contains(name(), encode(substring));
    }

    /** The length of the string, for size conditions. */
    public final Size<R, K> size() {
        return new Size<>(name());
    }
}
