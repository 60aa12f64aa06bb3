package dev.dynamoobjects.attribute;

import dev.dynamoobjects.expression.AnyQuery;
import dev.dynamoobjects.expression.Comparison;
import dev.dynamoobjects.expression.DynamoType;
import dev.dynamoobjects.expression.Filter;
import dev.dynamoobjects.expression.Update;
import dev.dynamoobjects.internal.expression.Conditions;
import dev.dynamoobjects.internal.expression.Updates;
import java.util.Arrays;
import java.util.Collection;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An attribute that is no key of the table or of an index: its conditions are {@link Filter}s that
 * every query takes (and writes and scans) and it can be updated. The constant of a boolean, or of a type with no
 * ordering, has this class; the others extend it.
 *
 * <pre>{@code
 * members.update("m1", MemberTable.ACTIVE.set(true));
 * members.query("team-1").filter(MemberTable.ACTIVE.eq(true));
 * }</pre>
 *
 * @param <R> the record type
 * @param <V> the attribute's Java type
 */
public class ValueAttribute<R, V> extends AttributeRef<R, V> {
    /** Creates a reference; generated code calls this. */
    public ValueAttribute(String name, Function<? super V, AttributeValue> encoder) {
        super(name, encoder);
    }

    /** {@code attribute = value}. */
    public Filter<R, AnyQuery> eq(V value) {
        return Conditions.compare(name(), Comparison.EQ, encode(value));
    }

    /** {@code attribute <> value}; also true when the attribute is missing. */
    public final Filter<R, AnyQuery> ne(V value) {
        return Conditions.compare(name(), Comparison.NE, encode(value));
    }

    /** {@code attribute IN (values)}: equal to one of 1 to 100 values. */
    @SafeVarargs
    public final Filter<R, AnyQuery> in(V... values) {
        return in(Arrays.asList(values));
    }

    /** {@code attribute IN (values)}: equal to one of 1 to 100 values. */
    public final Filter<R, AnyQuery> in(Collection<? extends V> values) {
        return Conditions.in(name(), values.stream().map(this::encode).toList());
    }

    /** {@code attribute_exists(attribute)}. */
    public final Filter<R, AnyQuery> exists() {
        return Conditions.exists(name());
    }

    /** {@code attribute_not_exists(attribute)}. */
    public final Filter<R, AnyQuery> notExists() {
        return Conditions.notExists(name());
    }

    /** {@code attribute_type(attribute, type)}. */
    public final Filter<R, AnyQuery> hasType(DynamoType type) {
        return Conditions.hasType(name(), type);
    }

    /** The update action {@code SET attribute = value}. */
    public final Update<R> set(V value) {
        return Updates.set(name(), encode(value));
    }

    /** The update action that sets the attribute only when it has no value yet. */
    public final Update<R> setIfAbsent(V value) {
        return Updates.setIfAbsent(name(), encode(value));
    }

    /** The update action {@code REMOVE attribute}. */
    public final Update<R> remove() {
        return Updates.remove(name());
    }
}
