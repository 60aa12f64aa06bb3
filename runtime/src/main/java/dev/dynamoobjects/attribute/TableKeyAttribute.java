package dev.dynamoobjects.attribute;

import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A key attribute of the table (its partition key, or the base of its sort key): conditions only.
 * It offers no update actions, since DynamoDB refuses to update a key attribute (write the
 * record under its new key and delete the old one instead). Its conditions are filters typed by
 * its marker {@code K}, which the queries of global indexes take (the table's keys are none of
 * theirs), and a local index query for the table's sort key; writes and scans take them all.
 *
 * <pre>{@code
 * stores.save(store, StoreTable.STORE_ID.notExists());          // only if no item has the key
 * stores.scan().filter(StoreTable.STORE_ID.in("s1", "s2"));
 * }</pre>
 *
 * @param <R> the record type
 * @param <V> the key's Java type
 * @param <K> the marker of this key ({@code StoreTable.StoreIdKey})
 */
public class TableKeyAttribute<R, V, K> extends QueryKeyAttribute<R, V, K> {
    /** Creates a reference; generated code calls this. */
    public TableKeyAttribute(String name, Function<? super V, AttributeValue> encoder) {
        super(name, encoder);
    }
}
