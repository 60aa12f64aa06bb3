package dev.dynamoobjects.it.example;

import static dev.dynamoobjects.it.example.Accounts.account;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.exception.VersionConflictException;
import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Many threads read-modify-write the same few records: no update is lost silently. */
@DynamoTest
class ConcurrentVersionTest {
    private static final int THREADS = 8;
    private static final int UPDATES_PER_THREAD = 20;
    private static final List<String> IDS = List.of("a1", "a2", "a3");

    DynamoDbClient dynamo;
    private AccountTable accounts;

    @BeforeEach
    void setUp() {
        accounts = new AccountTable(DynamoDatabase.of(dynamo));
        IDS.forEach(id -> accounts.save(account(id, 0)));
    }

    @Test
    void everyUpdateLandsOrIsToldItConflicted() throws Exception {
        AtomicInteger landed = new AtomicInteger();
        AtomicInteger conflicted = new AtomicInteger();
        runOnThreads(i -> {
            Account read = accounts.get(IDS.get(i % IDS.size()));
            try {
                accounts.save(((ImmutableAccount) read).withBalance(read.balance() + 1));
                landed.incrementAndGet();
            } catch (VersionConflictException e) {
                conflicted.incrementAndGet();
            }
        });
        assertEquals(THREADS * UPDATES_PER_THREAD, landed.get() + conflicted.get());
        assertEquals(landed.get(), totalBalance());
        assertEquals(landed.get() + IDS.size(), IDS.stream().mapToLong(id -> accounts.get(id).version()).sum());
        assertTrue(landed.get() > 0);
    }

    @Test
    void modifyRetriesUntilEveryUpdateLanded() throws Exception {
        runOnThreads(i -> accounts.modify(IDS.get(i % IDS.size()),
                a -> ((ImmutableAccount) a).withBalance(a.balance() + 1)));
        assertEquals(THREADS * UPDATES_PER_THREAD, totalBalance());
        assertEquals(THREADS * UPDATES_PER_THREAD + IDS.size(),
                IDS.stream().mapToLong(id -> accounts.get(id).version()).sum(), "one version per landed write");
    }

    private long totalBalance() {
        return IDS.stream().mapToLong(id -> accounts.get(id).balance()).sum();
    }

    /** Runs {@code update} UPDATES_PER_THREAD times on each of THREADS threads, started together. */
    private void runOnThreads(java.util.function.IntConsumer update) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                tasks.add(() -> {
                    for (int i = 0; i < UPDATES_PER_THREAD; i++) {
                        update.accept(i);
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(tasks)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
