package dev.dynamoobjects.attribute;

import dev.dynamoobjects.expression.Comparison;
import dev.dynamoobjects.expression.Condition;
import dev.dynamoobjects.expression.DynamoType;
import dev.dynamoobjects.internal.expression.Conditions;
import java.util.Arrays;
import java.util.Collection;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A key attribute of the table (its partition key, or the base of its sort key): conditions only.
 * It offers no update actions, since DynamoDB refuses to update a key attribute (write the
 * record under its new key and delete the old one instead), and its conditions are plain
 * {@link Condition}s, not filters, since DynamoDB refuses a query filter on the keys of what it
 * queries; writes and scans take them.
 *
 * <pre>{@code
 * stores.save(store, StoreTable.STORE_ID.notExists());          // only if no item has the key
 * stores.scan().filter(StoreTable.STORE_ID.in("s1", "s2"));
 * }</pre>
 *
 * @param <R> the record type
 * @param <V> the key's Java type
 */
public class TableKeyAttribute<R, V> extends AttributeRef<R, V> {
    /** Creates a reference; generated code calls this. */
    public TableKeyAttribute(String name, Function<? super V, AttributeValue> encoder) {
        super(name, encoder);
    }

    /** {@code attribute = value}. */
    public Condition<R> eq(V value) {
        return Conditions.compare(name(), Comparison.EQ, encode(value));
    }

    /** {@code attribute <> value}. */
    public final Condition<R> ne(V value) {
        return Conditions.compare(name(), Comparison.NE, encode(value));
    }

    /** {@code attribute IN (values)}: equal to one of 1 to 100 values. */
    @SafeVarargs
    public final Condition<R> in(V... values) {
        return in(Arrays.asList(values));
    }

    /** {@code attribute IN (values)}: equal to one of 1 to 100 values. */
    public final Condition<R> in(Collection<? extends V> values) {
        return Conditions.in(name(), values.stream().map(this::encode).toList());
    }

    /** {@code attribute_exists(attribute)}: an item with this key exists. */
    public final Condition<R> exists() {
        return Conditions.exists(name());
    }

    /** {@code attribute_not_exists(attribute)}: no item with this key exists. */
    public final Condition<R> notExists() {
        return Conditions.notExists(name());
    }

    /** {@code attribute_type(attribute, type)}. */
    public final Condition<R> hasType(DynamoType type) {
        return Conditions.hasType(name(), type);
    }

    /** {@code attribute < value}. */
    public Condition<R> lt(V value) {
        return Conditions.compare(name(), Comparison.LT, encode(value));
    }

    /** {@code attribute <= value}. */
    public Condition<R> le(V value) {
        return Conditions.compare(name(), Comparison.LE, encode(value));
    }

    /** {@code attribute > value}. */
    public Condition<R> gt(V value) {
        return Conditions.compare(name(), Comparison.GT, encode(value));
    }

    /** {@code attribute >= value}. */
    public Condition<R> ge(V value) {
        return Conditions.compare(name(), Comparison.GE, encode(value));
    }

    /** {@code attribute BETWEEN low AND high}, both ends included. */
    public Condition<R> between(V low, V high) {
        return Conditions.between(name(), encode(low), encode(high));
    }
}
