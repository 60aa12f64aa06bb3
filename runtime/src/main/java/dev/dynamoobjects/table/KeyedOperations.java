package dev.dynamoobjects.table;

import dev.dynamoobjects.attribute.Incrementable;
import dev.dynamoobjects.exception.ConditionFailedException;
import dev.dynamoobjects.exception.RecordNotFoundException;
import dev.dynamoobjects.exception.ValidationException;
import dev.dynamoobjects.expression.Condition;
import dev.dynamoobjects.expression.ExpressionAttributes;
import dev.dynamoobjects.expression.KeyCondition;
import dev.dynamoobjects.expression.Update;
import dev.dynamoobjects.internal.expression.Updates;
import dev.dynamoobjects.internal.table.RawTable;
import dev.dynamoobjects.internal.table.Writes;
import dev.dynamoobjects.schema.IndexSchema;
import dev.dynamoobjects.schema.KeyAttribute;
import dev.dynamoobjects.schema.TableSchema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/** A table's operations by raw key map: what its generated subclass calls, through {@link RawTable}. */
final class KeyedOperations<R> implements RawTable<R> {
    private final Table<R> table;

    KeyedOperations(Table<R> table) {
        this.table = table;
    }

    private TableSchema schema() {
        return table.schema();
    }

    @Override
    public Map<String, AttributeValue> key(AttributeValue partitionKey) {
        return Map.of(schema().partitionKey().name(), partitionKey);
    }

    @Override
    public Map<String, AttributeValue> key(AttributeValue partitionKey, AttributeValue sortKey) {
        return Map.of(schema().partitionKey().name(), partitionKey, schema().sortKey().name(), sortKey);
    }

    @Override
    public ItemKey<R> itemKey(Map<String, AttributeValue> key) {
        return new ItemKey<>(table, key);
    }

    @Override
    public R get(Map<String, AttributeValue> key) {
        return find(key).orElseThrow(() -> new RecordNotFoundException(table.tableName(), key));
    }

    @Override
    public Optional<R> find(Map<String, AttributeValue> key) {
        return table.itemWithKey(key).map(table::toRecord);
    }

    @Override
    public R getOrDefault(Map<String, AttributeValue> key) {
        return find(key).orElseGet(() -> table.mapper().fromItem(key));
    }

    @Override
    public Optional<R> delete(Map<String, AttributeValue> key, Condition<R> condition) {
        ExpressionAttributes attributes = new ExpressionAttributes();
        DeleteItemRequest request = DeleteItemRequest.builder()
                .tableName(table.tableName()).key(key).returnValues(ReturnValue.ALL_OLD)
                .conditionExpression(Writes.render(condition, attributes))
                .returnValuesOnConditionCheckFailure(Writes.onFailure(condition))
                .expressionAttributeNames(attributes.names())
                .expressionAttributeValues(attributes.values())
                .build();
        var response = table.call(key, condition, () -> table.client().deleteItem(request));
        return response.hasAttributes() ? Optional.of(table.toRecord(response.attributes())) : Optional.empty();
    }

    @Override
    public R update(Map<String, AttributeValue> key, List<Update<R>> updates, Condition<R> condition) {
        if (schema().versioned()) {
            return onlyStored(key, condition, "a versioned record's update(...) changes only saved items, so that"
                    + " no item gets a version without a save: save(...) the record first",
                    present -> send(key, updates, present));
        }
        return send(key, updates, condition);
    }

    @Override
    public R updateExisting(Map<String, AttributeValue> key, List<Update<R>> updates, Condition<R> condition) {
        return onlyStored(key, condition, "updateExisting(...) changes only stored items: save the record first,"
                + " or use update(...), which creates the item", present -> send(key, updates, present));
    }

    /**
     * Runs a write under {@code condition} and the condition that the item is stored, telling the
     * two failures apart by the item DynamoDB returns with a failed condition.
     */
    private <T> T onlyStored(Map<String, AttributeValue> key, Condition<R> condition, String fix,
            Function<Condition<R>, T> write) {
        try {
            return write.apply(Writes.present(table, condition));
        } catch (ConditionFailedException e) {
            if (e.currentItem().isEmpty()) {
                throw new RecordNotFoundException(table.tableName(), key, fix);
            }
            throw new ConditionFailedException(table.tableName(), key, String.valueOf(condition),
                    e.currentItem().get(), e.getCause());
        }
    }

    private R send(Map<String, AttributeValue> key, List<Update<R>> updates, Condition<R> condition) {
        if (updates.isEmpty()) {
            throw new ValidationException("update(...) on table " + table.tableName() + " needs at least one action,"
                    + " such as StoreTable.NAME.set(\"x\")");
        }
        ExpressionAttributes attributes = new ExpressionAttributes();
        UpdateItemRequest request = UpdateItemRequest.builder()
                .tableName(table.tableName()).key(key).returnValues(ReturnValue.ALL_NEW)
                .updateExpression(Updates.render(Writes.updates(table, updates), attributes))
                .conditionExpression(Writes.render(condition, attributes))
                .returnValuesOnConditionCheckFailure(Writes.onFailure(condition))
                .expressionAttributeNames(attributes.names())
                .expressionAttributeValues(attributes.values())
                .build();
        return table.toRecord(table.call(key, condition, () -> table.client().updateItem(request)).attributes());
    }

