package dev.dynamoobjects.mock.internal.transaction;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.expression.Condition;
import dev.dynamoobjects.mock.internal.expression.ExpressionContext;
import dev.dynamoobjects.mock.internal.expression.ExpressionKind;
import dev.dynamoobjects.mock.internal.limit.Limits;
import dev.dynamoobjects.mock.internal.operation.DeleteItem;
import dev.dynamoobjects.mock.internal.operation.EnumParameters;
import dev.dynamoobjects.mock.internal.operation.ItemWrites;
import dev.dynamoobjects.mock.internal.operation.Keys;
import dev.dynamoobjects.mock.internal.operation.PutItem;
import dev.dynamoobjects.mock.internal.operation.UpdateItem;
import dev.dynamoobjects.mock.internal.store.StoredItem;
import dev.dynamoobjects.mock.internal.table.Catalog;
import dev.dynamoobjects.mock.internal.table.PrimaryKey;
import dev.dynamoobjects.mock.internal.table.Table;
import dev.dynamoobjects.mock.internal.validation.ItemValues;
import dev.dynamoobjects.mock.internal.validation.Messages;
import java.util.Map;
import java.util.stream.Stream;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Capacity;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * One item of a TransactWriteItems request: its single operation, its table and key once resolved,
 * and how to run it as the matching single-item operation would.
 */
final class WriteItem {
    private final TransactWriteItem request;
    private final String tableName;
    private Table table;
    private PrimaryKey key;
    private long size;
    private String invalid;

    private WriteItem(TransactWriteItem request, String tableName) {
        this.request = request;
        this.tableName = tableName;
    }

    /** Checks that the item holds exactly one operation; {@code position} counts from 1. */
    static WriteItem of(TransactWriteItem request, int position) {
        long operations = Stream.of(request.conditionCheck(), request.put(), request.delete(), request.update())
                .filter(o -> o != null).count();
        if (operations == 0) {
            throw DynamoErrors.validation(TransactionMessages.NO_OPERATION);
        }
        if (operations > 1) {
            throw DynamoErrors.validation(TransactionMessages.SEVERAL_OPERATIONS);
        }
        if (request.conditionCheck() != null && request.conditionCheck().conditionExpression() == null) {
            throw DynamoErrors.validation(TransactionMessages.missingCondition(position));
        }
        WriteItem item = new WriteItem(request, tableName(request));
        item.checkReturnValuesOnFailure(position);
        return item;
    }

    /** Refuses a bad ReturnValuesOnConditionCheckFailure up front, named by its place in the request. */
    private void checkReturnValuesOnFailure(int position) {
        String onFailure = request.put() != null ? request.put().returnValuesOnConditionCheckFailureAsString()
                : request.update() != null ? request.update().returnValuesOnConditionCheckFailureAsString()
                : request.delete() != null ? request.delete().returnValuesOnConditionCheckFailureAsString()
                : request.conditionCheck().returnValuesOnConditionCheckFailureAsString();
        EnumParameters.at("transactItems." + position + ".member." + action() + ".")
                .returnValuesOnConditionCheckFailure(onFailure)
                .check();
    }

    /**
     * Parses the item's expressions, so that a syntax error in any item is reported before the
     * tables and keys of all of them, as DynamoDB Local reports it. The parses are cached, so running
     * the item parses nothing again.
     */
    void parseExpressions() {
        if (request.update() != null) {
            Update update = request.update();
            ExpressionContext context = context(update.expressionAttributeNames(), update.expressionAttributeValues());
            if (update.updateExpression() != null) {
                context.update(update.updateExpression());
            }
            parseCondition(context, update.conditionExpression());
        } else if (request.put() != null) {
            Put put = request.put();
            parseCondition(context(put.expressionAttributeNames(), put.expressionAttributeValues()),
                    put.conditionExpression());
        } else if (request.delete() != null) {
            Delete delete = request.delete();
            parseCondition(context(delete.expressionAttributeNames(), delete.expressionAttributeValues()),
                    delete.conditionExpression());
        } else {
            ConditionCheck check = request.conditionCheck();
            parseCondition(context(check.expressionAttributeNames(), check.expressionAttributeValues()),
                    check.conditionExpression());
        }
    }

    private static ExpressionContext context(Map<String, String> names, Map<String, AttributeValue> values) {
        return new ExpressionContext(names(names), values(values));
    }

    private static void parseCondition(ExpressionContext context, String expression) {
        if (expression != null) {
            context.condition(expression, ExpressionKind.CONDITION);
        }
    }

    TransactWriteItem request() {
        return request;
    }

    /** The item's operation as DynamoDB names its member: put, update, delete or conditionCheck. */
    String action() {
        if (request.put() != null) {
            return "put";
        }
        if (request.update() != null) {
            return "update";
        }
        return request.delete() != null ? "delete" : "conditionCheck";
    }

    String tableName() {
        return tableName;
    }

    private static String tableName(TransactWriteItem request) {
        if (request.put() != null) {
            return request.put().tableName();
        }
        if (request.update() != null) {
            return request.update().tableName();
        }
        if (request.delete() != null) {
            return request.delete().tableName();
        }
        return request.conditionCheck().tableName();
    }

