package dev.dynamoobjects.mock.internal.partiql;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.partiql.Ast.Assignment;
import dev.dynamoobjects.mock.internal.partiql.Ast.Call;
import dev.dynamoobjects.mock.internal.partiql.Ast.Delete;
import dev.dynamoobjects.mock.internal.partiql.Ast.Expr;
import dev.dynamoobjects.mock.internal.partiql.Ast.Insert;
import dev.dynamoobjects.mock.internal.partiql.Ast.PathExpr;
import dev.dynamoobjects.mock.internal.partiql.Ast.Update;
import dev.dynamoobjects.mock.internal.table.Catalog;
import dev.dynamoobjects.mock.internal.table.KeyAttribute;
import dev.dynamoobjects.mock.internal.table.KeySchema;
import dev.dynamoobjects.mock.internal.value.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An INSERT, UPDATE, DELETE or EXISTS as the pieces of the single-item request the expression API
 * would make: the table, the item or key, the update and condition expressions with their names
 * and values, and the ReturnValue. {@link WriteRequests} turns them into PutItem, UpdateItem,
 * DeleteItem or a transaction's items.
 *
 * @param item          the item an INSERT puts, null otherwise
 * @param key           the key of the item the statement writes or checks
 * @param update        the UpdateExpression of an UPDATE, null otherwise
 * @param condition     the ConditionExpression, null when none
 * @param returnValues  the ReturnValue name, null when none
 */
