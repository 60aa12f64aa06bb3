package dev.dynamoobjects.mock.engine;

import static dev.dynamoobjects.mock.engine.Fixtures.hashTable;
import static dev.dynamoobjects.mock.engine.Fixtures.n;
import static dev.dynamoobjects.mock.engine.Fixtures.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynamoobjects.mock.junit.DynamoTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@DynamoTest
class ConcurrencyConformanceTest {
    DynamoDbClient dynamo;

    @Test
    void concurrentUpdatesAreNotLost() throws Exception {
        hashTable(dynamo, "counters");
        int threads = 4;
        int updates = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < updates; i++) {
                        dynamo.updateItem(b -> b.tableName("counters").key(Map.of("id", s("c")))
                                .updateExpression("ADD hits :one").expressionAttributeValues(Map.of(":one", n("1"))));
                        dynamo.getItem(b -> b.tableName("counters").key(Map.of("id", s("c"))));
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }

        assertEquals(n(Integer.toString(threads * updates)), dynamo.getItem(b -> b.tableName("counters")
                .key(Map.of("id", s("c"))).consistentRead(true)).item().get("hits"));
    }
}
