package dev.dynamoobjects.table;

import dev.dynamoobjects.expression.Condition;
import dev.dynamoobjects.schema.KeyAttribute;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A query of a global secondary index: the items with one index partition key value, in index
 * sort key order. It has no {@code consistentRead()}, since DynamoDB reads global indexes
 * eventually consistently only. Obtained from the generated table's {@code queryByX} method.
 *
 * <pre>{@code
 * List<Product> cheapHats = products.queryByCategory("hats", ProductTable.PRICE.lt(20L))
 *         .filter(ProductTable.STORE_ID.eq("s1"))
 *         .list();
 * }</pre>
 *
 * @param <R> the record type
 */
public final class GlobalIndexQuery<R> extends AbstractQuery<R, GlobalIndexQuery<R>> {
    GlobalIndexQuery(Table<R> table, String indexName, String partitionKeyName, KeyAttribute sortKey,
            AttributeValue partitionKey) {
        super(table, indexName, partitionKeyName, sortKey, partitionKey);
    }

    /**
     * Keeps only the items for which {@code condition} holds; several filters all must hold. The
     * table's keys are no keys of a global index, so its query may filter on them; a filter on the
     * index's own keys is refused by DynamoDB when the query runs.
     */
    public GlobalIndexQuery<R> filter(Condition<R> condition) {
        return addFilter(condition);
    }

    @Override
    GlobalIndexQuery<R> self() {
        return this;
    }
}
