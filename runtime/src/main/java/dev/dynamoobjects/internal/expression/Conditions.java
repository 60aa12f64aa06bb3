package dev.dynamoobjects.internal.expression;

import dev.dynamoobjects.exception.ValidationException;
import dev.dynamoobjects.expression.Comparison;
import dev.dynamoobjects.expression.Condition;
import dev.dynamoobjects.expression.DynamoType;
import dev.dynamoobjects.expression.Filter;
import dev.dynamoobjects.expression.SortKeyCondition;
import java.util.List;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Builds conditions from attribute names and encoded values. The typed attribute constants
 * ({@code StoreTable.NAME.eq("x")}) call these; application code uses the constants. Each
 * condition on one attribute is built as a {@link Filter}, typed by the marker the constant gives:
 * {@link dev.dynamoobjects.expression.AnyQuery} for an attribute that is no key, the key's own marker otherwise.
 */
public final class Conditions {
    private Conditions() {
    }

    /** {@code attribute op value}. */
    public static <R, Q> Filter<R, Q> compare(String attribute, Comparison op, AttributeValue value) {
        return filter(compareRenderer(attribute, op, value));
    }

    /** {@code attribute BETWEEN low AND high}, both ends included. */
    public static <R, Q> Filter<R, Q> between(String attribute, AttributeValue low, AttributeValue high) {
        return filter(betweenRenderer(attribute, low, high));
    }

    /** {@code begins_with(attribute, prefix)}. */
    public static <R, Q> Filter<R, Q> beginsWith(String attribute, AttributeValue prefix) {
        return filter(functionRenderer("begins_with", attribute, prefix));
    }

    /** {@code contains(attribute, operand)}: a substring of a string, an element of a set or list. */
    public static <R, Q> Filter<R, Q> contains(String attribute, AttributeValue operand) {
        return filter(functionRenderer("contains", attribute, operand));
    }

    /** {@code attribute_type(attribute, type)}. */
    public static <R, Q> Filter<R, Q> hasType(String attribute, DynamoType type) {
        return filter(functionRenderer("attribute_type", attribute, AttributeValue.fromS(type.name())));
    }

    /** {@code attribute_exists(attribute)}. */
    public static <R, Q> Filter<R, Q> exists(String attribute) {
        return filter(p -> "attribute_exists(" + p.name(attribute) + ")");
    }

    /** {@code attribute_not_exists(attribute)}. */
    public static <R, Q> Filter<R, Q> notExists(String attribute) {
        return filter(p -> "attribute_not_exists(" + p.name(attribute) + ")");
    }

    /** {@code attribute IN (v1, v2, ...)}; DynamoDB allows 1 to 100 values. */
    public static <R, Q> Filter<R, Q> in(String attribute, List<AttributeValue> values) {
        if (values.isEmpty()) {
            throw new ValidationException("in(...) on " + attribute + " needs at least one value;"
                    + " for no value at all, leave the condition out");
        }
        List<AttributeValue> copy = List.copyOf(values);
        return filter(p -> p.name(attribute) + " IN "
                + copy.stream().map(p::value).collect(Collectors.joining(", ", "(", ")")));
    }

    /** {@code size(attribute) op size}. */
    public static <R, Q> Filter<R, Q> sizeCompare(String attribute, Comparison op, long size) {
        AttributeValue value = AttributeValue.fromN(Long.toString(size));
        return filter(p -> "size(" + p.name(attribute) + ") " + op.symbol() + " " + p.value(value));
    }

    /** {@code size(attribute) BETWEEN low AND high}. */
    public static <R, Q> Filter<R, Q> sizeBetween(String attribute, long low, long high) {
        AttributeValue lowValue = AttributeValue.fromN(Long.toString(low));
        AttributeValue highValue = AttributeValue.fromN(Long.toString(high));
        return filter(p -> "size(" + p.name(attribute) + ") BETWEEN " + p.value(lowValue)
                + " AND " + p.value(highValue));
    }

    /** Returns {@code condition} as a key condition on the sort key {@code attribute}. */
    public static <R, S> SortKeyCondition<R, S> sortKey(String attribute, Condition<R> condition) {
        return ExpressionAccess.internals().sortKeyCondition(attribute, condition::render);
    }

    private static <R, Q> Filter<R, Q> filter(Renderer renderer) {
        return ExpressionAccess.internals().filter(renderer);
    }

    private static Renderer compareRenderer(String attribute, Comparison op, AttributeValue value) {
        return p -> p.name(attribute) + " " + op.symbol() + " " + p.value(value);
    }

    private static Renderer betweenRenderer(String attribute, AttributeValue low, AttributeValue high) {
        return p -> p.name(attribute) + " BETWEEN " + p.value(low) + " AND " + p.value(high);
    }

    private static Renderer functionRenderer(String function, String attribute, AttributeValue operand) {
        return p -> function + "(" + p.name(attribute) + ", " + p.value(operand) + ")";
    }
}
