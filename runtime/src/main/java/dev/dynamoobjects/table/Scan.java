package dev.dynamoobjects.table;

import dev.dynamoobjects.exception.ValidationException;
import dev.dynamoobjects.expression.Condition;
import dev.dynamoobjects.expression.ExpressionAttributes;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * A scan of a whole table, optionally filtered, projected or split into segments that run in
 * parallel.
 *
 * <pre>{@code
 * long open = stores.scan().filter(StoreTable.STATUS.eq("OPEN")).count();
 * stores.scan().parallelStream(4).forEach(store -> reindex(store));
 * }</pre>
 *
 * @param <R> the record type
 */
public final class Scan<R> extends Read<R, Scan<R>> {
    private Integer segment;
    private Integer totalSegments;

    Scan(Table<R> table) {
        super(table);
        Condition<R> ownItems = table.scanFilter();
        if (ownItems != null) {
            addFilter(ownItems);
        }
    }

    private Scan(Scan<R> other, int segment, int totalSegments) {
        super(other);
        this.segment = segment;
        this.totalSegments = totalSegments;
    }

    /**
     * Keeps only the items for which {@code condition} holds; several filters all must hold. A scan
     * may filter on any attribute, the table's keys included.
     */
    public Scan<R> filter(Condition<R> condition) {
        return addFilter(condition);
    }

    /** Reads strongly consistent data. */
    public Scan<R> consistentRead() {
        return readConsistently();
    }

    /**
     * Scans only segment {@code segment} (0-based) of {@code totalSegments}, to spread a scan
     * over workers or machines.
     */
    public Scan<R> segment(int segment, int totalSegments) {
        checkSegment(segment, totalSegments);
        this.segment = segment;
        this.totalSegments = totalSegments;
        return this;
    }

    /**
     * Returns the records of {@code totalSegments} segments scanned in parallel (on the common
     * fork-join pool), in no particular order; a limit applies to each segment.
     */
    public Stream<R> parallelStream(int totalSegments) {
        checkSegment(0, totalSegments);
        return IntStream.range(0, totalSegments).parallel().boxed()
                .flatMap(s -> new Scan<>(this, s, totalSegments).stream());
    }

    private static void checkSegment(int segment, int totalSegments) {
        if (totalSegments < 1 || segment < 0 || segment >= totalSegments) {
            throw new ValidationException("Segment " + segment + " of " + totalSegments
                    + " does not exist; use 0 <= segment < totalSegments");
        }
    }

    @Override
    Chunk fetch(Map<String, AttributeValue> startKey, Integer limit, boolean count) {
        ExpressionAttributes attributes = new ExpressionAttributes();
        ScanRequest request = ScanRequest.builder()
                .tableName(table.tableName())
                .filterExpression(filterExpression(attributes))
                .projectionExpression(projectionExpression(attributes, count))
                .select(count ? Select.COUNT : null)
                .consistentRead(consistent())
                .segment(segment)
                .totalSegments(totalSegments)
                .exclusiveStartKey(startKey)
                .limit(limit)
                .expressionAttributeNames(attributes.names())
                .expressionAttributeValues(attributes.values())
                .build();
        ScanResponse response = table.call(null, null, () -> table.client().scan(request));
        return new Chunk(response.items(), response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null,
                response.count());
    }

    @Override
    Scan<R> self() {
        return this;
    }
}
