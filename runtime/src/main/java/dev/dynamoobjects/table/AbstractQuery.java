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
 * What the queries of a table and of its indexes share: one partition key value, an optional
 * condition on the sort key, the order. The generated table's query methods return a
 * {@link Query} (the table or a local index: consistent reads) or
 * a {@link GlobalIndexQuery} (no consistent reads); they take the sort-key condition typed by what
 * they query, so it needs no check here but the one against misuse of the raw API.
 *
 * @param <R> the record type
 * @param <S> the concrete query type, for chaining
 */
public abstract class AbstractQuery<R, S extends AbstractQuery<R, S>> extends Read<R, S> {
    private final String indexName;
    private final String partitionKeyName;
    private final KeyAttribute sortKey;
    private final AttributeValue partitionKey;
    private KeyCondition<R, ?> sortCondition;
    private boolean descending;

    AbstractQuery(Table<R> table, String indexName, String partitionKeyName, KeyAttribute sortKey,
            AttributeValue partitionKey) {
        super(table);
        this.indexName = indexName;
        this.partitionKeyName = partitionKeyName;
        this.sortKey = sortKey;
        this.partitionKey = partitionKey;
    }

    /**
     * Narrows the query with a condition on the sort key of the table or index queried; the
     * generated methods' types make the check a safety net.
     *
     * @throws ValidationException when the condition is on another attribute
     */
    final S sortKey(KeyCondition<R, ?> condition) {
        if (sortKey == null || !sortKey.name().equals(condition.attributeName())) {
            throw new ValidationException("The sort-key condition " + condition + " is on "
                    + condition.attributeName() + ", but the sort key of " + queried() + " is "
                    + (sortKey == null ? "absent" : sortKey.name()));
        }
        sortCondition = condition;
        return self();
    }

    /** Returns the records in descending sort key order. */
    public final S descending() {
        descending = true;
        return self();
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

    private String queried() {
        return indexName == null ? "table " + table.tableName() : "index " + indexName;
    }
}
