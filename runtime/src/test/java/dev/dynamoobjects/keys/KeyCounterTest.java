package dev.dynamoobjects.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The counter behind {@code @AutoIncrement} keys. Keys filled in on save are tested on generated
 * tables in integration-tests ({@code GeneratedValuesTest}).
 */
@DynamoTest
class KeyCounterTest {
    DynamoDbClient dynamo;
    private DynamoDatabase db;

    @BeforeEach
    void setUp() {
        db = DynamoDatabase.of(dynamo);
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
}
