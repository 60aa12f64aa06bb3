package dev.dynamoobjects.mock.internal.operation;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.expression.Condition;
import dev.dynamoobjects.mock.internal.expression.ExpressionKind;
import dev.dynamoobjects.mock.internal.expression.LegacyConditions;
import dev.dynamoobjects.mock.internal.expression.LegacyUpdate;
import dev.dynamoobjects.mock.internal.expression.Update;
import dev.dynamoobjects.mock.internal.store.StoredItem;
import dev.dynamoobjects.mock.internal.table.Catalog;
import dev.dynamoobjects.mock.internal.table.PrimaryKey;
import dev.dynamoobjects.mock.internal.table.Table;
import dev.dynamoobjects.mock.internal.validation.Messages;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * UpdateItem: applies an UpdateExpression to the item (or to a new item holding only the key),
 * optionally under a condition, returning old or new attributes on request.
 */
public final class UpdateItem {
    private UpdateItem() {
    }

    public static UpdateItemResponse execute(Catalog catalog, UpdateItemRequest request) {
        EnumParameters.of(Constraints.of().tableName(request.tableName()).notNull("key", request.hasKey()))
                .attributeUpdates(request.attributeUpdates())
                .conditionalOperator(request.conditionalOperatorAsString())
                .expected(request.hasExpected() ? request.expected() : null)
                .returnConsumedCapacity(request.returnConsumedCapacityAsString())
                .returnItemCollectionMetrics(request.returnItemCollectionMetricsAsString())
                .returnValues(request.returnValuesAsString())
                .returnValuesOnConditionCheckFailure(request.returnValuesOnConditionCheckFailureAsString())
                .check();
        ParameterMix.of()
                .legacy(ParameterMix.Legacy.AttributeUpdates, request.hasAttributeUpdates())
                .legacy(ParameterMix.Legacy.Expected, request.hasExpected())
                .conditionalOperator(request.conditionalOperatorAsString())
                .expression(ParameterMix.Expression.UpdateExpression, request.updateExpression())
                .expression(ParameterMix.Expression.ConditionExpression, request.conditionExpression())
                .check();
        Table table = catalog.table(request.tableName());
        ReturnValue returnValues = ReturnValuesRule.any(request.returnValues());
        RequestExpressions expressions = new RequestExpressions(request.expressionAttributeNames(),
                request.expressionAttributeValues(), Messages.NULL_UPDATE_AND_CONDITION);
        Update update = update(request, expressions);
        Condition condition = expressions.condition(request.conditionExpression(), ExpressionKind.CONDITION,
                request.hasExpected()
                        ? () -> LegacyConditions.expected(request.expected(), request.conditionalOperator()) : null);
        expressions.checkAllUsed();
        expressions.checkKeyPaths(table);
        PrimaryKey key = Keys.of(table, request.key(), request.hasKey());
        StoredItem old = table.get(key);
        ItemWrites.checkCondition(condition, old, request.returnValuesOnConditionCheckFailureAsString());
        // The update's own key problems come after the condition, a written key (SET pk[0] too) before
        // a path into a key, as DynamoDB Local answers.
        checkKeysNotWritten(table, update);
        expressions.checkKeyPathsOfUpdate(table);
        if (old == null && update != null && !update.createsItem()) {
            return UpdateItemResponse.builder()
                    .consumedCapacity(Capacity.write(request.returnConsumedCapacityAsString(), table, null, null))
                    .build();
        }
        Map<String, AttributeValue> base = old == null ? request.key() : old.attributes();
        Map<String, AttributeValue> updated = update == null ? base : update.apply(base);
        ItemWrites.PreparedItem prepared = ItemWrites.prepareUpdated(table, updated,
                request.updateExpression() != null);
        table.put(prepared.key(), prepared.item());
        return UpdateItemResponse.builder()
                .attributes(returned(returnValues, update, old, prepared.item()))
                .consumedCapacity(Capacity.write(request.returnConsumedCapacityAsString(), table, old,
                        prepared.item()))
                .itemCollectionMetrics(ItemCollections.of(request.returnItemCollectionMetricsAsString(), table,
                        prepared.item().attributes()))
                .build();
    }

    /** Returns the UpdateExpression or the legacy AttributeUpdates, or null when the request has neither. */
    private static Update update(UpdateItemRequest request, RequestExpressions expressions) {
        if (request.hasAttributeUpdates()) {
            return LegacyUpdate.of(request.attributeUpdates());
        }
        return request.updateExpression() == null ? null : expressions.context().update(request.updateExpression());
    }

    private static Map<String, AttributeValue> returned(ReturnValue returnValues, Update update, StoredItem old,
                                                        StoredItem updated) {
        switch (returnValues) {
            case ALL_OLD:
                return old == null ? null : old.attributes();
            case ALL_NEW:
                return updated.attributes();
            case UPDATED_OLD:
                return old == null || update == null ? null : nullIfEmpty(update.projectUpdated(old.attributes()));
            case UPDATED_NEW:
                return update == null ? null : nullIfEmpty(update.projectUpdated(updated.attributes()));
            default:
                return null;
        }
    }

    private static Map<String, AttributeValue> nullIfEmpty(Map<String, AttributeValue> attributes) {
        return attributes.isEmpty() ? null : attributes;
    }

    private static void checkKeysNotWritten(Table table, Update update) {
        if (update != null) {
            for (String written : update.writtenAttributes()) {
                if (table.keys().isKey(written)) {
                    throw DynamoErrors.validation(Messages.keyAttributeUpdated(written));
                }
            }
        }
    }
}
