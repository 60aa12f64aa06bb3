package dev.dynamoobjects.mock.metrics;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many requests the embedded engine received, per operation and per table, for tests that check
 * how often their code calls DynamoDB. Every request counts, including those that fail; a request
 * that names several tables (a batch, a transaction) counts once for the operation and once for
 * each table. Thread-safe.
 *
 * <pre>{@code
 * EmbeddedDynamoDb dynamo = new EmbeddedDynamoDb();
 * repository.saveAll(orders);
 * assertEquals(4, dynamo.requestCounts().of("BatchWriteItem", "orders"));
 * dynamo.requestCounts().reset();
 * }</pre>
 */
public final class RequestCounts {
    private final Map<String, LongAdder> byOperation = new ConcurrentHashMap<>();
    private final Map<OperationOnTable, LongAdder> byTable = new ConcurrentHashMap<>();

    /** Counts one request of the operation; for the engine. */
    public void recordRequest(String operation) {
        counter(byOperation, operation).increment();
    }

    /** Counts one request of the operation on a table it names; for the engine. */
    public void recordTable(String operation, String table) {
        counter(byTable, new OperationOnTable(operation, table)).increment();
    }

    /** Returns how many requests of the operation (such as {@code "PutItem"}) were received. */
    public long of(String operation) {
        LongAdder count = byOperation.get(operation);
        return count == null ? 0 : count.sum();
    }

    /** Returns how many requests of the operation named the table. */
    public long of(String operation, String table) {
        LongAdder count = byTable.get(new OperationOnTable(operation, table));
        return count == null ? 0 : count.sum();
    }

    /** Returns how many requests were received, all operations together. */
    public long total() {
        return byOperation.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Returns the count of every operation received so far, by operation name in alphabetical order. */
    public Map<String, Long> byOperation() {
        Map<String, Long> counts = new TreeMap<>();
        byOperation.forEach((operation, count) -> counts.put(operation, count.sum()));
        return counts;
    }

    // get-then-putIfAbsent rather than computeIfAbsent with a lambda: each lambda costs the engine's
    // first request half a millisecond to link.
    private static <K> LongAdder counter(Map<K, LongAdder> counts, K key) {
        LongAdder count = counts.get(key);
        if (count == null) {
            LongAdder fresh = new LongAdder();
            count = Objects.requireNonNullElse(counts.putIfAbsent(key, fresh), fresh);
        }
        return count;
    }

    /** Forgets every count. */
    public void reset() {
        byOperation.clear();
        byTable.clear();
    }

    @Override
    public String toString() {
        return "RequestCounts" + byOperation();
    }

    private record OperationOnTable(String operation, String table) {
        // Written out for the reason PrimaryKey gives: the engine's first request counts one.
        @Override
        public boolean equals(Object other) {
            return other instanceof OperationOnTable that && operation.equals(that.operation)
                    && table.equals(that.table);
        }

        @Override
        public int hashCode() {
            return 31 * operation.hashCode() + table.hashCode();
        }
    }
}
