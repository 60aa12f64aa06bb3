package dev.dynamoobjects.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import dev.dynamoobjects.mock.faults.Faults;
import dev.dynamoobjects.tools.CopyProgress;
import dev.dynamoobjects.tools.TableCopy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * How long a batch waits between requests, pinned with a sleeper that records instead of waiting:
 * pauses follow progress, so a table at the edge of its capacity is not left idle.
 */
class BatchPacingTest {
    private static final Duration FIRST = Duration.ofMillis(50);
    private static final Duration MAX = Duration.ofSeconds(5);
    private static final int RECORDS = 3_000;

    private final EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.builder().build();
    private final List<Duration> pauses = new ArrayList<>();
    private final BatchRetry retry = new BatchRetry(10, FIRST, MAX, pauses::add);
    private final ItemTable table = table();

    @Test
    void steadyPartialProgressKeepsThePausesNearTheFirstDelay() {
        dynamo.faults().seed(42)
                .throttle("BatchWriteItem", Faults.ANY, 0.3)
                .leaveUnprocessed("BatchWriteItem", Faults.ANY, 0.33);
        BatchWrite batch = new BatchWrite().retry(retry).put(table, items());
        assertEquals(RECORDS, batch.execute());

        assertEquals(RECORDS, (int) dynamo.scan(s -> s.tableName(table.name())).count());
        Duration total = pauses.stream().reduce(Duration.ZERO, Duration::plus);
        Duration mean = total.dividedBy(pauses.size());
        assertTrue(mean.compareTo(FIRST.multipliedBy(2)) <= 0, "mean pause " + mean);
        // 30% of requests throttled, a third of the rest's items unprocessed: 25 * 0.7 * 0.67 per request
        double fewest = RECORDS / (25 * 0.7 * 0.67);
        long requests = dynamo.requestCounts().of("BatchWriteItem");
        assertTrue(requests <= fewest * 1.1, requests + " requests, " + Math.round(fewest) + " expected");
        assertEquals(new BatchStats((int) requests, (int) requests - RECORDS / 25, total), batch.stats());
    }

    @Test
    void aCopyIntoAThrottlingTableShowsItsRetriesAndPauses() {
        new BatchWrite().put(table, items().subList(0, 500)).execute();
        dynamo.createTable(c -> c.tableName("copy").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
        dynamo.faults().seed(3).throttle("BatchWriteItem", "copy", 0.5);
        List<CopyProgress> heard = new ArrayList<>();
        long copied = TableCopy.items(table, ItemTable.describe(dynamo, "copy")).segments(1).retry(retry)
                .listener(heard::add).run();

        assertEquals(500, copied);
        BatchStats writes = heard.get(heard.size() - 1).writes();
        assertEquals(dynamo.requestCounts().of("BatchWriteItem", "copy"), writes.requests());
        assertTrue(writes.retries() > 0 && writes.retries() == writes.requests() - 20, writes.toString());
        assertEquals(pauses.stream().reduce(Duration.ZERO, Duration::plus), writes.paused());
    }

    @Test
    void aBatchThrottledOnEveryRequestBacksOffToTheCapAndGivesUp() {
        dynamo.faults().throttle("BatchWriteItem", Faults.ANY, 1.0);
        BatchWriteException e = assertThrows(BatchWriteException.class,
                () -> new BatchWrite().retry(retry).put(table, items().subList(0, 30)).execute());

        assertEquals(0, e.written());
        assertEquals(10, e.stats().requests());
        assertTrue(e.getMessage().startsWith("BatchWriteItem did 0 of 30 writes in 10 requests (8 retries, "),
                e.getMessage());
        assertEquals(30, e.unwrittenKeys().get("events").size());
        assertEquals(retry.maxAttempts() - 1, pauses.size(), "a pause between each two of the 10 attempts");
        for (int i = 0; i < pauses.size(); i++) {
            Duration level = FIRST.multipliedBy(1L << i).compareTo(MAX) < 0 ? FIRST.multipliedBy(1L << i) : MAX;
            Duration pause = pauses.get(i);
            assertTrue(pause.compareTo(level.dividedBy(2)) >= 0 && pause.compareTo(level) <= 0,
                    "pause " + i + " is " + pause + ", level " + level);
        }
        assertTrue(pauses.get(pauses.size() - 1).compareTo(MAX.dividedBy(2)) >= 0);
    }

    @Test
    void aRequestThatDoesSomethingHalvesThePauseInsteadOfLengtheningIt() {
        dynamo.faults().throttleNext(6, "BatchWriteItem", Faults.ANY)
                .leaveUnprocessed("BatchWriteItem", Faults.ANY, 0.5);
        new BatchWrite().retry(retry).put(table, items().subList(0, 200)).execute();

        // six throttles raise the level to 50 ms * 2^5 = 1.6 s; each partial success then halves it
        Duration afterThrottles = pauses.get(5);
        Duration afterFirstProgress = pauses.get(6);
        assertTrue(afterThrottles.compareTo(Duration.ofMillis(800)) >= 0, "level 1.6 s: " + afterThrottles);
        assertTrue(afterFirstProgress.compareTo(Duration.ofMillis(800)) <= 0, "level 0.8 s: " + afterFirstProgress);
        assertTrue(pauses.get(pauses.size() - 1).compareTo(FIRST) <= 0, "back to the first delay: " + pauses);
    }

    private ItemTable table() {
        dynamo.createTable(c -> c.tableName("events").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
        return ItemTable.describe(dynamo, "events");
    }

    private static List<Map<String, AttributeValue>> items() {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            items.add(Map.of("id", AttributeValue.fromS("e" + i), "n", AttributeValue.fromN(Integer.toString(i))));
        }
        return items;
    }
}