    /**
     * Finds the table and checks the key; throws DynamoDB's errors. A Put whose item fails
     * validation does not throw: DynamoDB cancels the transaction with a ValidationError reason for
     * that item (see {@link #invalid()}).
     */
    void resolve(Catalog catalog) {
        table = catalog.table(tableName);
        if (request.put() != null) {
            try {
                ItemWrites.PreparedItem prepared = ItemWrites.prepare(table, request.put().item());
                key = prepared.key();
                size = prepared.item().size();
            } catch (DynamoDbException e) {
                if (!cancelsItem(e)) {
                    throw e;
                }
                invalid = e.awsErrorDetails().errorMessage();
            }
        } else {
            Map<String, AttributeValue> keyMap = keyMap();
            boolean given = !(keyMap instanceof SdkAutoConstructMap);
            if (given) {
                // Missing or extra key attributes fail the request; a key value of another type only the item.
                table.keys().checkAttributeNames(keyMap);
            }
            try {
                key = Keys.of(table, keyMap, given);
                size = ItemValues.itemSize(keyMap);
            } catch (DynamoDbException e) {
                if (!cancelsItem(e)) {
                    throw e;
                }
                invalid = e.awsErrorDetails().errorMessage();
            }
        }
    }

    /**
     * Returns true for the validation errors of an item's values that DynamoDB reports as that
     * item's ValidationError cancellation reason; it fails the whole request for the others (a
     * missing or empty key, a too large Put). A key map whose attribute names are right and still
     * does not match the schema has a value of another type.
     */
    static boolean cancelsItem(DynamoDbException error) {
        if (!DynamoErrors.isValidation(error)) {
            return false;
        }
        String message = error.awsErrorDetails().errorMessage();
        return message.startsWith(Messages.KEY_TYPE_MISMATCH) || message.startsWith(Messages.INDEX_KEY_TYPE_MISMATCH)
                || message.equals(Messages.KEY_SCHEMA_MISMATCH) || message.equals(Messages.ITEM_TO_UPDATE_TOO_LARGE);
    }

    /** The message of the validation error that cancels this item, or null when it is valid. */
    String invalid() {
        return invalid;
    }

    Table table() {
        return table;
    }

    PrimaryKey key() {
        return key;
    }

    /** The item's share of the transaction's 4 MB payload. */
    long size() {
        return size;
    }

    /** The item a Put writes, or the key the other operations name: where the partition key is read. */
    Map<String, AttributeValue> written() {
        return request.put() != null ? request.put().item() : keyMap();
    }

    boolean isCheck() {
        return request.conditionCheck() != null;
    }

    /**
     * Runs the operation; throws ConditionalCheckFailedException when its condition fails, and
     * DynamoDB's other errors when the item cannot be written. Returns its capacity, split by index.
     */
    ConsumedCapacity apply(Catalog catalog) {
        ReturnConsumedCapacity indexes = ReturnConsumedCapacity.INDEXES;
        if (request.put() != null) {
            Put put = request.put();
            return PutItem.execute(catalog, PutItemRequest.builder().tableName(put.tableName()).item(put.item())
                    .conditionExpression(put.conditionExpression())
                    .expressionAttributeNames(names(put.expressionAttributeNames()))
                    .expressionAttributeValues(values(put.expressionAttributeValues()))
                    .returnValuesOnConditionCheckFailure(put.returnValuesOnConditionCheckFailureAsString())
                    .returnConsumedCapacity(indexes).build()).consumedCapacity();
        }
        if (request.update() != null) {
            Update update = request.update();
            return UpdateItem.execute(catalog, UpdateItemRequest.builder().tableName(update.tableName())
                    .key(update.key()).updateExpression(update.updateExpression())
                    .conditionExpression(update.conditionExpression())
                    .expressionAttributeNames(names(update.expressionAttributeNames()))
                    .expressionAttributeValues(values(update.expressionAttributeValues()))
                    .returnValuesOnConditionCheckFailure(update.returnValuesOnConditionCheckFailureAsString())
                    .returnConsumedCapacity(indexes).build()).consumedCapacity();
        }
        if (request.delete() != null) {
            Delete delete = request.delete();
            return DeleteItem.execute(catalog, DeleteItemRequest.builder().tableName(delete.tableName())
                    .key(delete.key()).conditionExpression(delete.conditionExpression())
                    .expressionAttributeNames(names(delete.expressionAttributeNames()))
                    .expressionAttributeValues(values(delete.expressionAttributeValues()))
                    .returnValuesOnConditionCheckFailure(delete.returnValuesOnConditionCheckFailureAsString())
                    .returnConsumedCapacity(indexes).build()).consumedCapacity();
        }
        return check(request.conditionCheck());
    }

    private ConsumedCapacity check(ConditionCheck check) {
        ExpressionContext context = new ExpressionContext(names(check.expressionAttributeNames()),
                values(check.expressionAttributeValues()));
        Condition condition = context.condition(check.conditionExpression(), ExpressionKind.CONDITION);
        context.checkAllUsed();
        StoredItem current = table.get(key);
        ItemWrites.checkCondition(condition, current, check.returnValuesOnConditionCheckFailureAsString());
        // A condition check costs the write units of the item it reads, on the table only.
        double units = Math.max(1, ((current == null ? 0 : current.size()) + Limits.WRITE_UNIT_SIZE - 1)
                / Limits.WRITE_UNIT_SIZE);
        return ConsumedCapacity.builder().tableName(table.name())
                .table(Capacity.builder().capacityUnits(units).build())
                .build();
    }

    private Map<String, AttributeValue> keyMap() {
        if (request.update() != null) {
            return request.update().key();
        }
        if (request.delete() != null) {
            return request.delete().key();
        }
        return request.conditionCheck().key();
    }

    /** The SDK's stand-in for an absent map reads as "not given". */
    private static Map<String, String> names(Map<String, String> names) {
        return names instanceof SdkAutoConstructMap ? null : names;
    }

    private static Map<String, AttributeValue> values(Map<String, AttributeValue> values) {
        return values instanceof SdkAutoConstructMap ? null : values;
    }
}
