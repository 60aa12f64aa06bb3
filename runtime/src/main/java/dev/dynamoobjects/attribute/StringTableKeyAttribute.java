package dev.dynamoobjects.attribute;

import dev.dynamoobjects.expression.Condition;
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
 */
public class StringTableKeyAttribute<R> extends TableKeyAttribute<R, String> {
    /** Creates a reference; generated code calls this. */
    public StringTableKeyAttribute(String name) {
        super(name, AttributeValue::fromS);
    }

    /** {@code begins_with(attribute, prefix)}. */
    public final Condition<R> beginsWith(String prefix) {
        return Conditions.beginsWith(name(), encode(prefix));
    }

    /** {@code contains(attribute, substring)}. */
    public final Condition<R> contains(String substring) {
        return Conditions.contains(name(), encode(substring));
    }
}
