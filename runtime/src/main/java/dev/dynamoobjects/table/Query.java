package dev.dynamoobjects.table;

import dev.dynamoobjects.expression.Filter;
import dev.dynamoobjects.schema.KeyAttribute;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A query of the table or of a local index: the items with one partition key value, in sort key
 * order. Obtained from the generated table ({@code products.query("s1")},
 * {@code products.queryByName("s1")}); a global index's query is a {@link GlobalIndexQuery}.
 *
 * <pre>{@code
 * List<Product> cheapShoes = products.query("s1", ProductTable.SKU.beginsWith("shoe-"))
 *         .filter(ProductTable.PRICE.lt(50L))
 *         .descending()
 *         .limit(10)
 *         .consistentRead()
 *         .list();
 * }</pre>
 *
 * @param <R> the record type
 */
public final class Query<R> extends AbstractQuery<R, Query<R>> {
    Query(Table<R> table, String indexName, String partitionKeyName, KeyAttribute sortKey,
            AttributeValue partitionKey) {
        super(table, indexName, partitionKeyName, sortKey, partitionKey);
    }

    /**
     * Keeps only the items for which {@code filter} holds; several filters all must hold. A filter
     * names no key attribute of the table: DynamoDB refuses a query filter on the keys of what it
     * queries, so the table keys' conditions are no {@link Filter} and do not compile here. One
     * filter type serves the table and its local indexes: a local index query refuses the table's
     * sort key too (DynamoDB would take it; filter a scan or the table query instead), and its own
     * sort key is checked by DynamoDB when the query runs.
     */
    public Query<R> filter(Filter<R> filter) {
        return addFilter(filter);
    }

    /** Reads strongly consistent data, which the table and its local indexes offer. */
    public Query<R> consistentRead() {
        return readConsistently();
    }

    @Override
    Query<R> self() {
        return this;
    }
}
