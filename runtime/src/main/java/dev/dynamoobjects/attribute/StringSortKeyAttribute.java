package dev.dynamoobjects.attribute;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A {@code String} sort key, which also allows {@code begins_with} key conditions.
 *
 * @param <R> the record type
 */
public class StringSortKeyAttribute<R> extends SortKeyAttribute<R, String> {
    /** Creates a reference; generated code calls this. */
    public StringSortKeyAttribute(String name) {
        super(name, AttributeValue::fromS);
    }
}
