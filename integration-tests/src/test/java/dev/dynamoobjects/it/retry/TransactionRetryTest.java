package dev.dynamoobjects.it.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.exception.CancellationReason;
import dev.dynamoobjects.exception.TransactionCanceledException;
import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import dev.dynamoobjects.mock.faults.FaultKind;
import dev.dynamoobjects.mock.faults.Faults;
import dev.dynamoobjects.table.DynamoDatabase;
import dev.dynamoobjects.transaction.Transaction;
import dev.dynamoobjects.transaction.TransactionRetry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Transactions retry themselves when DynamoDB cancels them for a conflict or throttling, on the
 * embedded engine with injected faults, pauses recorded instead of waited.
 */
class TransactionRetryTest {
    private static final int PURSES = 10;
    private static final long START = 1_000_000;

    private final EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.builder().build();
    private final List<Duration> pauses = Collections.synchronizedList(new ArrayList<>());
    private final DynamoDatabase db = DynamoDatabase.builder().client(dynamo)
            .transactionRetry(TransactionRetry.DEFAULT.withSleeper(pauses::add)).build();
    private final PurseTable purses = new PurseTable(db);

    @AfterEach
    void close() {
        dynamo.close();
    }

    @Test
    void concurrentTransfersUnderConflictsNeedNoRetryLoopOfTheirOwn() throws Exception {
        for (int i = 0; i < PURSES; i++) {
            purses.save(ImmutablePurse.builder().purseId("p" + i).cents(START).build());
        }
        dynamo.faults().seed(5).conflict("TransactWriteItems", Faults.ANY, 0.05);
        AtomicLongArray ledger = new AtomicLongArray(PURSES);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Random random = new Random(t);
            work.add(threads.submit(() -> {
                for (int n = 0; n < 200; n++) {
                    int from = random.nextInt(PURSES);
                    int to = (from + 1 + random.nextInt(PURSES - 1)) % PURSES;
                    long cents = 1 + random.nextInt(100);
                    transfer(from, to, cents);
                    ledger.addAndGet(from, -cents);
                    ledger.addAndGet(to, cents);
                }
                return null;
            }));
        }
        for (Future<?> future : work) {
            future.get();   // a conflict reaching a caller fails here
        }
        threads.shutdown();

        long total = 0;
        for (int i = 0; i < PURSES; i++) {
            long cents = purses.get("p" + i).cents();
            assertEquals(START + ledger.get(i), cents, "purse p" + i);
            total += cents;
        }
        assertEquals(PURSES * START, total);
        assertTrue(dynamo.requestCounts().of("TransactWriteItems") > 1_600, "some transfers were retried");
        assertTrue(!pauses.isEmpty());
    }

    private void transfer(int from, int to, long cents) {
        Transaction.run(db, tx -> tx
                .update(purses.keyOf("p" + from), PurseTable.CENTS.ge(cents), PurseTable.CENTS.add(-cents))
                .update(purses.keyOf("p" + to), PurseTable.CENTS.add(cents)));
    }

    @Test
    void aFalseConditionReachesTheCallerAfterOneAttempt() {
        purses.save(ImmutablePurse.builder().purseId("poor").cents(5).build());
        purses.save(ImmutablePurse.builder().purseId("rich").cents(5).build());
        TransactionCanceledException e = assertThrows(TransactionCanceledException.class, () -> Transaction.run(db,
                tx -> tx.update(purses.keyOf("poor"), PurseTable.CENTS.ge(10L), PurseTable.CENTS.add(-10L))
                        .update(purses.keyOf("rich"), PurseTable.CENTS.add(10L))));

        assertEquals(CancellationReason.CONDITION_FAILED, e.failures().get(0).reason());
        assertEquals(1, e.attempts());
        assertEquals(1, dynamo.requestCounts().of("TransactWriteItems"));
        assertTrue(pauses.isEmpty());
    }

    @Test
    void nestedScopesRetryOnceAtTheTop() {
        purses.save(ImmutablePurse.builder().purseId("a").cents(100).build());
        dynamo.faults().add(FaultKind.TRANSACTION_CONFLICT, "TransactWriteItems", Faults.ANY, 1.0, 1);
        AtomicInteger outerRuns = new AtomicInteger();
        AtomicInteger innerRuns = new AtomicInteger();
        Transaction.run(db, tx -> {
            outerRuns.incrementAndGet();
            Transaction.run(db, inner -> {
                innerRuns.incrementAndGet();
                inner.update(purses.keyOf("a"), PurseTable.CENTS.add(1L));
            });
        });

        assertEquals(2, outerRuns.get(), "the outermost scope ran its work again");
        assertEquals(2, innerRuns.get(), "the inner scope ran again only as part of it");
        assertEquals(2, dynamo.requestCounts().of("TransactWriteItems"));
        assertEquals(101, purses.get("a").cents());
    }

    @Test
    void aBuiltTransactionIsSentAgainAndTheLastFailureSaysHowManyAttempts() {
        purses.save(ImmutablePurse.builder().purseId("a").cents(100).build());
        dynamo.faults().conflict("TransactWriteItems", Faults.ANY, 1.0);
        Transaction tx = Transaction.begin(db).update(purses.keyOf("a"), PurseTable.CENTS.add(1L));
        TransactionCanceledException e = assertThrows(TransactionCanceledException.class, tx::commit);

        assertEquals(10, e.attempts());
        assertEquals(10, dynamo.requestCounts().of("TransactWriteItems"));
        assertEquals(9, pauses.size());
        assertTrue(e.getMessage().startsWith("DynamoDB cancelled the transaction of 1 operation on each of 10"
                + " attempts; nothing was written. 0: update purse {purseId=\"a\"}: CONFLICT"), e.getMessage());

        dynamo.faults().clear();
        tx.commit();
        assertEquals(101, purses.get("a").cents());
    }

    @Test
    void retriesCanBeSwitchedOff() {
        DynamoDatabase strict = DynamoDatabase.builder().client(dynamo).transactionRetry(TransactionRetry.NONE).build();
        PurseTable strictPurses = new PurseTable(strict);
        strictPurses.save(ImmutablePurse.builder().purseId("a").cents(1).build());
        dynamo.faults().add(FaultKind.TRANSACTION_CONFLICT, "TransactWriteItems", Faults.ANY, 1.0, 1);

        TransactionCanceledException e = assertThrows(TransactionCanceledException.class, () -> Transaction.run(
                strict, tx -> tx.update(strictPurses.keyOf("a"), PurseTable.CENTS.add(1L))));
        assertEquals(CancellationReason.CONFLICT, e.failures().get(0).reason());
        assertEquals(1, dynamo.requestCounts().of("TransactWriteItems"));
    }
}
