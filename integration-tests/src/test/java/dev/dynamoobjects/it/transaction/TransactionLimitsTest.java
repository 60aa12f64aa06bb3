package dev.dynamoobjects.it.transaction;

import static dev.dynamoobjects.it.example.Products.product;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.exception.ValidationException;
import dev.dynamoobjects.it.example.ProductTable;
import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
import dev.dynamoobjects.transaction.ReadTransaction;
import dev.dynamoobjects.transaction.Transaction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** DynamoDB's transaction limits fail the operation that breaks them, before anything is sent. */
@DynamoTest
class TransactionLimitsTest {
    DynamoDbClient dynamo;
    private DynamoDatabase db;
    private ProductTable products;

    @BeforeEach
    void setUp() {
        db = DynamoDatabase.of(dynamo);
        products = new ProductTable(db);
    }

    @Test
    void hundredAndFirstOperationIsRefused() {
        Transaction tx = Transaction.begin(db);
        for (int i = 0; i < 100; i++) {
            tx.save(products, product("s1", "p" + i));
        }
        ValidationException e = assertThrows(ValidationException.class,
                () -> tx.save(products, product("s1", "p100")));
        assertTrue(e.getMessage().contains("at most 100 operations"), e.getMessage());
        assertTrue(e.getMessage().contains("sku=\"p100\""), e.getMessage());
        tx.commit();
        assertEquals(100, products.count());
    }

    @Test
    void secondOperationOnOneItemIsRefused() {
        Transaction tx = Transaction.begin(db).save(products, product("s1", "shoe"));
        ValidationException e = assertThrows(ValidationException.class,
                () -> tx.update(products.keyOf("s1", "shoe"), ProductTable.STOCK.add(1)));
        assertTrue(e.getMessage().contains("one operation per item"), e.getMessage());
        assertEquals(1, tx.size());
    }

    @Test
    void itemsPastFourMegabytesAreRefused() {
        String large = "x".repeat(390 * 1024);
        Transaction tx = Transaction.begin(db);
        ValidationException e = assertThrows(ValidationException.class, () -> {
            for (int i = 0; i < 11; i++) {
                tx.save(products, product("s1", "p" + i).withName(large));
            }
        });
        assertTrue(e.getMessage().contains("at most 4194304 bytes"), e.getMessage());
        assertEquals(10, tx.size());
    }

    @Test
    void readTransactionRefusesTheSameKeyTwice() {
        ReadTransaction read = ReadTransaction.begin(db);
        read.get(products.keyOf("s1", "shoe"));
        assertThrows(ValidationException.class, () -> read.get(products.keyOf("s1", "shoe")));
    }
}
