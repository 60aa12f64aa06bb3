package dev.dynamoobjects.mock.internal.partiql;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.partiql.Ast.Expr;
import dev.dynamoobjects.mock.internal.partiql.Ast.Select;
import dev.dynamoobjects.mock.internal.table.Catalog;
import dev.dynamoobjects.mock.internal.table.KeyAttribute;
import dev.dynamoobjects.mock.internal.table.KeySchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Get;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

/**
 * A SELECT of one item by its full key and nothing else, the only read a batch or a transaction
 * takes: a GetItem (or a transaction's Get) with the projection list as its ProjectionExpression.
 */
record KeyedRead(Select select, Map<String, AttributeValue> key, String projection, Map<String, String> names) {

    /** The read, or DynamoDB's {@code notSingleItem} error when the statement is anything more. */
    static KeyedRead of(Catalog catalog, Select select, String notSingleItem) {
        KeySchema keys = catalog.table(select.table()).keys();
        Conjuncts where = new Conjuncts(select.where());
        if (select.index() != null || !select.orderBy().isEmpty() || where.terms().size() != keys.size()) {
            throw DynamoErrors.validation(notSingleItem);
        }
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (String name : keys.names()) {
            KeyAttribute attribute = keys.hash().name().equals(name) ? keys.hash() : keys.range();
            Expr term = where.fixesToNonKeyValue(name) ? null : where.fixing(attribute);
            if (term == null) {
                throw DynamoErrors.validation(notSingleItem);
            }
            key.put(name, Conjuncts.equality(term, name));
        }
        ExpressionWriter writer = new ExpressionWriter();
        String projection = select.projection().isEmpty() ? null
                : select.projection().stream().map(writer::path).collect(Collectors.joining(", "));
        return new KeyedRead(select, key, projection, writer.names());
    }

    String table() {
        return select.table();
    }

    GetItemRequest getItem(Boolean consistentRead) {
        return GetItemRequest.builder().tableName(table()).key(key).projectionExpression(projection)
                .expressionAttributeNames(names).consistentRead(consistentRead).build();
    }

    Get get() {
        return Get.builder().tableName(table()).key(key).projectionExpression(projection)
                .expressionAttributeNames(names).build();
    }

    /** The item as the statement selects it (nested paths flattened as DynamoDB Local does). */
    Map<String, AttributeValue> project(Map<String, AttributeValue> item) {
        return ProjectedItems.of(new ArrayList<>(List.of(item)), select.projection()).get(0);
    }
}
