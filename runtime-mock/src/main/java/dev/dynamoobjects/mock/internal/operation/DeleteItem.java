package dev.dynamoobjects.mock.internal.operation;

import dev.dynamoobjects.mock.internal.expression.Condition;
import dev.dynamoobjects.mock.internal.expression.ExpressionKind;
import dev.dynamoobjects.mock.internal.expression.LegacyConditions;
import dev.dynamoobjects.mock.internal.store.StoredItem;
import dev.dynamoobjects.mock.internal.table.Catalog;
import dev.dynamoobjects.mock.internal.table.PrimaryKey;
import dev.dynamoobjects.mock.internal.table.Table;
import dev.dynamoobjects.mock.internal.validation.Messages;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;

/** DeleteItem: removes an item by key, optionally under a condition, returning it on request. */
public final class DeleteItem {
    private DeleteItem() {
    }

    public static DeleteItemResponse execute(Catalog catalog, DeleteItemRequest request) {
        EnumParameters.of(Constraints.of().tableName(request.tableName()).notNull("key", request.hasKey()))
                .conditionalOperator(request.conditionalOperatorAsString())
                .expected(request.hasExpected() ? request.expected() : null)
                .returnConsumedCapacity(request.returnConsumedCapacityAsString())
                .returnItemCollectionMetrics(request.returnItemCollectionMetricsAsString())
                .returnValues(request.returnValuesAsString())
                .returnValuesOnConditionCheckFailure(request.returnValuesOnConditionCheckFailureAsString())
                .check();
        ParameterMix.of()
                .legacy(ParameterMix.Legacy.Expected, request.hasExpected())
                .conditionalOperator(request.conditionalOperatorAsString())
                .expression(ParameterMix.Expression.ConditionExpression, request.conditionExpression())
                .check();
        Table table = catalog.table(request.tableName());
        boolean returnsOld = ReturnValuesRule.returnsOld(request.returnValuesAsString());
        RequestExpressions expressions = new RequestExpressions(request.expressionAttributeNames(),
                request.expressionAttributeValues(), Messages.NULL_CONDITION);
        Condition condition = expressions.condition(request.conditionExpression(), ExpressionKind.CONDITION,
                request.hasExpected()
                        ? () -> LegacyConditions.expected(request.expected(), request.conditionalOperator()) : null);
        expressions.checkAllUsed();
        expressions.checkKeyPaths(table);
        PrimaryKey key = Keys.of(table, request.key(), request.hasKey());
        StoredItem old = table.get(key);
        ItemWrites.checkCondition(condition, old, request.returnValuesOnConditionCheckFailureAsString());
        table.delete(key);
        DeleteItemResponse.Builder response = DeleteItemResponse.builder()
                .consumedCapacity(Capacity.write(request.returnConsumedCapacityAsString(), table, old, null))
                .itemCollectionMetrics(ItemCollections.of(request.returnItemCollectionMetricsAsString(), table,
                        old == null ? request.key() : old.attributes()));
        if (returnsOld && old != null) {
            response.attributes(old.attributes());
        }
        return response.build();
    }
}
