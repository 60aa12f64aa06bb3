package dev.dynamoobjects.it.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.dynamoobjects.it.example.ImmutableOrder;
import dev.dynamoobjects.it.example.Order;
import dev.dynamoobjects.it.example.OrderTable;
import dev.dynamoobjects.keys.KeyCounter;
import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

@DynamoTest
class GeneratedValuesTest {
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    DynamoDbClient dynamo;
    private DynamoDatabase db;

    @BeforeEach
    void setUp() {
        db = DynamoDatabase.of(dynamo);
    }

    @Test
    void orderSavedWithoutKeyGetsTheNextNumber() {
        OrderTable orders = new OrderTable(db);
        List<Long> ids = List.of(orders.save(order("a")), orders.save(order("b")))
                .stream().map(Order::orderId).toList();
        assertEquals(List.of(1L, 2L), ids);
        assertEquals("b", orders.find(2).orElseThrow().item());
    }

    @Test
    void countersOfSeveralProcessesReserveSeparateBlocks() {
        KeyCounter first = new KeyCounter(db, "c", 10);
        KeyCounter second = new KeyCounter(db, "c", 10);
        assertEquals(List.of(1L, 11L, 2L, 12L), List.of(first.next(), second.next(), first.next(), second.next()));
    }

    @Test
    void numbersAreUniqueUnderConcurrency() throws Exception {
        int threads = 8;
        int perThread = 25;
        KeyCounter shared = new KeyCounter(db, "c", 7);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<List<Long>>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                // Half the threads share one counter; the others each stand for a process of their own.
                KeyCounter counter = t % 2 == 0 ? shared : new KeyCounter(db, "c", 1 + t);
                tasks.add(() -> {
                    List<Long> mine = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        mine.add(counter.next());
                    }
                    return mine;
                });
            }
            Set<Long> all = new HashSet<>();
            for (Future<List<Long>> done : pool.invokeAll(tasks)) {
                all.addAll(done.get());
            }
            assertEquals(threads * perThread, all.size(), "no number was handed out twice");
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void referenceIsARandomUuidUnlessSet() {
        OrderTable orders = new OrderTable(db);
        Order saved = orders.save(order("a"));
        assertNotNull(UUID.fromString(saved.reference()));
        Order kept = orders.save(order("b").withReference("mine"));
        assertEquals("mine", kept.reference());
    }

    @Test
    void createdAtIsSetOnceAndUpdatedAtOnEverySave() {
        OrderTable at0 = new OrderTable(DynamoDatabase.builder().client(dynamo).clock(fixed(T0)).build());
        OrderTable later = new OrderTable(DynamoDatabase.builder().client(dynamo).clock(fixed(T0.plusSeconds(60))).build());
        Order created = at0.save(order("a"));
        assertEquals(T0, created.createdAt());
        assertEquals(T0, created.updatedAt());
        Order updated = later.save(((ImmutableOrder) later.find(created.orderId()).orElseThrow()).withItem("b"));
        assertEquals(T0, updated.createdAt());
        assertEquals(T0.plusSeconds(60), updated.updatedAt());
        assertEquals(updated, later.find(created.orderId()).orElseThrow());
    }

    @Test
    void timeToLiveIsEnabledWhenTheTableIsCreated() {
        OrderTable orders = new OrderTable(db);
        orders.ensureExists();
        var ttl = dynamo.describeTimeToLive(r -> r.tableName(orders.tableName())).timeToLiveDescription();
        assertEquals(TimeToLiveStatus.ENABLED, ttl.timeToLiveStatus());
        assertEquals("expiresAt", ttl.attributeName());
    }

    private static Clock fixed(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    /** A new order: no key, reference or timestamps yet. */
    private static ImmutableOrder order(String item) {
        return ImmutableOrder.builder().item(item).build();
    }
}
