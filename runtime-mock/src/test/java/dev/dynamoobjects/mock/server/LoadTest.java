package dev.dynamoobjects.mock.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Many SDK clients on loopback doing optimistic (conditional) increments of a few shared counters
 * for a bounded time: no request is lost, every counter ends exactly at the number of increments
 * that succeeded, and the only errors are the expected condition failures.
 */
class LoadTest {
    private static final int CLIENTS = 16;
    private static final int COUNTERS = 4;
    private static final long RUN_MILLIS = 3_000;

    @Test
    void conditionalIncrementsFromManyClientsAddUpExactly() throws Exception {
        try (ServerFixture fixture = new ServerFixture()) {
            fixture.client.createTable(b -> b.tableName("counters")
                    .attributeDefinitions(a -> a.attributeName("id").attributeType("N"))
                    .keySchema(k -> k.attributeName("id").keyType("HASH")).billingMode("PAY_PER_REQUEST"));
            for (int c = 0; c < COUNTERS; c++) {
                int id = c;
                fixture.client.putItem(b -> b.tableName("counters").item(Map.of("id", n(id), "v", n(0))));
            }
            AtomicLongArray succeeded = new AtomicLongArray(COUNTERS);
            long deadline = System.currentTimeMillis() + RUN_MILLIS;
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                workers.add(pool.submit(() -> increment(fixture, deadline, succeeded)));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            pool.shutdown();

            long total = 0;
            for (int c = 0; c < COUNTERS; c++) {
                int id = c;
                String value = fixture.client.getItem(b -> b.tableName("counters").key(Map.of("id", n(id)))
                        .consistentRead(true)).item().get("v").n();
                assertEquals(succeeded.get(c), Long.parseLong(value), "counter " + c);
                total += succeeded.get(c);
            }
            assertTrue(total > 0, "some increments got through");
            assertTrue(fixture.errorLog.isEmpty(), fixture.errorLog.toString());
        }
    }

    /** Read, then write value+1 only if nobody changed it meanwhile; count the writes that won. */
    private static Void increment(ServerFixture fixture, long deadline, AtomicLongArray succeeded) {
        try (DynamoDbClient client = ServerFixture.client(fixture.server.endpoint(), "any", "any")) {
            while (System.currentTimeMillis() < deadline) {
                int id = ThreadLocalRandom.current().nextInt(COUNTERS);
                long old = Long.parseLong(client.getItem(b -> b.tableName("counters").key(Map.of("id", n(id)))
                        .consistentRead(true)).item().get("v").n());
                try {
                    client.updateItem(b -> b.tableName("counters").key(Map.of("id", n(id)))
                            .updateExpression("SET v = :new").conditionExpression("v = :old")
                            .expressionAttributeValues(Map.of(":new", n(old + 1), ":old", n(old))));
                    succeeded.incrementAndGet(id);
                } catch (ConditionalCheckFailedException expected) {
                    // Another client incremented first: the one failure this workload expects.
                }
            }
        }
        return null;
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
