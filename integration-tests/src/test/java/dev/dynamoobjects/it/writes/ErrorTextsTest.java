package dev.dynamoobjects.it.writes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.exception.ConditionFailedException;
import dev.dynamoobjects.exception.RecordNotFoundException;
import dev.dynamoobjects.exception.TableNotFoundException;
import dev.dynamoobjects.exception.TransactionCanceledException;
import dev.dynamoobjects.exception.ValidationException;
import dev.dynamoobjects.exception.VersionConflictException;
import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
import dev.dynamoobjects.transaction.Transaction;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The texts users read, written out in full: each is one sentence that names the item and the fix,
 * with counts in the right number and DynamoDB's own words quoted once.
 */
@DynamoTest
class ErrorTextsTest {
    /** The request id differs per request; DynamoDB Local's in-process client gives none. */
    private static final Pattern REQUEST_ID = Pattern.compile("( \\(request ID [A-Za-z0-9-]+\\))?");

    DynamoDbClient dynamo;
    DynamoDatabase db;
    WalletTable wallets;
    Wallet stored;

    @BeforeEach
    void setUp() {
        db = DynamoDatabase.of(dynamo);
        wallets = new WalletTable(db);
        stored = wallets.save(wallet("w1", 10));
    }

    @Test
    void aNewRecordWhoseKeyIsTaken() {
        assertEquals("Version conflict on the item {walletId=\"w1\"} of table wallet: the record is new"
                + " (version 0) but the table already holds an item with its key; nothing was written."
                + " Read the record again, apply the change and save again (modify(key, change) does so)",
                assertThrows(VersionConflictException.class, () -> wallets.save(wallet("w1", 5))).getMessage());
    }

    @Test
    void aMissingItem() {
        assertEquals("No item in table wallet has the key {walletId=\"nope\"}; use find(...) when the item"
                + " may be missing",
                assertThrows(RecordNotFoundException.class, () -> wallets.get("nope")).getMessage());
    }

    @Test
    void aFalseCondition() {
        assertEquals("The condition (version = 1) AND (balance > 100) is false for the item"
                + " {walletId=\"w1\"} of table wallet",
                assertThrows(ConditionFailedException.class,
                        () -> wallets.save(copy().withBalance(3), WalletTable.BALANCE.gt(100L))).getMessage());
    }

    @Test
    void aTransactionOfOneOperation() {
        assertEquals("DynamoDB cancelled the transaction of 1 operation; nothing was written."
                + " 0: save wallet {walletId=\"w1\"}: VERSION_CONFLICT (The conditional request failed)",
                assertThrows(TransactionCanceledException.class,
                        () -> Transaction.begin(db).save(wallets, wallet("w1", 1)).commit()).getMessage());
    }

    @Test
    void aTransactionOfTwoOperations() {
        assertEquals("DynamoDB cancelled the transaction of 2 operations; nothing was written."
                + " 0: save wallet {walletId=\"w1\"}: CONDITION_FAILED (The conditional request failed)",
                assertThrows(TransactionCanceledException.class, () -> Transaction.begin(db)
                        .save(wallets, copy().withBalance(3), WalletTable.BALANCE.gt(100L))
                        .save(wallets, wallet("w2", 1))
                        .commit()).getMessage());
    }

    @Test
    void aMissingTable() {
        DynamoDatabase production = DynamoDatabase.builder().client(dynamo).createTables(false)
                .tablePrefix("prod_").build();
        assertEquals("Table prod_wallet does not exist; create it with DynamoDatabase.createMissingTables(...)"
                + " or switch automatic table creation on",
                assertThrows(TableNotFoundException.class, () -> new WalletTable(production).find("w1"))
                        .getMessage());
    }

    @Test
    void aRequestDynamoDbRefusesQuotesItsTextAndRequestId() {
        String message = assertThrows(ValidationException.class, () -> wallets.update("w1",
                WalletTable.OWNER.set("b"), WalletTable.OWNER.set("c"))).getMessage();
        String expected = "DynamoDB rejected a request on table wallet: Invalid UpdateExpression: Two document"
                + " paths overlap with each other; must remove or rewrite one of these paths; path one: [owner],"
                + " path two: [owner]";
        assertTrue(message.startsWith(expected), message);
        assertTrue(REQUEST_ID.matcher(message.substring(expected.length())).matches(), message);
    }

    private ImmutableWallet copy() {
        return ImmutableWallet.copyOf(stored);
    }

    private static ImmutableWallet wallet(String id, long balance) {
        return ImmutableWallet.builder().walletId(id).owner("ada").balance(balance).build();
    }
}