record WriteRequest(Kind kind, String table, Map<String, AttributeValue> item, Map<String, AttributeValue> key,
                    String update, String condition, Map<String, String> names, Map<String, AttributeValue> values,
                    String returnValues) {

    enum Kind { INSERT, UPDATE, DELETE, CHECK }

    /** An INSERT: a put on condition that no item has its key. */
    static WriteRequest insert(Catalog catalog, Insert insert) {
        KeySchema keys = catalog.table(insert.table()).keys();
        if (insert.item().m() == null) {
            throw new SyntaxError();
        }
        Map<String, AttributeValue> item = insert.item().m();
        for (KeyAttribute key : keys.names().stream().map(name -> attribute(keys, name)).toList()) {
            AttributeValue value = item.get(key.name());
            if (value == null) {
                throw DynamoErrors.validation(PartiqlMessages.keyMissing(key.name()));
            }
            Conjuncts.checkType(key, value);
        }
        ExpressionWriter writer = new ExpressionWriter();
        String condition = "attribute_not_exists(" + writer.name(keys.hash().name()) + ")";
        return new WriteRequest(Kind.INSERT, insert.table(), item, keys.keyAttributes(item), null, condition,
                writer.names(), null, null);
    }

    /** An UPDATE: an update of the keyed item on condition that it exists and the rest of WHERE holds. */
    static WriteRequest update(Catalog catalog, Update update) {
        ExpressionWriter writer = new ExpressionWriter();
        KeyedItem keyed = KeyedItem.of(catalog.table(update.table()).keys(), update.where());
        String exists = "attribute_exists(" + writer.name(keyed.hashName()) + ")";
        String condition = keyed.rest() == null ? exists : exists + " AND (" + writer.condition(keyed.rest()) + ")";
        String expression = updateExpression(update, writer);
        return new WriteRequest(Kind.UPDATE, update.table(), null, keyed.key(), expression, condition,
                writer.names(), writer.values(), update.returning());
    }

    /**
     * A DELETE: a delete of the keyed item on condition that the rest of WHERE holds. A missing item
     * is no failure: DynamoDB Local deletes nothing and answers success, with or without conditions.
     */
    static WriteRequest delete(Catalog catalog, Delete delete) {
        ExpressionWriter writer = new ExpressionWriter();
        KeyedItem keyed = KeyedItem.of(catalog.table(delete.table()).keys(), delete.where());
        String condition = keyed.rest() == null ? null
                : "attribute_not_exists(" + writer.name(keyed.hashName()) + ") OR (" + writer.condition(keyed.rest()) + ")";
        return new WriteRequest(Kind.DELETE, delete.table(), null, keyed.key(), null, condition,
                writer.names(), writer.values(), delete.returning());
    }

    /** An EXISTS in a transaction: a condition check that the keyed item exists and the rest of WHERE holds. */
    static WriteRequest check(Catalog catalog, Ast.Select select) {
        ExpressionWriter writer = new ExpressionWriter();
        KeyedItem keyed = KeyedItem.of(catalog.table(select.table()).keys(), select.where());
        String exists = "attribute_exists(" + writer.name(keyed.hashName()) + ")";
        String condition = keyed.rest() == null ? exists : exists + " AND (" + writer.condition(keyed.rest()) + ")";
        return new WriteRequest(Kind.CHECK, select.table(), null, keyed.key(), null, condition,
                writer.names(), writer.values(), null);
    }

    private static KeyAttribute attribute(KeySchema keys, String name) {
        return keys.hash().name().equals(name) ? keys.hash() : keys.range();
    }

    /** SET and REMOVE as an UpdateExpression; {@code set_add} and {@code set_delete} become ADD and DELETE. */
    private static String updateExpression(Update update, ExpressionWriter writer) {
        List<String> sets = new ArrayList<>();
        List<String> adds = new ArrayList<>();
        List<String> deletes = new ArrayList<>();
        for (Assignment assignment : update.sets()) {
            String path = writer.path(assignment.path());
            if (assignment.value() instanceof Call call && isSetFunction(call, assignment.path())) {
                String operand = path + " " + writer.updateValue(call.arguments().get(1));
                (call.name().equals("set_add") ? adds : deletes).add(operand);
            } else {
                sets.add(path + " = " + writer.updateValue(assignment.value()));
            }
        }
        List<String> removes = update.removes().stream().map(writer::path).toList();
        StringBuilder expression = new StringBuilder();
        clause(expression, "SET", sets);
        clause(expression, "REMOVE", removes);
        clause(expression, "ADD", adds);
        clause(expression, "DELETE", deletes);
        return expression.toString();
    }

    private static boolean isSetFunction(Call call, PathExpr target) {
        return (call.name().equals("set_add") || call.name().equals("set_delete")) && call.arguments().size() == 2
                && call.arguments().get(0).equals(target);
    }

    private static void clause(StringBuilder expression, String keyword, List<String> actions) {
        if (!actions.isEmpty()) {
            expression.append(expression.isEmpty() ? "" : " ").append(keyword).append(' ')
                    .append(String.join(", ", actions));
        }
    }

    /** The key a WHERE fixes with equalities on every key attribute, and the terms left over. */
    private record KeyedItem(Map<String, AttributeValue> key, String hashName, Expr rest) {
        static KeyedItem of(KeySchema keys, Expr where) {
            Conjuncts conjuncts = new Conjuncts(where);
            Map<String, AttributeValue> key = new LinkedHashMap<>();
            List<Expr> taken = new ArrayList<>();
            for (String name : keys.names()) {
                KeyAttribute attribute = attribute(keys, name);
                for (Expr term : conjuncts.terms()) {
                    AttributeValue value = Conjuncts.equality(term, name);
                    if (value == null) {
                        continue;
                    }
                    if (key.containsKey(name)) {
                        throw DynamoErrors.validation(PartiqlMessages.sameKeyTwice(name));
                    }
                    if (!Conjuncts.isKeyType(value)) {
                        throw DynamoErrors.validation(PartiqlMessages.keyNotScalar(name, Values.typeName(value)));
                    }
                    Conjuncts.checkType(attribute, value);
                    key.put(name, value);
                    taken.add(term);
                }
                if (!key.containsKey(name)) {
                    throw DynamoErrors.validation(PartiqlMessages.NOT_FULL_KEY);
                }
            }
            return new KeyedItem(key, keys.hash().name(), conjuncts.without(taken));
        }
    }
}
