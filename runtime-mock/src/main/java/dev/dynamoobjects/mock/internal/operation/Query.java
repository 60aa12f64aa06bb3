package dev.dynamoobjects.mock.internal.operation;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.expression.KeyCondition;
import dev.dynamoobjects.mock.internal.expression.LegacyConditions;
import dev.dynamoobjects.mock.internal.expression.Projection;
import dev.dynamoobjects.mock.internal.expression.QueryFilter;
import dev.dynamoobjects.mock.internal.limit.Limits;
import dev.dynamoobjects.mock.internal.store.ItemStore;
import dev.dynamoobjects.mock.internal.store.StoredItem;
import dev.dynamoobjects.mock.internal.table.Catalog;
import dev.dynamoobjects.mock.internal.table.KeyAttribute;
import dev.dynamoobjects.mock.internal.table.KeySchema;
import dev.dynamoobjects.mock.internal.table.PrimaryKey;
import dev.dynamoobjects.mock.internal.validation.Messages;
import dev.dynamoobjects.mock.internal.value.Values;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/** Query: one partition of a table or index, in sort-key order, filtered, projected and paged. */
public final class Query {
    private Query() {
    }

    public static QueryResponse execute(Catalog catalog, QueryRequest request) {
        return execute(catalog, request, false);
    }

    /**
     * As {@link #execute(Catalog, QueryRequest)}; with {@code filterMayNameKeys}, the filter may
     * test key attributes, as a PartiQL SELECT's WHERE may (its terms beyond the key condition
     * become the filter).
     */
    public static QueryResponse execute(Catalog catalog, QueryRequest request, boolean filterMayNameKeys) {
        EnumParameters.of(Constraints.of()
                        .tableName(request.tableName())
                        .name("indexName", request.indexName(), Limits.MIN_TABLE_NAME_LENGTH)
                        .atLeast("limit", request.limit(), 1))
                .conditionalOperator(request.conditionalOperatorAsString())
                .conditions("keyConditions", request.hasKeyConditions() ? request.keyConditions() : null)
                .conditions("queryFilter", request.hasQueryFilter() ? request.queryFilter() : null)
                .returnConsumedCapacity(request.returnConsumedCapacityAsString())
                .select(request.selectAsString())
                .check();
        ParameterMix.of()
                .legacy(ParameterMix.Legacy.AttributesToGet, request.hasAttributesToGet())
                .legacy(ParameterMix.Legacy.QueryFilter, request.hasQueryFilter())
                .legacy(ParameterMix.Legacy.KeyConditions,
                        request.hasKeyConditions() && request.keyConditionExpression() != null)
                .conditionalOperator(request.conditionalOperatorAsString())
                .expression(ParameterMix.Expression.ProjectionExpression, request.projectionExpression())
                .expression(ParameterMix.Expression.FilterExpression, request.filterExpression())
                .expression(ParameterMix.Expression.KeyConditionExpression, request.keyConditionExpression())
                .check();
        ReadTarget target = ReadTarget.of(catalog.table(request.tableName()), request.indexName());
        boolean consistent = Boolean.TRUE.equals(request.consistentRead());
        target.checkConsistentRead(consistent, Messages.GSI_CONSISTENT_QUERY);
        RequestExpressions expressions = new RequestExpressions(request.expressionAttributeNames(),
                request.expressionAttributeValues(), Messages.NULL_FILTER_AND_KEY_CONDITION);
        dev.dynamoobjects.mock.internal.expression.KeySchema keys = expressionKeys(target.keys());
        // DynamoDB Local's order: the filter, then the projection, then the key condition.
        QueryFilter filter = request.hasQueryFilter()
                ? LegacyConditions.queryFilter(request.queryFilter(), request.conditionalOperator(), keys)
                : request.filterExpression() == null ? null
                : expressions.context().queryFilter(request.filterExpression());
        Projection projection = expressions.projection(request.projectionExpression(),
                request.attributesToGet(), request.hasAttributesToGet());
        KeyCondition key = keyCondition(request, expressions, keys);
        target.checkKeyValues(key);
        if (filter != null && !filterMayNameKeys) {
            filter.checkKeys(keys);
        }
        expressions.checkAllUsed();
        expressions.checkKeyPaths(target.table);
        target.checkProjected(filter, projection);
        target.check(request.select(), ReadChecks.projectionParameter(request.hasAttributesToGet(),
                request.projectionExpression()));
        PrimaryKey start = request.hasExclusiveStartKey() ? start(target, key, request.exclusiveStartKey()) : null;
        boolean forward = !Boolean.FALSE.equals(request.scanIndexForward());
        Page page = Page.read(candidates(target, key, forward, start), target, request.limit(), filter, projection,
                request.select(), endsRange(target, key, forward));
        QueryResponse.Builder response = QueryResponse.builder()
                .count(page.count)
                .scannedCount(page.scanned)
                .consumedCapacity(Capacity.read(request.returnConsumedCapacityAsString(), target.table,
                        target.indexName(), page.bytes, consistent));
        if (request.select() != Select.COUNT) {
            SharedResponses.items(response, page.items);
        }
        if (page.lastEvaluatedKey != null) {
            response.lastEvaluatedKey(page.lastEvaluatedKey);
        }
        return response.build();
    }