    @Override
    public long increment(Map<String, AttributeValue> key, Incrementable<R> attribute, long amount) {
        if (schema().versioned()) {
            return onlyStored(key, null, "a versioned record's increment(...) changes only saved items: save(...)"
                    + " the record first", present -> add(key, attribute, amount, present));
        }
        return add(key, attribute, amount, null);
    }

    private long add(Map<String, AttributeValue> key, Incrementable<R> attribute, long amount, Condition<R> condition) {
        ExpressionAttributes attributes = new ExpressionAttributes();
        List<Update<R>> updates = Writes.updates(table,
                List.of(Updates.add(attribute.name(), AttributeValue.fromN(Long.toString(amount)))));
        UpdateItemRequest request = UpdateItemRequest.builder()
                .tableName(table.tableName()).key(key).returnValues(ReturnValue.UPDATED_NEW)
                .updateExpression(Updates.render(updates, attributes))
                .conditionExpression(Writes.render(condition, attributes))
                .returnValuesOnConditionCheckFailure(Writes.onFailure(condition))
                .expressionAttributeNames(attributes.names())
                .expressionAttributeValues(attributes.values())
                .build();
        var response = table.call(key, condition, () -> table.client().updateItem(request));
        return new BigDecimal(response.attributes().get(attribute.name()).n()).longValueExact();
    }

    @Override
    public R modify(Map<String, AttributeValue> key, UnaryOperator<R> change) {
        if (!schema().versioned()) {
            throw new ValidationException("modify(...) on table " + table.tableName() + " needs a @Version attribute"
                    + " on the record to detect concurrent writes; add one, or use update(...)");
        }
        return VersionRetry.run(() -> table.save(change.apply(get(key))));
    }

    @Override
    public <Q> Query<R, Q> query(AttributeValue partitionKey) {
        return new Query<>(table, null, schema().partitionKey().name(), schema().sortKey(), partitionKey);
    }

    @Override
    public <Q> Query<R, Q> query(AttributeValue partitionKey, KeyCondition<R, ?> sortKeyCondition) {
        return this.<Q>query(partitionKey).sortKey(sortKeyCondition);
    }

    @Override
    public <Q> Query<R, Q> queryLocalIndex(String indexName, AttributeValue partitionKey) {
        IndexSchema index = index(indexName);
        return new Query<>(table, indexName, index.partitionKey().name(), index.sortKey(), partitionKey);
    }

    @Override
    public <Q> Query<R, Q> queryLocalIndex(String indexName, AttributeValue partitionKey,
            KeyCondition<R, ?> sortKeyCondition) {
        return this.<Q>queryLocalIndex(indexName, partitionKey).sortKey(sortKeyCondition);
    }

    @Override
    public <Q> GlobalIndexQuery<R, Q> queryGlobalIndex(String indexName, AttributeValue partitionKey) {
        IndexSchema index = index(indexName);
        return new GlobalIndexQuery<>(table, indexName, index.partitionKey().name(), index.sortKey(), partitionKey);
    }

    @Override
    public <Q> GlobalIndexQuery<R, Q> queryGlobalIndex(String indexName, AttributeValue partitionKey,
            KeyCondition<R, ?> sortKeyCondition) {
        return this.<Q>queryGlobalIndex(indexName, partitionKey).sortKey(sortKeyCondition);
    }

    @Override
    public <Q> GlobalIndexQuery<R, Q> queryGlobalIndex(String indexName, List<AttributeValue> partitionKeys,
            List<AttributeValue> sortKeyEqualities, KeyCondition<R, ?> sortKeyCondition) {
        IndexSchema index = index(indexName);
        if (partitionKeys.size() != index.partitionKeys().size()) {
            throw new ValidationException("Index " + indexName + " has " + index.partitionKeys().size()
                    + " partition-key attributes, not " + partitionKeys.size());
        }
        List<String> names = index.partitionKeys().stream().map(KeyAttribute::name).toList();
        GlobalIndexQuery<R, Q> query = new GlobalIndexQuery<R, Q>(table, indexName, names, index.sortKeys(), partitionKeys)
                .sortKeyEqualities(sortKeyEqualities);
        return sortKeyCondition == null ? query : query.sortKey(sortKeyCondition);
    }

    @Override
    public R prepare(R record) {
        return table.prepare(record);
    }

    @Override
    public Map<String, AttributeValue> itemOf(R prepared) {
        return table.itemOf(prepared);
    }

    private IndexSchema index(String indexName) {
        return schema().indexes().stream()
                .filter(i -> i.name().equals(indexName))
                .findFirst()
                .orElseThrow(() -> new ValidationException("Table " + schema().tableName()
                        + " has no index named " + indexName));
    }

    @Override
    public boolean sharesTable() {
        return table.scanFilter() != null;
    }
}
