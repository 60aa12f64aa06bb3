package dev.dynamoobjects.attribute;

import dev.dynamoobjects.expression.Comparison;
import dev.dynamoobjects.expression.DynamoType;
import dev.dynamoobjects.expression.Filter;
import dev.dynamoobjects.internal.expression.Conditions;
import java.util.Arrays;
import java.util.Collection;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An attribute that is a key of the table or of an index: its conditions are filters typed by the
 * key's marker {@code K} ({@code ProductTable.CategoryKey}), which only the queries where the
 * attribute is no key take, since DynamoDB refuses a query filter on the keys of what it queries.
 * Scans and writes take them like any condition.
 *
 * <pre>{@code
 * products.query("s1").filter(ProductTable.CATEGORY.eq("hats"));   // category keys an index only
 * }</pre>
 *
 * @param <R> the record type
 * @param <V> the key's Java type
 * @param <K> the marker of this key ({@code ProductTable.CategoryKey})
 */
public class QueryKeyAttribute<R, V, K> extends AttributeRef<R, V> {
    /** Creates a reference; generated code calls the subclasses' constructors. */
    protected QueryKeyAttribute(String name, Function<? super V, AttributeValue> encoder) {
        super(name, encoder);
    }

    /** {@code attribute = value}. */
    public Filter<R, K> eq(V value) {
        return Conditions.compare(name(), Comparison.EQ, encode(value));
    }

    /** {@code attribute <> value}. */
    public final Filter<R, K> ne(V value) {
        return Conditions.compare(name(), Comparison.NE, encode(value));
    }

    /** {@code attribute IN (values)}: equal to one of 1 to 100 values. */
    @SafeVarargs
    public final Filter<R, K> in(V... values) {
        return in(Arrays.asList(values));
    }

    /** {@code attribute IN (values)}: equal to one of 1 to 100 values. */
    public final Filter<R, K> in(Collection<? extends V> values) {
        return Conditions.in(name(), values.stream().map(this::encode).toList());
    }

    /** {@code attribute_exists(attribute)}. */
    public final Filter<R, K> exists() {
        return Conditions.exists(name());
    }

    /** {@code attribute_not_exists(attribute)}. */
    public final Filter<R, K> notExists() {
        return Conditions.notExists(name());
    }

    /** {@code attribute_type(attribute, type)}. */
    public final Filter<R, K> hasType(DynamoType type) {
        return Conditions.hasType(name(), type);
    }

    /** {@code attribute < value}. */
    public Filter<R, K> lt(V value) {
        return Conditions.compare(name(), Comparison.LT, encode(value));
    }

    /** {@code attribute <= value}. */
    public Filter<R, K> le(V value) {
        return Conditions.compare(name(), Comparison.LE, encode(value));
    }

    /** {@code attribute > value}. */
    public Filter<R, K> gt(V value) {
        return Conditions.compare(name(), Comparison.GT, encode(value));
    }

    /** {@code attribute >= value}. */
    public Filter<R, K> ge(V value) {
        return Conditions.compare(name(), Comparison.GE, encode(value));
    }

    /** {@code attribute BETWEEN low AND high}, both ends included. */
    public Filter<R, K> between(V low, V high) {
        return Conditions.between(name(), encode(low), encode(high));
    }
}
