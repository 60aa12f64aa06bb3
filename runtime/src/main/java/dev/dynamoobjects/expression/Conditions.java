package dev.dynamoobjects.expression;

import dev.dynamoobjects.exception.ValidationException;
import java.util.List;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Builds conditions from attribute names and encoded values. The typed attribute constants
 * ({@code StoreTable.NAME.eq("x")}) call these; application code uses the constants.
 */
public final class Conditions {
    private Conditions() {
    }

    /** {@code attribute op value}. */
    public static <R> Condition<R> compare(String attribute, Comparison op, AttributeValue value) {
        return new Condition<>(compareRenderer(attribute, op, value));
    }

    /** {@code attribute op value} on a sort key, usable as a query's key condition. */
    public static <R> KeyCondition<R> keyCompare(String attribute, Comparison op, AttributeValue value) {
        return new KeyCondition<>(attribute, compareRenderer(attribute, op, value));
    }

    /** {@code attribute BETWEEN low AND high}, both ends included. */
    public static <R> Condition<R> between(String attribute, AttributeValue low, AttributeValue high) {
        return new Condition<>(betweenRenderer(attribute, low, high));
    }

    /** {@code attribute BETWEEN low AND high} on a sort key. */
    public static <R> KeyCondition<R> keyBetween(String attribute, AttributeValue low, AttributeValue high) {
        return new KeyCondition<>(attribute, betweenRenderer(attribute, low, high));
    }

    /** {@code begins_with(attribute, prefix)}. */
    public static <R> Condition<R> beginsWith(String attribute, AttributeValue prefix) {
        return new Condition<>(functionRenderer("begins_with", attribute, prefix));
    }

    /** {@code begins_with(attribute, prefix)} on a sort key. */
    public static <R> KeyCondition<R> keyBeginsWith(String attribute, AttributeValue prefix) {
        return new KeyCondition<>(attribute, functionRenderer("begins_with", attribute, prefix));
    }

    /** {@code contains(attribute, operand)}: a substring of a string, an element of a set or list. */
    public static <R> Condition<R> contains(String attribute, AttributeValue operand) {
        return new Condition<>(functionRenderer("contains", attribute, operand));
    }

    /** {@code attribute_type(attribute, type)}. */
    public static <R> Condition<R> hasType(String attribute, DynamoType type) {
        return new Condition<>(functionRenderer("attribute_type", attribute, AttributeValue.fromS(type.name())));
    }

    /** {@code attribute_exists(attribute)}. */
    public static <R> Condition<R> exists(String attribute) {
        return new Condition<>(p -> "attribute_exists(" + p.name(attribute) + ")");
    }

    /** {@code attribute_not_exists(attribute)}. */
    public static <R> Condition<R> notExists(String attribute) {
        return new Condition<>(p -> "attribute_not_exists(" + p.name(attribute) + ")");
    }

    /** {@code attribute IN (v1, v2, ...)}; DynamoDB allows 1 to 100 values. */
    public static <R> Condition<R> in(String attribute, List<AttributeValue> values) {
        if (values.isEmpty()) {
            throw new ValidationException("in(...) on " + attribute + " needs at least one value;"
                    + " for no value at all, leave the condition out");
        }
        List<AttributeValue> copy = List.copyOf(values);
        return new Condition<>(p -> p.name(attribute) + " IN "
                + copy.stream().map(p::value).collect(Collectors.joining(", ", "(", ")")));
    }

    /** {@code size(attribute) op size}. */
    public static <R> Condition<R> sizeCompare(String attribute, Comparison op, long size) {
        AttributeValue value = AttributeValue.fromN(Long.toString(size));
        return new Condition<>(p -> "size(" + p.name(attribute) + ") " + op.symbol() + " " + p.value(value));
    }

    /** {@code size(attribute) BETWEEN low AND high}. */
    public static <R> Condition<R> sizeBetween(String attribute, long low, long high) {
        AttributeValue lowValue = AttributeValue.fromN(Long.toString(low));
        AttributeValue highValue = AttributeValue.fromN(Long.toString(high));
        return new Condition<>(p -> "size(" + p.name(attribute) + ") BETWEEN " + p.value(lowValue)
                + " AND " + p.value(highValue));
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
