package dev.dynamoobjects.table;

import dev.dynamoobjects.expression.Filter;
import dev.dynamoobjects.schema.KeyAttribute;
import java.util.List;
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
 * // An index with a multi-attribute key: every partition attribute, then sort attributes left to right.
 * List<Shop> lyon = shops.queryByPlace("FR", "ARA", "Lyon", ShopTable.ZIP.between(69001, 69009)).list();
 * }</pre>
 *
 * @param <R> the record type
 * @param <Q> the marker of this query ({@code ProductTable.ByCategoryQuery}), which types its filters
 */
public final class GlobalIndexQuery<R, Q> extends AbstractQuery<R, GlobalIndexQuery<R, Q>> {
    GlobalIndexQuery(Table<R> table, String indexName, String partitionKeyName, KeyAttribute sortKey,
            AttributeValue partitionKey) {
        super(table, indexName, partitionKeyName, sortKey, partitionKey);
    }

    GlobalIndexQuery(Table<R> table, String indexName, List<String> partitionKeyNames, List<KeyAttribute> sortKeys,
            List<AttributeValue> partitionKeys) {
        super(table, indexName, partitionKeyNames, sortKeys, partitionKeys);
    }

    /**
     * Keeps only the items for which {@code filter} holds; several filters all must hold. The
     * table's keys are no keys of a global index, so its query may filter on them; DynamoDB refuses
     * a filter on the index's own keys, whose conditions do not compile here.
     */
    public GlobalIndexQuery<R, Q> filter(Filter<R, ? super Q> filter) {
        return addFilter(filter);
    }

    @Override
    GlobalIndexQuery<R, Q> self() {
        return this;
    }
}
