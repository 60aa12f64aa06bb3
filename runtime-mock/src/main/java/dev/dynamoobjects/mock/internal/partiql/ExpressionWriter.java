package dev.dynamoobjects.mock.internal.partiql;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.partiql.Ast.Between;
import dev.dynamoobjects.mock.internal.partiql.Ast.Binary;
import dev.dynamoobjects.mock.internal.partiql.Ast.Call;
import dev.dynamoobjects.mock.internal.partiql.Ast.Expr;
import dev.dynamoobjects.mock.internal.partiql.Ast.In;
import dev.dynamoobjects.mock.internal.partiql.Ast.IsMissing;
import dev.dynamoobjects.mock.internal.partiql.Ast.IsNull;
import dev.dynamoobjects.mock.internal.partiql.Ast.Missing;
import dev.dynamoobjects.mock.internal.partiql.Ast.Not;
import dev.dynamoobjects.mock.internal.partiql.Ast.PathExpr;
import dev.dynamoobjects.mock.internal.partiql.Ast.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Writes PartiQL expressions in DynamoDB's expression language, every name as a {@code #n}
 * placeholder and every value as a {@code :v} placeholder, so that the engine's own parser and
 * evaluator judge them. One writer serves one request: its names and values are that request's
 * ExpressionAttributeNames and ExpressionAttributeValues.
 */
final class ExpressionWriter {
    private static final Set<String> CONDITION_FUNCTIONS = Set.of("begins_with", "contains", "attribute_type");
    private static final Set<String> OPERAND_FUNCTIONS = Set.of("size");
    private static final Set<String> UPDATE_FUNCTIONS = Set.of("list_append", "if_not_exists");

    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, AttributeValue> values = new LinkedHashMap<>();

    Map<String, String> names() {
        return names.isEmpty() ? null : names;
    }

    Map<String, AttributeValue> values() {
        return values.isEmpty() ? null : values;
    }

    /** A WHERE condition as a ConditionExpression or FilterExpression. */
    String condition(Expr expr) {
        if (expr instanceof Binary b && (b.operator().equals("AND") || b.operator().equals("OR"))) {
            return "(" + condition(b.left()) + ") " + b.operator() + " (" + condition(b.right()) + ")";
        }
        if (expr instanceof Binary b && (b.operator().equals("+") || b.operator().equals("-"))) {
            throw DynamoErrors.validation(PartiqlMessages.unsupportedConditionOperator(b.operator()));
        }
        if (expr instanceof Binary b) {
            return operand(b.left()) + " " + b.operator() + " " + operand(b.right());
        }
        if (expr instanceof Not not) {
            return "NOT (" + condition(not.operand()) + ")";
        }
        if (expr instanceof Between between) {
            return operand(between.value()) + " BETWEEN " + operand(between.low()) + " AND " + operand(between.high());
        }
        if (expr instanceof In in) {
            return operand(in.value()) + " IN (" + in.options().stream().map(this::operand)
                    .collect(Collectors.joining(", ")) + ")";
        }
        if (expr instanceof IsMissing missing) {
            return (missing.negated() ? "attribute_exists(" : "attribute_not_exists(") + operand(missing.operand()) + ")";
        }
        if (expr instanceof IsNull isNull) {
            String test = "attribute_type(" + operand(isNull.operand()) + ", " + value(AttributeValue.fromS("NULL")) + ")";
            return isNull.negated() ? "NOT " + test : test;
        }
        if (expr instanceof Call call && CONDITION_FUNCTIONS.contains(call.name())) {
            return call(call);
        }
        if (expr instanceof Call call && !OPERAND_FUNCTIONS.contains(call.name())) {
            throw DynamoErrors.validation(PartiqlMessages.unrecognizedFunction(call.name()));
        }
        // A bare operand where a condition belongs: the engine reports it as its parser would.
        return operand(expr);
    }

    /** An operand of a comparison, or a SET value when {@code update} allows arithmetic and update functions. */
    String operand(Expr expr) {
        return operand(expr, false);
    }

    String updateValue(Expr expr) {
        return operand(expr, true);
    }

    private String operand(Expr expr, boolean update) {
        if (expr instanceof PathExpr path) {
            return path(path);
        }
        if (expr instanceof Value value) {
            return value(value.value());
        }
        if (expr instanceof Missing) {
            throw DynamoErrors.validation(PartiqlMessages.MISSING_COMPARED);
        }
        if (expr instanceof Binary b && update && (b.operator().equals("+") || b.operator().equals("-"))) {
            return operand(b.left(), true) + " " + b.operator() + " " + operand(b.right(), true);
        }
        if (expr instanceof Call call && (OPERAND_FUNCTIONS.contains(call.name())
                || update && UPDATE_FUNCTIONS.contains(call.name()))) {
            return call.name() + "(" + arguments(call.arguments(), update) + ")";
        }
        if (expr instanceof Call call && !CONDITION_FUNCTIONS.contains(call.name())) {
            throw DynamoErrors.validation(PartiqlMessages.unrecognizedFunction(call.name()));
        }
        if (expr instanceof Binary b && !update) {
            throw DynamoErrors.validation(PartiqlMessages.unsupportedConditionOperator(b.operator()));
        }
        // A condition where an operand belongs (a = (b = c)): the engine's parser refuses it.
        return "(" + condition(expr) + ")";
    }

    private String call(Call call) {
        return call.name() + "(" + arguments(call.arguments(), false) + ")";
    }

    private String arguments(List<Expr> arguments, boolean update) {
        return arguments.stream().map(argument -> operand(argument, update)).collect(Collectors.joining(", "));
    }

    /** A document path, each name as a placeholder. */
    String path(PathExpr path) {
        StringBuilder text = new StringBuilder();
        for (Object step : path.steps()) {
            if (step instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else {
                if (!text.isEmpty()) {
                    text.append('.');
                }
                text.append(name((String) step));
            }
        }
        return text.toString();
    }

    /** The placeholder of an attribute name. */
    String name(String name) {
        for (Map.Entry<String, String> entry : names.entrySet()) {
            if (entry.getValue().equals(name)) {
                return entry.getKey();
            }
        }
        String placeholder = "#n" + names.size();
        names.put(placeholder, name);
        return placeholder;
    }

    /** The placeholder of a value. */
    String value(AttributeValue value) {
        String placeholder = ":v" + values.size();
        values.put(placeholder, value);
        return placeholder;
    }
}
