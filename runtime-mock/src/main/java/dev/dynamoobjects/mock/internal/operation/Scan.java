package dev.dynamoobjects.mock.internal.operation;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.expression.Condition;
import dev.dynamoobjects.mock.internal.expression.ExpressionKind;
import dev.dynamoobjects.mock.internal.expression.LegacyConditions;
import dev.dynamoobjects.mock.internal.expression.Projection;
import dev.dynamoobjects.mock.internal.limit.Limits;
import dev.dynamoobjects.mock.internal.store.ItemStore;
import dev.dynamoobjects.mock.internal.store.StoredItem;
import dev.dynamoobjects.mock.internal.table.Catalog;
import dev.dynamoobjects.mock.internal.table.PrimaryKey;
import dev.dynamoobjects.mock.internal.validation.Messages;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Scan: every item of a table or index, partitions in key order, filtered, projected and paged;
 * a parallel scan's segment holds the partitions whose key hashes to it.
 */
public final class Scan {
    private Scan() {
    }

    public static ScanResponse execute(Catalog catalog, ScanRequest request) {
        EnumParameters.of(Constraints.of()
                        .tableName(request.tableName())
                        .name("indexName", request.indexName(), Limits.MIN_TABLE_NAME_LENGTH)
                        .atLeast("limit", request.limit(), 1)
                        .atLeast("totalSegments", request.totalSegments(), 1)
                        .atMost("totalSegments", request.totalSegments(), Limits.MAX_TOTAL_SEGMENTS)
                        .atLeast("segment", request.segment(), 0)
                        .atMost("segment", request.segment(), Limits.MAX_TOTAL_SEGMENTS - 1))
                .conditionalOperator(request.conditionalOperatorAsString())
                .returnConsumedCapacity(request.returnConsumedCapacityAsString())
                .conditions("scanFilter", request.hasScanFilter() ? request.scanFilter() : null)
                .select(request.selectAsString())
                .check();
        ParameterMix.of()
                .legacy(ParameterMix.Legacy.AttributesToGet, request.hasAttributesToGet())
                .legacy(ParameterMix.Legacy.ScanFilter, request.hasScanFilter())
                .conditionalOperator(request.conditionalOperatorAsString())
                .expression(ParameterMix.Expression.ProjectionExpression, request.projectionExpression())
                .expression(ParameterMix.Expression.FilterExpression, request.filterExpression())
                .check();
        ReadTarget target = ReadTarget.of(catalog.table(request.tableName()), request.indexName());
        checkSegments(request.segment(), request.totalSegments());
        boolean consistent = Boolean.TRUE.equals(request.consistentRead());
        target.checkConsistentRead(consistent, Messages.GSI_CONSISTENT_SCAN);
        RequestExpressions expressions = new RequestExpressions(request.expressionAttributeNames(),
                request.expressionAttributeValues(), Messages.NULL_FILTER);
        Condition filter = expressions.condition(request.filterExpression(), ExpressionKind.FILTER,
                request.hasScanFilter()
                        ? () -> LegacyConditions.filter(request.scanFilter(), request.conditionalOperator()) : null);
        Projection projection = expressions.projection(request.projectionExpression(),
                request.attributesToGet(), request.hasAttributesToGet());
        expressions.checkAllUsed();
        expressions.checkKeyPaths(target.table);
        target.checkProjected(null, projection);
        target.check(request.select(), ReadChecks.projectionParameter(request.hasAttributesToGet(),
                request.projectionExpression()));
        PrimaryKey start = request.hasExclusiveStartKey() ? target.position(request.exclusiveStartKey()) : null;
        if (start != null && !inSegment(start.partition(), request.segment(), request.totalSegments())) {
            throw DynamoErrors.validation(Messages.START_KEY_OUTSIDE_SEGMENT);
        }
        Iterator<StoredItem> candidates = new StoreItems(target, start, request.segment(), request.totalSegments());
        Page page = Page.read(candidates, target, request.limit(), filter, projection, request.select());
        ScanResponse.Builder response = ScanResponse.builder()
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

    private static void checkSegments(Integer segment, Integer totalSegments) {
        if (segment != null && totalSegments == null) {
            throw DynamoErrors.validation(Messages.SEGMENT_WITHOUT_TOTAL);
        }
        if (segment == null && totalSegments != null) {
            throw DynamoErrors.validation(Messages.TOTAL_WITHOUT_SEGMENT);
        }
        if (segment != null && segment >= totalSegments) {
            throw DynamoErrors.validation(Messages.memberAtMost(segment.toString(), "segment", totalSegments - 1));
        }
    }

    /** Returns true when the partition belongs to the segment, or when the scan is not parallel. */
    private static boolean inSegment(Object partitionKey, Integer segment, Integer totalSegments) {
        return segment == null || Math.floorMod(partitionKey.hashCode(), totalSegments) == segment;
    }

    /** The store's items in key order from after a start position, limited to one segment. */
    private static final class StoreItems implements Iterator<StoredItem> {
        private final ItemStore store;
        private final Iterator<Map.Entry<Object, Object>> partitions;
        private final Integer segment;
        private final Integer totalSegments;
        private Iterator<StoredItem> current = Collections.emptyIterator();

        StoreItems(ReadTarget target, PrimaryKey start, Integer segment, Integer totalSegments) {
            this.store = target.store();
            this.segment = segment;
            this.totalSegments = totalSegments;
            if (start == null) {
                partitions = store.partitionsFrom(null, true);
                return;
            }
            partitions = store.partitionsFrom(start.partition(), false);
            if (store.sorted() && inSegment(start.partition())) {
                current = store.partition(start.partition()).tailMap(start.sort(), false).values().iterator();
            }
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && partitions.hasNext()) {
                Map.Entry<Object, Object> partition = partitions.next();
                if (inSegment(partition.getKey())) {
                    current = store.items(partition.getValue(), null);
                }
            }
            return current.hasNext();
        }

        @Override
        public StoredItem next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }

        private boolean inSegment(Object partitionKey) {
            return Scan.inSegment(partitionKey, segment, totalSegments);
        }
    }
}
