package dev.dynamoobjects.attribute;

import dev.dynamoobjects.expression.AnyQuery;
import dev.dynamoobjects.expression.Filter;
import dev.dynamoobjects.internal.expression.Conditions;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A {@code String} attribute that is no key of the table or of an index.
 *
 * <pre>{@code
 * StoreTable.NAME.beginsWith("Corner").and(StoreTable.NAME.size().lt(40))
 * }</pre>
 *
 * @param <R> the record type
 */
public class StringAttribute<R> extends ComparableAttribute<R, String> {
    /** Creates a reference; generated code calls this. */
    public StringAttribute(String name) {
        super(name, AttributeValue::fromS);
    }

    /** {@code begins_with(attribute, prefix)}. */
    public Filter<R, AnyQuery> beginsWith(String prefix) {
        return Conditions.beginsWith(name(), encode(prefix));
    }

    /** {@code contains(attribute, substring)}. */
    public final Filter<R, AnyQuery> contains(String substring) {
        return Conditions.contains(name(), encode(substring));
    }

    /** The length of the string, for size conditions. */
    public final Size<R, AnyQuery> size() {
        return new Size<>(name());
    }
}
