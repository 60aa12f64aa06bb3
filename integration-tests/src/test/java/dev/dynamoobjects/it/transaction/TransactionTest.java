package dev.dynamoobjects.it.transaction;

import static dev.dynamoobjects.it.example.Accounts.account;
import static dev.dynamoobjects.it.example.Products.product;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.exception.CancellationReason;
import dev.dynamoobjects.exception.OperationOutcome;
import dev.dynamoobjects.exception.TransactionCanceledException;
import dev.dynamoobjects.exception.ValidationException;
import dev.dynamoobjects.it.example.Account;
import dev.dynamoobjects.it.example.AccountTable;
import dev.dynamoobjects.it.example.ImmutableAccount;
import dev.dynamoobjects.it.example.ImmutableProduct;
import dev.dynamoobjects.it.example.ProductTable;
import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
import dev.dynamoobjects.transaction.Transaction;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@DynamoTest
class TransactionTest {
    DynamoDbClient dynamo;
    private DynamoDatabase db;
    private ProductTable products;
    private AccountTable accounts;

    @BeforeEach
    void setUp() {
        db = DynamoDatabase.of(dynamo);
        products = new ProductTable(db);
        accounts = new AccountTable(db);
    }

    @Test
    void commitAppliesEveryKindOfOperationOnSeveralTables() {
        products.save(product("s1", "old"));
        products.save(product("s1", "counted"));
        products.save(product("s1", "checked"));
        Transaction.begin(db)
                .save(products, product("s1", "new"))
                .create(accounts, account("a1", 10))
                .update(products.keyOf("s1", "counted"), ProductTable.STOCK.gt(0), ProductTable.STOCK.add(-1))
                .delete(products.keyOf("s1", "old"))
                .check(products.keyOf("s1", "checked"), ProductTable.STATUS.eq("NEW"))
                .commit();
        assertEquals(product("s1", "new"), products.get("s1", "new"));
        assertEquals(1, accounts.get("a1").version());
        assertEquals(4, products.get("s1", "counted").stock());
        assertEquals(Optional.empty(), products.find("s1", "old"));
    }

    @Test
    void falseConditionCancelsEverythingAndSaysWhichOperationWithTheStoredItem() {
        ImmutableProduct checked = product("s1", "checked");
        products.save(checked);
        Transaction tx = Transaction.begin(db)
                .save(products, product("s1", "new"))
                .check(products.keyOf("s1", "checked"), ProductTable.STATUS.eq("SOLD"));
        TransactionCanceledException e = assertThrows(TransactionCanceledException.class, tx::commit);
        assertEquals(Optional.empty(), products.find("s1", "new"));
        List<OperationOutcome> outcomes = e.outcomes();
        assertEquals(CancellationReason.NONE, outcomes.get(0).reason());
        OperationOutcome failure = e.failures().get(0);
        assertEquals(1, failure.index());
        assertEquals("check", failure.operation());
        assertEquals(CancellationReason.CONDITION_FAILED, failure.reason());
        assertEquals(checked, ProductTable.MAPPER.fromItem(failure.current().orElseThrow()));
        assertFalse(e.retryable());
        assertTrue(e.getMessage().contains("1: check " + products.tableName()), e.getMessage());
    }

    @Test
    void staleVersionCancelsAsVersionConflict() {
        ImmutableAccount read = (ImmutableAccount) accounts.save(account("a1", 10));
        accounts.save(read.withBalance(20));
        Transaction tx = Transaction.begin(db)
                .save(accounts, read.withBalance(0))
                .create(accounts, account("a2", 10));
        TransactionCanceledException e = assertThrows(TransactionCanceledException.class, tx::commit);
        assertEquals(CancellationReason.VERSION_CONFLICT, e.failures().get(0).reason());
        assertEquals(20, accounts.get("a1").balance());
        assertEquals(Optional.empty(), accounts.find("a2"));
    }

    @Test
    void transactionalWritesCheckAndIncrementVersions() {
        Account a1 = accounts.save(account("a1", 10));
        Transaction.begin(db).save(accounts, ((ImmutableAccount) a1).withBalance(5)).commit();
        assertEquals(2, accounts.get("a1").version());
        Transaction stale = Transaction.begin(db).delete(accounts, a1);
        assertThrows(TransactionCanceledException.class, stale::commit);
        Transaction.begin(db).delete(accounts, accounts.get("a1")).commit();
        assertEquals(Optional.empty(), accounts.find("a1"));
    }

    @Test
    void emptyTransactionSendsNothingAndACommittedOneIsClosed() {
        Transaction tx = Transaction.begin(db);
        tx.commit();
        ValidationException e = assertThrows(ValidationException.class,
                () -> tx.save(products, product("s1", "late")));
        assertTrue(e.getMessage().contains("committed already"), e.getMessage());
    }

    @Test
    void sameTokenAppliesTheTransactionOnce() {
        products.save(product("s1", "shoe"));
        for (int i = 0; i < 2; i++) {
            Transaction.begin(db).idempotencyToken("token-1")
                    .update(products.keyOf("s1", "shoe"), ProductTable.STOCK.add(-1))
                    .commit();
        }
        assertEquals(4, products.get("s1", "shoe").stock());
    }

    @Test
    void sameTokenForOtherOperationsIsRejected() {
        products.save(product("s1", "shoe"));
        Transaction.begin(db).idempotencyToken("token-2")
                .update(products.keyOf("s1", "shoe"), ProductTable.STOCK.add(-1)).commit();
        Transaction other = Transaction.begin(db).idempotencyToken("token-2")
                .update(products.keyOf("s1", "shoe"), ProductTable.STOCK.add(-2));
        ValidationException e = assertThrows(ValidationException.class, other::commit);
        assertTrue(e.getMessage().contains("token-2"), e.getMessage());
        assertEquals(4, products.get("s1", "shoe").stock());
    }
}