    /** Returns the KeyConditionExpression or the legacy KeyConditions, with DynamoDB's error for neither or both. */
    private static KeyCondition keyCondition(QueryRequest request, RequestExpressions expressions,
                                             dev.dynamoobjects.mock.internal.expression.KeySchema keys) {
        if (request.hasKeyConditions()) {
            return LegacyConditions.keyConditions(request.keyConditions(), keys);
        }
        if (request.keyConditionExpression() == null) {
            if (request.filterExpression() == null) {
                // Placeholders given with no expression to use them are reported first, as DynamoDB Local does.
                expressions.checkAllUsed();
            }
            throw DynamoErrors.validation(Messages.NO_KEY_CONDITION);
        }
        return expressions.context().keyCondition(request.keyConditionExpression(), keys);
    }

    /** Returns where the query resumes, with DynamoDB's error when the start key is outside the query. */
    private static PrimaryKey start(ReadTarget target, KeyCondition key, Map<String, AttributeValue> startKey) {
        PrimaryKey start = target.position(startKey);
        KeySchema keys = target.keys();
        boolean samePartition = keys.partitionOrder().compare(start.partition(),
                keys.partitionObject(key.partitionValues())) == 0;
        if (!samePartition || keys.range() != null && !key.matches(startKey, keys.range().name())) {
            throw DynamoErrors.validation(Messages.START_KEY_OUTSIDE_QUERY);
        }
        return start;
    }

    /**
     * Returns whether an item's sort key is the inclusive bound where the key condition's range ends.
     * Only a table's sort key is unique in its partition: in an index, more items may share the bound.
     * A table without a sort key holds one item per partition, which always ends the range.
     */
    private static Predicate<StoredItem> endsRange(ReadTarget target, KeyCondition key, boolean forward) {
        KeySchema keys = target.keys();
        if (target.index == null && keys.range() == null) {
            return item -> true;
        }
        AttributeValue bound = forward ? key.upperBound() : key.lowerBound();
        boolean inclusive = forward ? key.upperInclusive() : key.lowerInclusive();
        // DynamoDB Local treats an equality or a prefix as no bound: with Limit 1 they end with a LastEvaluatedKey.
        if (target.index != null || keys.range() == null || bound == null || !inclusive || key.sortKeyEquality()
                || key.prefix() != null) {
            return item -> false;
        }
        String sortName = keys.range().name();
        return item -> Values.compare(item.attributes().get(sortName), bound) == 0;
    }

    /** Returns the key schema in the expression parser's terms. */
    static dev.dynamoobjects.mock.internal.expression.KeySchema expressionKeys(KeySchema keys) {
        return new dev.dynamoobjects.mock.internal.expression.KeySchema(parts(keys.hashes()), parts(keys.ranges()));
    }

    private static List<dev.dynamoobjects.mock.internal.expression.KeySchema.Part> parts(List<KeyAttribute> attributes) {
        return attributes.stream()
                .map(a -> new dev.dynamoobjects.mock.internal.expression.KeySchema.Part(a.name(), a.type())).toList();
    }

    /** Returns the partition's items that match the key condition, in the asked order, after the start key. */
    private static Iterator<StoredItem> candidates(ReadTarget target, KeyCondition key, boolean forward,
                                                   PrimaryKey start) {
        ItemStore store = target.store();
        KeySchema keys = target.keys();
        Object partition = keys.partitionObject(key.partitionValues());
        if (!store.sorted()) {
            StoredItem item = store.get(partition, null);
            return item == null || start != null ? Collections.emptyIterator() : Collections.singleton(item).iterator();
        }
        NavigableMap<Object, StoredItem> items = store.partition(partition);
        if (target.index == null) {
            items = bounded(items, key, keys.range());
        }
        if (!forward) {
            items = items.descendingMap();
        }
        if (start != null) {
            items = items.tailMap(start.sort(), false);
        }
        return new SortKeyMatches(items.values().iterator(), key, keys.range() == null ? null : keys.range().name());
    }

    /** Narrows a table partition to the sort-key bounds of the condition. */
    private static NavigableMap<Object, StoredItem> bounded(NavigableMap<Object, StoredItem> items, KeyCondition key,
                                                            KeyAttribute range) {
        AttributeValue lower = key.lowerBound();
        AttributeValue upper = key.upperBound();
        if (lower != null) {
            items = items.tailMap(range.keyObject(lower), key.lowerInclusive());
        }
        if (upper != null) {
            items = items.headMap(range.keyObject(upper), key.upperInclusive());
        }
        return items;
    }

    /** The items whose sort key satisfies the condition; they are contiguous, so the first miss after a hit ends it. */
    private static final class SortKeyMatches implements Iterator<StoredItem> {
        private final Iterator<StoredItem> items;
        private final KeyCondition key;
        private final String sortName;
        private StoredItem next;
        private boolean matched;

        SortKeyMatches(Iterator<StoredItem> items, KeyCondition key, String sortName) {
            this.items = items;
            this.key = key;
            this.sortName = sortName;
            advance();
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public StoredItem next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            StoredItem current = next;
            advance();
            return current;
        }

        private void advance() {
            next = null;
            while (items.hasNext()) {
                StoredItem item = items.next();
                if (key.matches(item.attributes(), sortName)) {
                    matched = true;
                    next = item;
                    return;
                }
                if (matched) {
                    return;
                }
            }
        }
    }
}
