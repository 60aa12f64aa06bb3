package dev.dynamoobjects.it.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Wraps the backend's client for tests on any backend: counts requests by operation, counts how
 * often each item reached the backend in a batch write, and injects faults into batch requests
 * (a seeded share of keys and writes left unprocessed, a share of requests throttled), shaped as
 * DynamoDB shapes them. The embedded engine has the same faults and counters built in; this
 * wrapper gives DynamoDB Local them too.
 */
public final class InstrumentedClient implements InvocationHandler {
    private final DynamoDbClient backend;
    private final Map<String, AtomicLong> requests = new ConcurrentHashMap<>();
    private final Map<Map<String, AttributeValue>, Integer> writesPerItemKey = new HashMap<>();
    private final Random random = new Random(7);
    private double unprocessedShare;
    private double throttledShare;
    private String stuckTable;
    private long writesBeforeStuck = Long.MAX_VALUE;

    private InstrumentedClient(DynamoDbClient backend) {
        this.backend = backend;
    }

    /** Returns a client that passes every call to {@code backend}, instrumented by the returned handler. */
    public static InstrumentedClient wrap(DynamoDbClient backend) {
        return new InstrumentedClient(backend);
    }

    /** Returns the instrumented client. */
    public DynamoDbClient client() {
        return (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(),
                new Class<?>[] {DynamoDbClient.class}, this);
    }

    /** Leaves this share of batch keys and writes unprocessed, and throttles this share of batch requests. */
    public synchronized InstrumentedClient faults(double unprocessed, double throttled) {
        this.unprocessedShare = unprocessed;
        this.throttledShare = throttled;
        return this;
    }

    /** Leaves every key and write of one table unprocessed, for ever. */
    public synchronized InstrumentedClient stuck(String table) {
        this.stuckTable = table;
        return this;
    }

    /** Lets this many more batch write requests through, then leaves every write unprocessed, for ever. */
    public synchronized InstrumentedClient stuckAfter(long batchWrites) {
        this.writesBeforeStuck = requests("BatchWriteItem") + batchWrites;
        return this;
    }

    /** Removes every fault. */
    public synchronized InstrumentedClient healed() {
        unprocessedShare = 0;
        throttledShare = 0;
        stuckTable = null;
        writesBeforeStuck = Long.MAX_VALUE;
        return this;
    }

    private boolean leaveUnprocessed(String table) {
        return table.equals(stuckTable) || random.nextDouble() < unprocessedShare;
    }

    /** Returns how many requests of an operation ({@code "BatchWriteItem"}) were sent. */
    public long requests(String operation) {
        AtomicLong count = requests.get(operation);
        return count == null ? 0 : count.get();
    }

    /** Forgets the counts. */
    public synchronized void reset() {
        requests.clear();
        writesPerItemKey.clear();
    }

    /** Returns how often each item (by its whole item, or delete key) reached the backend in batch writes. */
    public synchronized Map<Map<String, AttributeValue>, Integer> writesPerItem() {
        return Map.copyOf(writesPerItemKey);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return method.invoke(this, args);
        }
        String operation = Character.toUpperCase(method.getName().charAt(0)) + method.getName().substring(1);
        if (args != null && args.length == 1 && args[0] instanceof BatchWriteItemRequest request) {
            count(operation);
            return batchWrite(request);
        }
        if (args != null && args.length == 1 && args[0] instanceof BatchGetItemRequest request) {
            count(operation);
            return batchGet(request);
        }
        if (!method.getName().equals("close") && !method.getName().equals("serviceName")) {
            count(operation);
        }
        try {
            return method.invoke(backend, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private void count(String operation) {
        requests.computeIfAbsent(operation, key -> new AtomicLong()).incrementAndGet();
    }

    private synchronized BatchWriteItemResponse batchWrite(BatchWriteItemRequest request) {
        throttleSometimes();
        Map<String, List<WriteRequest>> sent = new HashMap<>();
        Map<String, List<WriteRequest>> unprocessed = new HashMap<>();
        request.requestItems().forEach((table, writes) -> writes.forEach(write ->
                (leaveUnprocessed(table) || requests("BatchWriteItem") > writesBeforeStuck ? unprocessed : sent)
                        .computeIfAbsent(table, name -> new ArrayList<>()).add(write)));
        if (!sent.isEmpty()) {
            backend.batchWriteItem(r -> r.requestItems(sent));
            sent.values().forEach(writes -> writes.forEach(write -> writesPerItemKey.merge(
                    write.putRequest() != null ? write.putRequest().item() : write.deleteRequest().key(),
                    1, Integer::sum)));
        }
        return BatchWriteItemResponse.builder().unprocessedItems(unprocessed).build();
    }

    private synchronized BatchGetItemResponse batchGet(BatchGetItemRequest request) {
        throttleSometimes();
        Map<String, KeysAndAttributes> sent = new HashMap<>();
        Map<String, KeysAndAttributes> unprocessed = new HashMap<>();
        request.requestItems().forEach((table, keys) -> {
            List<Map<String, AttributeValue>> kept = new ArrayList<>();
            List<Map<String, AttributeValue>> left = new ArrayList<>();
            keys.keys().forEach(key -> (leaveUnprocessed(table) ? left : kept).add(key));
            if (!kept.isEmpty()) {
                sent.put(table, keys.toBuilder().keys(kept).build());
            }
            if (!left.isEmpty()) {
                unprocessed.put(table, keys.toBuilder().keys(left).build());
            }
        });
        BatchGetItemResponse response = sent.isEmpty() ? BatchGetItemResponse.builder().build()
                : backend.batchGetItem(r -> r.requestItems(sent));
        return response.toBuilder().unprocessedKeys(unprocessed).build();
    }

    private void throttleSometimes() {
        if (random.nextDouble() < throttledShare) {
            throw (ProvisionedThroughputExceededException) ProvisionedThroughputExceededException.builder()
                    .message("The level of configured provisioned throughput for the table was exceeded.")
                    .statusCode(400)
                    .awsErrorDetails(AwsErrorDetails.builder().errorCode("ProvisionedThroughputExceededException")
                            .errorMessage("The level of configured provisioned throughput for the table was exceeded.")
                            .build())
                    .build();
        }
    }
}
