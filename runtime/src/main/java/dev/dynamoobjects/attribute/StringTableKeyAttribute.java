package dev.dynamoobjects.attribute;

import dev.dynamoobjects.expression.Filter;
import dev.dynamoobjects.internal.expression.Conditions;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A {@code String} partition key of the table: conditions only, see {@link TableKeyAttribute}.
 *
 * <pre>{@code
 * stores.scan().filter(StoreTable.STORE_ID.beginsWith("lyon-"));
 * }</pre>
 *
 * @param <R> the record type
 * @param <K> the marker of this key ({@code StoreTable.StoreIdKey})
 */
public class StringTableKeyAttribute<R, K> extends TableKeyAttribute<R, String, K> {
    /** Creates a reference; generated code calls this. */
    public StringTableKeyAttribute(String name) {
        super(name, AttributeValue::fromS);
    }

    /** {@code begins_with(attribute, prefix)}. */
    public final Filter<R, K> beginsWith(String prefix) {
        return Conditions.beginsWith(name(), encode(prefix));
    }

    /** {@code contains(attribute, substring)}. */
    public final Filter<R, K> contains(String substring) {
        return Conditions.contains(name(), encode(substring));
    }
}
