package dev.dynamoobjects.it.writes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.batch.BatchWrite;
import dev.dynamoobjects.exception.TransactionCanceledException;
import dev.dynamoobjects.exception.ValidationException;
import dev.dynamoobjects.exception.VersionConflictException;
import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
import dev.dynamoobjects.transaction.ReadTransaction;
import dev.dynamoobjects.transaction.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** {@code @Version} through the generated table: saves, deletes, {@code modify} and transactions check it. */
@DynamoTest
class OptimisticLockingTest {
    DynamoDbClient dynamo;
    DynamoDatabase db;
    WalletTable wallets;

    @BeforeEach
    void setUp() {
        db = DynamoDatabase.of(dynamo);
        wallets = new WalletTable(db);
    }

    private static ImmutableWallet wallet(String id, long balance) {
        return ImmutableWallet.builder().walletId(id).owner("ada").balance(balance).build();
    }

    @Test
    void savesIncrementTheVersionAndAStaleCopyIsRefused() {
        ImmutableWallet first = ImmutableWallet.copyOf(wallets.save(wallet("w1", 10)));
        assertEquals(1, first.version());
        Wallet second = wallets.save(first.withBalance(20));
        assertEquals(2, second.version());

        ImmutableWallet stale = first.withBalance(99);
        VersionConflictException e = assertThrows(VersionConflictException.class, () -> wallets.save(stale));
        assertSame(stale, e.record());
        assertEquals(1, e.expectedVersion());
        assertThrows(VersionConflictException.class, () -> wallets.delete(first));
        assertEquals(20, wallets.get("w1").balance());

        wallets.delete(second);
        assertEquals(Optional.empty(), wallets.find("w1"));
    }

    @Test
    void aNewRecordMustNotOverwriteAnExistingItem() {
        wallets.save(wallet("w1", 10));
        VersionConflictException e = assertThrows(VersionConflictException.class, () -> wallets.save(wallet("w1", 5)));
        assertEquals(0, e.expectedVersion());
        assertEquals(10, wallets.get("w1").balance());
    }

    @Test
    void batchesAndMemoryTablesRefuseVersionedRecordsSinceTheyCannotCheckThem() {
        Wallet stored = wallets.save(wallet("w1", 10));
        ValidationException batch = assertThrows(ValidationException.class,
                () -> new BatchWrite().save(wallets, List.of(wallet("w2", 1))));
        assertTrue(batch.getMessage().contains("has a @Version attribute, and BatchWriteItem cannot check versions"),
                batch.getMessage());
        try (WalletMemoryTable memory = new WalletMemoryTable(wallets)) {
            assertEquals(stored, memory.get("w1"));
            assertThrows(ValidationException.class, () -> memory.save(ImmutableWallet.copyOf(stored).withBalance(0)));
        }
        assertEquals(List.of(10L), wallets.scan().list().stream().map(Wallet::balance).toList());
    }

    @Test
    void concurrentModificationsAllLand() throws Exception {
        wallets.save(wallet("w1", 0));
        int threads = 8;
        int perThread = 15;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        wallets.modify("w1", w -> ImmutableWallet.copyOf(w).withBalance(w.balance() + 1));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        Wallet w = wallets.get("w1");
        assertEquals(threads * perThread, w.balance());
        assertEquals(threads * perThread + 1, w.version());
    }

    @Test
    void transactionsUseTheGeneratedKeysAndCheckVersions() {
        Wallet from = wallets.save(wallet("from", 10));
        wallets.save(wallet("to", 0));
        Transaction.begin(db)
                .save(wallets, ImmutableWallet.copyOf(from).withBalance(7))
                .update(wallets.keyOf("to"), WalletTable.BALANCE.add(3L))
                .commit();
        ReadTransaction read = ReadTransaction.begin(db);
        var fromNow = read.get(wallets.keyOf("from"));
        var toNow = read.get(wallets.keyOf("to"));
        read.execute();
        assertEquals(List.of(7L, 3L), List.of(fromNow.get().balance(), toNow.get().balance()));
        assertEquals(2, fromNow.get().version());

        Transaction stale = Transaction.begin(db).save(wallets, ImmutableWallet.copyOf(from).withBalance(0));
        assertThrows(TransactionCanceledException.class, stale::commit);
        assertEquals(7, wallets.get("from").balance());
    }
}
