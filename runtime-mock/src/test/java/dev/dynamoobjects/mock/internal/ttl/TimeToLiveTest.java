package dev.dynamoobjects.mock.internal.ttl;

import static dev.dynamoobjects.mock.fixtures.TestData.key;
import static dev.dynamoobjects.mock.fixtures.TestData.n;
import static dev.dynamoobjects.mock.fixtures.TestData.s;
import static dev.dynamoobjects.mock.fixtures.TestData.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import dev.dynamoobjects.mock.time.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;

/**
 * Time to Live on a clock the test moves: embedded only (DynamoDB Local deletes nothing on its own),
 * so these tests use an {@link EmbeddedDynamoDb} whatever backend the suite runs on.
 */
class TimeToLiveTest {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private final ManualClock clock = ManualClock.at(START);
    private final EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.builder().clock(clock).build();

    @BeforeEach
    void sessionsExpiringAfterOneAndTwoMinutes() {
        table(dynamo, "sessions");
        dynamo.updateTimeToLive(u -> u.tableName("sessions")
                .timeToLiveSpecification(t -> t.enabled(true).attributeName("expiresAt")));
        dynamo.putItem(p -> p.tableName("sessions").item(session("short", 60)));
        dynamo.putItem(p -> p.tableName("sessions").item(session("long", 120)));
        dynamo.putItem(p -> p.tableName("sessions").item(Map.of("id", s("forever"))));
    }

    @Test
    void keepsItemsUntilTheClockPassesTheirTtl() {
        clock.advance(Duration.ofSeconds(60));
        assertTrue(dynamo.getItem(g -> g.tableName("sessions").key(key("short"))).hasItem(), "ttl = now: not expired");

        clock.advance(Duration.ofSeconds(1));
        assertFalse(dynamo.getItem(g -> g.tableName("sessions").key(key("short"))).hasItem());
        assertTrue(dynamo.getItem(g -> g.tableName("sessions").key(key("long"))).hasItem());
    }

    @Test
    void hidesExpiredItemsFromEveryReadAndDeletesThem() {
        clock.advance(Duration.ofMinutes(5));

        assertEquals(List.of("forever"), dynamo.scan(s -> s.tableName("sessions")).items().stream()
                .map(item -> item.get("id").s()).toList());
        assertEquals(0, dynamo.query(q -> q.tableName("sessions").keyConditionExpression("id = :id")
                .expressionAttributeValues(Map.of(":id", s("long")))).count());
        assertEquals(List.of(), dynamo.batchGetItem(b -> b.requestItems(Map.of("sessions",
                KeysAndAttributes.builder().keys(key("short"), key("long")).build()))).responses().get("sessions"));
        assertFalse(dynamo.transactGetItems(t -> t.transactItems(TransactGetItem.builder()
                .get(g -> g.tableName("sessions").key(key("long"))).build())).responses().get(0).hasItem());
        assertEquals(1L, dynamo.describeTable(d -> d.tableName("sessions")).table().itemCount());
    }

    @Test
    void expiresNothingWhileTtlIsDisabled() {
        dynamo.updateTimeToLive(u -> u.tableName("sessions")
                .timeToLiveSpecification(t -> t.enabled(false).attributeName("expiresAt")));
        clock.advance(Duration.ofMinutes(5));

        assertEquals(3, dynamo.scan(s -> s.tableName("sessions")).count());
    }

    private static Map<String, AttributeValue> session(String id, int secondsToLive) {
        return Map.of("id", s(id), "expiresAt", n(Long.toString(START.getEpochSecond() + secondsToLive)));
    }
}
