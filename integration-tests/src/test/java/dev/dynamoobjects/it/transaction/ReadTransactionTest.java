package dev.dynamoobjects.it.transaction;

import static dev.dynamoobjects.it.example.Accounts.account;
import static dev.dynamoobjects.it.example.Products.product;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamoobjects.exception.RecordNotFoundException;
import dev.dynamoobjects.exception.ValidationException;
import dev.dynamoobjects.it.example.Account;
import dev.dynamoobjects.it.example.AccountTable;
import dev.dynamoobjects.it.example.Product;
import dev.dynamoobjects.it.example.ProductTable;
import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
import dev.dynamoobjects.transaction.Loaded;
import dev.dynamoobjects.transaction.ReadTransaction;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@DynamoTest
class ReadTransactionTest {
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
    void readsRecordsOfSeveralTypesAtOnce() {
        products.save(product("s1", "shoe"));
        Account saved = accounts.save(account("a1", 10));
        ReadTransaction read = ReadTransaction.begin(db);
        Loaded<Product> shoe = read.get(products.keyOf("s1", "shoe"));
        Loaded<Account> a1 = read.get(accounts.keyOf("a1"));
        Loaded<Account> missing = read.get(accounts.keyOf("nope"));
        read.execute();
        assertEquals(product("s1", "shoe"), shoe.get());
        assertEquals(saved, a1.get());
        assertEquals(Optional.empty(), missing.find());
        assertThrows(RecordNotFoundException.class, missing::get);
    }

    @Test
    void resultBeforeExecuteIsAnError() {
        Loaded<Account> a1 = ReadTransaction.begin(db).get(accounts.keyOf("a1"));
        assertThrows(ValidationException.class, a1::find);
    }
}
