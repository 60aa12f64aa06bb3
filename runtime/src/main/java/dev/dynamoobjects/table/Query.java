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
 * @param <Q> the marker of this query ({@code ProductTable.TableQuery}), which types its filters
 */
public final class Query<R, Q> extends AbstractQuery<R, Query<R, Q>> {
    Query(Table<R> table, String indexName, String partitionKeyName, KeyAttribute sortKey,
            AttributeValue partitionKey) {
        super(table, indexName, partitionKeyName, sortKey, partitionKey);
    }

    /**
     * Keeps only the items for which {@code filter} holds; several filters all must hold. A filter
     * names no key attribute of this query (the table's keys for a table query; the table's
     * partition key and the index's sort key for a local index): DynamoDB refuses those, so their
     * conditions, typed by markers this query's marker {@code Q} does not extend, do not compile here.
     */
    public Query<R, Q> filter(Filter<R, ? super Q> filter) {
        return addFilter(filter);
    }

    /** Reads strongly consistent data, which the table and its local indexes offer. */
    public Query<R, Q> consistentRead() {
        return readConsistently();
    }

    @Override
    Query<R, Q> self() {
        return this;
    }
}
