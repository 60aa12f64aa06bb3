package dev.dynamoobjects.it.transaction;

import static dev.dynamoobjects.it.example.Accounts.account;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.exception.DynamoObjectsException;
import dev.dynamoobjects.it.example.Account;
import dev.dynamoobjects.it.example.AccountTable;
import dev.dynamoobjects.it.example.ImmutableAccount;
import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
import dev.dynamoobjects.transaction.Transaction;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Scopes bound to the thread: nested ones join the outer transaction, which commits once. */
@DynamoTest
class TransactionScopeTest {
    DynamoDbClient dynamo;
    private DynamoDatabase db;
    private AccountTable accounts;

    @BeforeEach
    void setUp() {
        db = DynamoDatabase.of(dynamo);
        accounts = new AccountTable(db);
        accounts.save(account("a", 100));
        accounts.save(account("b", 0));
    }

    /** Application code that does not know whether it runs inside a transaction. */
    private void transfer(String from, String to, long amount) {
        Transaction.run(db, tx -> {
            ImmutableAccount source = (ImmutableAccount) accounts.get(from);
            ImmutableAccount target = (ImmutableAccount) accounts.get(to);
            tx.save(accounts, source.withBalance(source.balance() - amount))
                    .save(accounts, target.withBalance(target.balance() + amount));
        });
    }

    @Test
    void scopeOutsideAnyTransactionCommitsByItself() {
        transfer("a", "b", 30);
        assertEquals(70, accounts.get("a").balance());
        assertEquals(30, accounts.get("b").balance());
        assertEquals(Optional.empty(), Transaction.current());
    }

    @Test
    void nestedScopeJoinsTheOuterWhichCommitsOnce() {
        Transaction.run(db, tx -> {
            transfer("a", "b", 30);
            assertEquals(100, accounts.get("a").balance(), "nothing is sent before the outer scope ends");
            assertSame(tx, Transaction.current().orElseThrow());
            assertEquals(2, tx.size());
            tx.create(accounts, account("audit", 30));
        });
        assertEquals(70, accounts.get("a").balance());
        assertEquals(30, accounts.get("b").balance());
        assertEquals(30, accounts.get("audit").balance());
    }

    @Test
    void callReturnsTheValueAfterCommit() {
        Account created = Transaction.call(db, tx -> {
            tx.create(accounts, account("c", 5));
            return accounts.find("c").orElse(null);
        });
        assertEquals(null, created, "the value is computed before the commit");
        assertEquals(5, accounts.get("c").balance());
    }

    @Test
    void failureInANestedScopeCommitsNothingEvenWhenCaught() {
        IllegalStateException failure = new IllegalStateException("nested failed");
        DynamoObjectsException e = assertThrows(DynamoObjectsException.class, () -> Transaction.run(db, tx -> {
            tx.create(accounts, account("c", 5));
            try {
                Transaction.run(db, inner -> {
                    throw failure;
                });
            } catch (IllegalStateException caught) {
                // the outer code carries on
            }
        }));
        assertSame(failure, e.getCause());
        assertTrue(e.getMessage().contains("Nothing was committed"), e.getMessage());
        assertEquals(Optional.empty(), accounts.find("c"));
        assertEquals(Optional.empty(), Transaction.current());
    }

    @Test
    void failureInTheOuterScopeSendsNothing() {
        assertThrows(IllegalStateException.class, () -> Transaction.run(db, tx -> {
            tx.create(accounts, account("c", 5));
            throw new IllegalStateException("outer failed");
        }));
        assertEquals(Optional.empty(), accounts.find("c"));
    }
}
