package dev.dynamoobjects.attribute;

import dev.dynamoobjects.exception.ValidationException;
import dev.dynamoobjects.expression.Comparison;
import dev.dynamoobjects.expression.Condition;
import dev.dynamoobjects.expression.Conditions;
import dev.dynamoobjects.expression.DynamoType;
import dev.dynamoobjects.expression.Update;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A typed reference to one attribute of a record, generated as a constant on the table class
 * ({@code StoreTable.NAME}). Its type parameters carry the record and the attribute's Java type,
 * so that conditions, updates and projections built from it are checked by the compiler.
 *
 * <pre>{@code
 * StoreTable.NAME.eq("Corner shop")          // a condition
 * StoreTable.NAME.set("Corner shop")         // an update action
 * stores.scan().select(StoreTable.NAME)      // a projection
 * }</pre>
 *
 * @param <R> the record type the attribute belongs to
 * @param <V> the attribute's Java type
 */
public class Attribute<R, V> {
    private final String name;
    private final Function<? super V, AttributeValue> encoder;

    /**
     * Creates a reference; generated code calls this.
     *
     * @param name    the attribute name as stored in DynamoDB
     * @param encoder turns a non-null Java value into the attribute value the mapper would store
     */
    public Attribute(String name, Function<? super V, AttributeValue> encoder) {
        this.name = Objects.requireNonNull(name, "name");
        this.encoder = Objects.requireNonNull(encoder, "encoder");
    }

    /** Returns the attribute name as stored in DynamoDB. */
    public final String name() {
        return name;
    }

    /**
     * Returns the attribute value the mapper stores for a Java value.
     *
     * @throws ValidationException when the value is null, which no condition or update can use
     */
    public final AttributeValue encode(V value) {
        if (value == null) {
            throw new ValidationException("A condition or update on " + name + " got null; test for a"
                    + " missing value with " + name + ".notExists() and clear one with " + name + ".remove()");
        }
        return encoder.apply(value);
    }

    /** {@code attribute = value}. */
    public Condition<R> eq(V value) {
        return Conditions.compare(name, Comparison.EQ, encode(value));
    }

    /** {@code attribute <> value}; also true when the attribute is missing. */
    public final Condition<R> ne(V value) {
        return Conditions.compare(name, Comparison.NE, encode(value));
    }

    /** {@code attribute IN (values)}: equal to one of 1 to 100 values. */
    @SafeVarargs
    public final Condition<R> in(V... values) {
        return in(Arrays.asList(values));
    }

    /** {@code attribute IN (values)}: equal to one of 1 to 100 values. */
    public final Condition<R> in(Collection<? extends V> values) {
        return Conditions.in(name, values.stream().map(this::encode).toList());
    }

    /** {@code attribute_exists(attribute)}. */
    public final Condition<R> exists() {
        return Conditions.exists(name);
    }

    /** {@code attribute_not_exists(attribute)}; on a key attribute: no item with this key exists. */
    public final Condition<R> notExists() {
        return Conditions.notExists(name);
    }

    /** {@code attribute_type(attribute, type)}. */
    public final Condition<R> hasType(DynamoType type) {
        return Conditions.hasType(name, type);
    }

    /** The update action {@code SET attribute = value}. */
    public final Update<R> set(V value) {
        return Update.set(name, encode(value));
    }

    /** The update action that sets the attribute only when it has no value yet. */
    public final Update<R> setIfAbsent(V value) {
        return Update.setIfAbsent(name, encode(value));
    }

    /** The update action {@code REMOVE attribute}. */
    public final Update<R> remove() {
        return Update.remove(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
