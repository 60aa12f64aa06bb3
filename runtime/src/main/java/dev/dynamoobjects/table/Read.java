package dev.dynamoobjects.table;

import dev.dynamoobjects.attribute.AttributeRef;
import dev.dynamoobjects.exception.ValidationException;
import dev.dynamoobjects.expression.Condition;
import dev.dynamoobjects.expression.Placeholders;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What queries and scans share: filter, projection, limits, consistency, and the ways to run
 * them. Which filters a read takes, and whether it may read consistently, is each subclass's:
 * a query refuses filters on its own keys and a query of a global index has no consistent read,
 * as DynamoDB refuses both. Iterating fetches pages lazily, as they are needed, and never shows DynamoDB's
 * {@code LastEvaluatedKey}; {@link #page(String)} serves one page at a time with a resumable
 * cursor. A read is a builder: configure it, then run it (as often as needed); not thread-safe.
 *
 * <p>Projection: {@link #select} returns the record type with only the chosen attributes (and
 * the table's key attributes, always) read; the others are absent, so they hold the record's
 * defaults or null.
 *
 * @param <R> the record type
 * @param <S> the concrete read type, for chaining
 */
public abstract class Read<R, S extends Read<R, S>> implements Iterable<R> {
    /** No limit: every item, in DynamoDB's own pages of up to 1 MB. */
    private static final int NO_LIMIT = Integer.MAX_VALUE;

    final Table<R> table;
    private Condition<R> filter;
    private Set<String> projection;
    private int limit = NO_LIMIT;
    private int pageSize = NO_LIMIT;
    private boolean consistentRead;

    Read(Table<R> table) {
        this.table = table;
    }

    Read(Read<R, S> other) {
        this.table = other.table;
        this.filter = other.filter;
        this.projection = other.projection;
        this.limit = other.limit;
        this.pageSize = other.pageSize;
        this.consistentRead = other.consistentRead;
    }

    /** Keeps only the items for which {@code condition} holds; several filters all must hold. */
    final S addFilter(Condition<R> condition) {
        Objects.requireNonNull(condition, "condition");
        filter = filter == null ? condition : filter.and(condition);
        return self();
    }

    /** Reads only these attributes (and the table's key); the others stay absent in the records. */
    @SafeVarargs
    public final S select(AttributeRef<R, ?>... attributes) {
        projection = new LinkedHashSet<>();
        projection.add(table.schema().partitionKey().name());
        if (table.schema().hasSortKey()) {
            projection.add(table.schema().sortKey().name());
        }
        for (AttributeRef<R, ?> attribute : attributes) {
            projection.add(attribute.name());
        }
        return self();
    }

    /** Returns at most {@code maxRecords} records (or items per {@link #page(String)}). */
    public final S limit(int maxRecords) {
        limit = positive(maxRecords, "limit");
        return self();
    }

    /** Reads at most {@code items} items per DynamoDB request (its {@code Limit}); default 1 MB pages. */
    public final S pageSize(int items) {
        pageSize = positive(items, "pageSize");
        return self();
    }

    /** Reads strongly consistent data; only the reads DynamoDB allows it for offer it publicly. */
    final S readConsistently() {
        consistentRead = true;
        return self();
    }

    /** Returns the records, fetching pages as the iteration reaches them. */
    @Override
    public final Iterator<R> iterator() {
        return stream().iterator();
    }

    /** Returns the records as a lazy stream. */
    public final Stream<R> stream() {
        return itemStream().map(table::toRecord);
    }

    /** Returns the raw items as a lazy stream. */
    public final Stream<Map<String, AttributeValue>> itemStream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items(limit), Spliterator.ORDERED), false);
    }

    /** Returns every record (up to the limit) in a list. */
    public final List<R> list() {
        return stream().collect(Collectors.toList());
    }

    /** Returns the first record, or empty. */
    public final Optional<R> first() {
        Iterator<Map<String, AttributeValue>> items = items(1);
        return items.hasNext() ? Optional.of(table.toRecord(items.next())) : Optional.empty();
    }

    /**
     * Returns the number of matching items, counted by DynamoDB ({@code Select COUNT}) and summed
     * across pages; ignores the limit and projection.
     */
    public final long count() {
        long count = 0;
        Map<String, AttributeValue> start = null;
        do {
            Chunk chunk = fetch(start, requestLimit(NO_LIMIT), true);
            count += chunk.count();
            start = chunk.lastKey();
        } while (start != null);
        return count;
    }

    /**
     * Returns one page: up to {@link #limit} records from {@code cursor} (null for the first
     * page), or one DynamoDB page when no limit is set.
     *
     * <pre>{@code
     * Page<Store> first = stores.scan().limit(50).page(null);
     * Page<Store> second = stores.scan().limit(50).page(first.cursor());
     * }</pre>
     *
     * @throws dev.dynamoobjects.exception.ValidationException when the cursor is not one a page returned
     */
    public final Page<R> page(String cursor) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> start = Cursor.decode(cursor);
        do {
            Chunk chunk = fetch(start, requestLimit(limit - items.size()), false);
            items.addAll(chunk.items());
            start = chunk.lastKey();
        } while (start != null && limit != NO_LIMIT && items.size() < limit);
        List<R> records = items.stream().map(table::toRecord).toList();
        return new Page<>(records, items, Cursor.encode(start));
    }

    /** Fetches one DynamoDB page; {@code limit} null for none, {@code count} for {@code Select COUNT}. */
    abstract Chunk fetch(Map<String, AttributeValue> startKey, Integer limit, boolean count);

    abstract S self();

    /** The raw items of this read, at most {@code max}, fetched lazily. */
    private Iterator<Map<String, AttributeValue>> items(int max) {
        return new PageIterator(this::fetchPage, max);
    }

    private Chunk fetchPage(Map<String, AttributeValue> startKey, int remaining) {
        return fetch(startKey, requestLimit(remaining), false);
    }

    /** The request's {@code Limit}: the smaller of the page size and what is still wanted. */
    private Integer requestLimit(int remaining) {
        int smaller = Math.min(pageSize, remaining);
        return smaller == NO_LIMIT ? null : smaller;
    }

    final String filterExpression(Placeholders placeholders) {
        return filter == null ? null : filter.render(placeholders);
    }

    final String projectionExpression(Placeholders placeholders, boolean count) {
        if (projection == null || count) {
            return null;
        }
        return projection.stream().map(placeholders::name).collect(Collectors.joining(", "));
    }

    final Boolean consistent() {
        return consistentRead ? Boolean.TRUE : null;
    }

    private static int positive(int value, String what) {
        if (value < 1) {
            throw new ValidationException(what + " must be at least 1, not " + value);
        }
        return value;
    }

    /** One DynamoDB response: items (none when counting), the key to resume from, the count. */
    record Chunk(List<Map<String, AttributeValue>> items, Map<String, AttributeValue> lastKey, int count) {
    }
}
