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
import dev.dynamoobjects.it.example.Account;
import dev.dynamoobjects.it.example.AccountTable;
import dev.dynamoobjects.it.example.ImmutableAccount;
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
    AccountTable accounts;
    Account stored;

    @BeforeEach
    void setUp() {
        db = DynamoDatabase.of(dynamo);
        accounts = new AccountTable(db);
        stored = accounts.save(wallet("w1", 10));
    }

    @Test
    void aNewRecordWhoseKeyIsTaken() {
        assertEquals("Version conflict on the item {accountId=\"w1\"} of table account: the record is new"
                + " (version 0) but the table already holds an item with its key; nothing was written."
                + " Read the record again, apply the change and save again (modify(key, change) does so)",
                assertThrows(VersionConflictException.class, () -> accounts.save(wallet("w1", 5))).getMessage());
    }

    @Test
    void aMissingItem() {
        assertEquals("No item in table account has the key {accountId=\"nope\"}; use find(...) when the item"
                + " may be missing",
                assertThrows(RecordNotFoundException.class, () -> accounts.get("nope")).getMessage());
    }

    @Test
    void aFalseCondition() {
        assertEquals("The condition (version = 1) AND (balance > 100) is false for the item"
                + " {accountId=\"w1\"} of table account",
                assertThrows(ConditionFailedException.class,
                        () -> accounts.save(copy().withBalance(3), AccountTable.BALANCE.gt(100L))).getMessage());
    }

    @Test
    void aTransactionOfOneOperation() {
        assertEquals("DynamoDB cancelled the transaction of 1 operation; nothing was written."
                + " 0: save account {accountId=\"w1\"}: VERSION_CONFLICT (The conditional request failed)",
                assertThrows(TransactionCanceledException.class,
                        () -> Transaction.begin(db).save(accounts, wallet("w1", 1)).commit()).getMessage());
    }

    @Test
    void aTransactionOfTwoOperations() {
        assertEquals("DynamoDB cancelled the transaction of 2 operations; nothing was written."
                + " 0: save account {accountId=\"w1\"}: CONDITION_FAILED (The conditional request failed)",
                assertThrows(TransactionCanceledException.class, () -> Transaction.begin(db)
                        .save(accounts, copy().withBalance(3), AccountTable.BALANCE.gt(100L))
                        .save(accounts, wallet("w2", 1))
                        .commit()).getMessage());
    }

    @Test
    void aMissingTable() {
        DynamoDatabase production = DynamoDatabase.builder().client(dynamo).createTables(false)
                .tablePrefix("prod_").build();
        assertEquals("Table prod_account does not exist; create it with DynamoDatabase.createMissingTables(...)"
                + " or switch automatic table creation on",
                assertThrows(TableNotFoundException.class, () -> new AccountTable(production).find("w1"))
                        .getMessage());
    }

    @Test
    void aRequestDynamoDbRefusesQuotesItsTextAndRequestId() {
        String message = assertThrows(ValidationException.class, () -> accounts.update("w1",
                AccountTable.OWNER.set("b"), AccountTable.OWNER.set("c"))).getMessage();
        String expected = "DynamoDB rejected a request on table account: Invalid UpdateExpression: Two document"
                + " paths overlap with each other; must remove or rewrite one of these paths; path one: [owner],"
                + " path two: [owner]";
        assertTrue(message.startsWith(expected), message);
        assertTrue(REQUEST_ID.matcher(message.substring(expected.length())).matches(), message);
    }

    private ImmutableAccount copy() {
        return ImmutableAccount.copyOf(stored);
    }

    private static ImmutableAccount wallet(String id, long balance) {
        return ImmutableAccount.builder().accountId(id).owner("ada").balance(balance).build();
    }
}
