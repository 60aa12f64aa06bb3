package dev.dynamoobjects.mock.internal.expression;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One expression to try on both DynamoDB Local and the emulator, written on one line as
 * {@code operation|expression|names|values|item} with JSON maps and {@code -} for none. The
 * operations: {@code cond} (a ConditionExpression on an UpdateItem), {@code filter} (a Scan's
 * FilterExpression), {@code upd}, {@code updold} and {@code updnew} (an UpdateExpression returning
 * ALL_NEW, UPDATED_OLD or UPDATED_NEW), {@code proj} (a GetItem's ProjectionExpression) and
 * {@code query} (a Query's KeyConditionExpression over sort keys 0 to 4 of partition "p").
 * The item, when given, is stored first under key {@code id = "k"}.
 */
record ExpressionCase(String operation, String expression, String names, String values, String item) {

    static ExpressionCase parse(String line) {
        String[] fields = line.split("\\|", -1);
        return new ExpressionCase(fields[0], fields[1], field(fields, 2), field(fields, 3), field(fields, 4));
    }

    private static String field(String[] fields, int index) {
        return index < fields.length && !fields[index].equals("-") ? fields[index] : null;
    }

    Map<String, String> nameMap() {
        return Json.names(names);
    }

    Map<String, AttributeValue> valueMap() {
        return Json.item(values);
    }

    /** The stored item with its key, or null when the case stores none. */
    Map<String, AttributeValue> storedItem() {
        Map<String, AttributeValue> stored = Json.item(item);
        if (stored != null) {
            stored.putIfAbsent("id", AttributeValue.fromS("k"));
        }
        return stored;
    }

    @Override
    public String toString() {
        return operation + " " + expression;
    }
}
