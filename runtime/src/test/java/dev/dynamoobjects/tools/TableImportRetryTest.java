package dev.dynamoobjects.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.batch.BatchRetry;
import dev.dynamoobjects.batch.BatchStats;
import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import dev.dynamoobjects.mock.faults.Faults;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * An import into a table that throttles or leaves items unprocessed (the engine's faults), with a
 * sleeper that records the pauses instead of waiting: retried as the batch writes retry, and a
 * failed write reported with the number of items really written.
 */
class TableImportRetryTest {
    private static final int LINES = 1_000;

    private final EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.builder().build();
    private final List<Duration> pauses = Collections.synchronizedList(new ArrayList<>());
    private final BatchRetry retry = new BatchRetry(10, Duration.ofMillis(50), Duration.ofSeconds(5), pauses::add);

    TableImportRetryTest() {
        dynamo.createTable(c -> c.tableName("events").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
    }

    private static ByteArrayInputStream file() {
        return new ByteArrayInputStream(IntStream.range(0, LINES)
                .mapToObj(i -> "{\"Item\":{\"id\":{\"S\":\"e" + i + "\"}}}\n").collect(Collectors.joining())
                .getBytes(StandardCharsets.UTF_8));
    }

    private long stored() {
        return dynamo.scan(s -> s.tableName("events").select("COUNT")).count();
    }

    @Test
    void aThrottlingTableGetsEveryItemWithTheRetriesAndPausesReported() throws IOException {
        dynamo.faults().seed(42)
                .throttle("BatchWriteItem", Faults.ANY, 0.3)
                .leaveUnprocessed("BatchWriteItem", Faults.ANY, 0.33);
        List<CopyProgress> heard = Collections.synchronizedList(new ArrayList<>());

        long imported = TableImport.into(dynamo, "events").retry(retry).listener(heard::add).from(file(), "events.jsonl");

        assertEquals(LINES, imported);
        assertEquals(LINES, stored());
        BatchStats writes = heard.get(heard.size() - 1).writes();
        assertEquals(dynamo.requestCounts().of("BatchWriteItem"), writes.requests());
        assertTrue(writes.retries() > 0, writes.toString());
        assertEquals(pauses.stream().reduce(Duration.ZERO, Duration::plus), writes.paused());
    }

    @Test
    void aWriteThatFailsForGoodStopsTheImportSayingHowManyItemsWereWritten() {
        dynamo.faults().seed(7).leaveUnprocessed("BatchWriteItem", Faults.ANY, 0.9);

        ImportException e = assertThrows(ImportException.class, () -> TableImport.into(dynamo, "events").threads(1)
                .retry(retry.withMaxAttempts(2)).from(file(), "events.jsonl"));

        assertEquals(stored(), e.written());
        assertTrue(e.written() > 0 && e.written() < LINES, "written " + e.written());
        assertEquals(0, e.line());
        assertTrue(e.getMessage().startsWith("Importing events.jsonl into events stopped after " + e.written()
                + " items were written: BatchWriteItem did "), e.getMessage());
    }
}
