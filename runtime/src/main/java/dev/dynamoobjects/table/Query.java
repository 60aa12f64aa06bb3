package dev.dynamoobjects.table;

import dev.dynamoobjects.exception.ValidationException;
import dev.dynamoobjects.expression.ExpressionAttributes;
import dev.dynamoobjects.expression.KeyCondition;
import dev.dynamoobjects.schema.KeyAttribute;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * A query of the items with one partition key value, on the table or a secondary index, in sort
 * key order. Obtained from the generated table ({@code products.query("s1")}).
 *
 * <pre>{@code
 * List<Product> cheapShoes = products.query("s1", ProductTable.SKU.beginsWith("shoe-"))
 *         .filter(ProductTable.PRICE.lt(50L))
 *         .descending()
 *         .limit(10)
 *         .list();
 * }</pre>
 *
 * @param <R> the record type
 */
public final class Query<R> extends Read<R, Query<R>> {
    private final String indexName;
    private final String partitionKeyName;
    private final KeyAttribute sortKey;
    private final AttributeValue partitionKey;
    private KeyCondition<R> sortCondition;
    private boolean descending;

    Query(Table<R> table, String indexName, String partitionKeyName, KeyAttribute sortKey,
            AttributeValue partitionKey) {
        super(table);
        this.indexName = indexName;
        this.partitionKeyName = partitionKeyName;
        this.sortKey = sortKey;
        this.partitionKey = partitionKey;
    }

    /**
     * Narrows the query with a condition on the sort key of the table or index queried.
     *
     * @throws ValidationException when the condition is on another attribute
     */
    public Query<R> sortKey(KeyCondition<R> condition) {
        if (sortKey == null || !sortKey.name().equals(condition.attributeName())) {
            throw new ValidationException("The sort-key condition " + condition + " is on "
                    + condition.attributeName() + ", but the sort key of " + queried() + " is "
                    + (sortKey == null ? "absent" : sortKey.name()));
        }
        sortCondition = condition;
        return this;
    }

    /** Returns the records in descending sort key order. */
    public Query<R> descending() {
        descending = true;
        return this;
    }

    @Override
    Chunk fetch(Map<String, AttributeValue> startKey, Integer limit, boolean count) {
        ExpressionAttributes attributes = new ExpressionAttributes();
        String keyCondition = attributes.name(partitionKeyName) + " = " + attributes.value(partitionKey)
                + (sortCondition == null ? "" : " AND " + sortCondition.render(attributes));
        QueryRequest request = QueryRequest.builder()
                .tableName(table.tableName())
                .indexName(indexName)
                .keyConditionExpression(keyCondition)
                .filterExpression(filterExpression(attributes))
                .projectionExpression(projectionExpression(attributes, count))
                .select(count ? Select.COUNT : null)
                .consistentRead(consistent())
                .scanIndexForward(descending ? Boolean.FALSE : null)
                .exclusiveStartKey(startKey)
                .limit(limit)
                .expressionAttributeNames(attributes.names())
                .expressionAttributeValues(attributes.values())
                .build();
        QueryResponse response = table.call(Map.of(partitionKeyName, partitionKey), null,
                () -> table.client().query(request));
        return new Chunk(response.items(), response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null,
                response.count());
    }

    @Override
    Query<R> self() {
        return this;
    }

    private String queried() {
        return indexName == null ? "table " + table.tableName() : "index " + indexName;
    }
}
