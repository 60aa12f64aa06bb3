package dev.dynamoobjects.mock.internal.operation;

import dev.dynamoobjects.mock.internal.expression.Condition;
import dev.dynamoobjects.mock.internal.expression.ExpressionKind;
import dev.dynamoobjects.mock.internal.expression.LegacyConditions;
import dev.dynamoobjects.mock.internal.store.StoredItem;
import dev.dynamoobjects.mock.internal.table.Catalog;
import dev.dynamoobjects.mock.internal.table.Table;
import dev.dynamoobjects.mock.internal.validation.Messages;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;

/** PutItem: stores a whole item, optionally under a condition, returning the old one on request. */
public final class PutItem {
    private PutItem() {
    }

    public static PutItemResponse execute(Catalog catalog, PutItemRequest request) {
        // Item is required: DynamoDB's request validation names it ("Value null at 'item' ...").
        EnumParameters.of(Constraints.of().tableName(request.tableName()).notNull("item", request.hasItem()))
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
        ItemWrites.PreparedItem prepared = ItemWrites.prepare(table, request.item());
        StoredItem old = table.get(prepared.key());
        ItemWrites.checkCondition(condition, old, request.returnValuesOnConditionCheckFailureAsString());
        table.put(prepared.key(), prepared.item());
        PutItemResponse.Builder response = PutItemResponse.builder()
                .consumedCapacity(Capacity.write(request.returnConsumedCapacityAsString(), table, old,
                        prepared.item()))
                .itemCollectionMetrics(ItemCollections.of(request.returnItemCollectionMetricsAsString(), table,
                        prepared.item().attributes()));
        if (returnsOld && old != null) {
            response.attributes(old.attributes());
        }
        return response.build();
    }
}
