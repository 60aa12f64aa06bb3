package dev.dynamoobjects.table;

import dev.dynamoobjects.exception.ValidationException;
import dev.dynamoobjects.expression.ExpressionAttributes;
import dev.dynamoobjects.expression.KeyCondition;
import dev.dynamoobjects.schema.KeyAttribute;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * What the queries of a table and of its indexes share: one partition key value (a value per
 * attribute of a multi-attribute key), an optional condition on the sort key (after equalities on
 * the leading attributes of a multi-attribute one), the order. The generated table's query methods return a
 * {@link Query} (the table or a local index: consistent reads) or
 * a {@link GlobalIndexQuery} (no consistent reads); they take the sort-key condition typed by what
 * they query, so it needs no check here but the one against misuse of the raw API.
 *
 * @param <R> the record type
 * @param <S> the concrete query type, for chaining
 */
public abstract class AbstractQuery<R, S extends AbstractQuery<R, S>> extends Read<R, S> {
    private final String indexName;
    /** The partition-key attributes' names and values, in key order (several for a multi-attribute key). */
    private final Map<String, AttributeValue> partition;
    private final List<KeyAttribute> sortKeys;
    /** Equalities on the leading sort-key attributes of a multi-attribute key, in key order. */
    private final Map<String, AttributeValue> sortEqualities = new LinkedHashMap<>();
    private KeyCondition<R, ?> sortCondition;
    private boolean descending;

    AbstractQuery(Table<R> table, String indexName, String partitionKeyName, KeyAttribute sortKey,
            AttributeValue partitionKey) {
        this(table, indexName, List.of(partitionKeyName), sortKey == null ? List.of() : List.of(sortKey),
                List.of(partitionKey));
    }

    AbstractQuery(Table<R> table, String indexName, List<String> partitionKeyNames, List<KeyAttribute> sortKeys,
            List<AttributeValue> partitionKeys) {
        super(table);
        this.indexName = indexName;
        this.partition = new LinkedHashMap<>();
        for (int i = 0; i < partitionKeyNames.size(); i++) {
            partition.put(partitionKeyNames.get(i), partitionKeys.get(i));
        }
        this.sortKeys = List.copyOf(sortKeys);
    }

    /**
     * Narrows the query with a condition on the sort key of the table or index queried; the
     * generated methods' types make the check a safety net.
     *
     * @throws ValidationException when the condition is on another attribute
     */
    final S sortKey(KeyCondition<R, ?> condition) {
        KeyAttribute next = sortKeys.size() > sortEqualities.size() ? sortKeys.get(sortEqualities.size()) : null;
        if (next == null || !next.name().equals(condition.attributeName())) {
            throw new ValidationException("The sort-key condition " + condition + " is on "
                    + condition.attributeName() + ", but the next sort key of " + queried() + " is "
                    + (next == null ? "absent" : next.name()));
        }
        sortCondition = condition;
        return self();
    }

    /**
     * Narrows a query of a multi-attribute sort key with equalities on its leading attributes, in
     * key order, which DynamoDB requires before a condition on the next one.
     */
    final S sortKeyEqualities(List<AttributeValue> values) {
        if (values.size() > sortKeys.size() || sortCondition != null) {
            throw new ValidationException(queried() + " has " + sortKeys.size() + " sort-key attributes, not "
                    + values.size() + " equalities before a condition");
        }
        for (int i = 0; i < values.size(); i++) {
            sortEqualities.put(sortKeys.get(i).name(), values.get(i));
        }
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
        StringJoiner keyCondition = new StringJoiner(" AND ");
        partition.forEach((name, value) -> keyCondition.add(attributes.name(name) + " = " + attributes.value(value)));
        sortEqualities.forEach((name, value) -> keyCondition.add(attributes.name(name) + " = " + attributes.value(value)));
        if (sortCondition != null) {
            keyCondition.add(sortCondition.render(attributes));
        }
        QueryRequest request = QueryRequest.builder()
                .tableName(table.tableName())
                .indexName(indexName)
                .keyConditionExpression(keyCondition.toString())
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
        QueryResponse response = table.call(partition, null,
                () -> table.client().query(request));
        return new Chunk(response.items(), response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null,
                response.count());
    }

    private String queried() {
        return indexName == null ? "table " + table.tableName() : "index " + indexName;
    }
}
