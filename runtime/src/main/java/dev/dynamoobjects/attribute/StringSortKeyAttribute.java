package dev.dynamoobjects.attribute;

import dev.dynamoobjects.expression.Condition;
import dev.dynamoobjects.expression.Conditions;
import dev.dynamoobjects.expression.KeyCondition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A {@code String} sort key, which also allows {@code begins_with} key conditions.
 *
 * <pre>{@code
 * products.query("s1", ProductTable.SKU.beginsWith("shoe-"));
 * }</pre>
 *
 * @param <R> the record type
 */
public class StringSortKeyAttribute<R> extends SortKeyAttribute<R, String> {
    /** Creates a reference; generated code calls this. */
    public StringSortKeyAttribute(String name) {
        super(name, AttributeValue::fromS);
    }

    /** {@code begins_with(attribute, prefix)}. */
    public final KeyCondition<R> beginsWith(String prefix) {
        return Conditions.keyBeginsWith(name(), encode(prefix));
    }

    /** {@code contains(attribute, substring)}; a filter or write condition, not a key condition. */
    public final Condition<R> contains(String substring) {
        return Conditions.contains(name(), encode(substring));
    }

    /** The length of the string, for size conditions. */
    public final Size<R> size() {
        return new Size<>(name());
    }
}
