package dev.dynamoobjects.it.writes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamoobjects.exception.ConditionFailedException;
import dev.dynamoobjects.exception.RecordNotFoundException;
import dev.dynamoobjects.it.example.AccountTable;
import dev.dynamoobjects.it.example.ImmutableAccount;
import dev.dynamoobjects.it.retry.ImmutablePurse;
import dev.dynamoobjects.it.retry.PurseTable;
import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code update} creates a missing item as DynamoDB's UpdateItem does; {@code updateExisting}, and
 * every update of a versioned record, change only stored items.
 */
@DynamoTest
class UpdateExistingTest {
    DynamoDbClient dynamo;
    PurseTable purses;
    AccountTable accounts;

    @BeforeEach
    void setUp() {
        DynamoDatabase db = DynamoDatabase.of(dynamo);
        purses = new PurseTable(db);
        accounts = new AccountTable(db);
    }

    @Test
    void updateCreatesAMissingItemAsUpdateItemDoes() {
        assertEquals(ImmutablePurse.builder().purseId("new").cents(5).build(),
                purses.update("new", PurseTable.CENTS.add(5L)));
    }

    @Test
    void updateExistingRefusesAMissingItemAndCreatesNothing() {
        RecordNotFoundException e = assertThrows(RecordNotFoundException.class,
                () -> purses.updateExisting("missing", PurseTable.CENTS.add(5L)));
        assertEquals("No item in table purse has the key {purseId=\"missing\"}; updateExisting(...) changes only"
                + " stored items: save the record first, or use update(...), which creates the item", e.getMessage());
        assertEquals(Optional.empty(), purses.find("missing"));
    }

    @Test
    void updateExistingChangesAStoredItem() {
        purses.save(ImmutablePurse.builder().purseId("p").cents(10).build());
        assertEquals(15, purses.updateExisting("p", PurseTable.CENTS.add(5L)).cents());
        assertEquals(12, purses.updateExisting("p", PurseTable.CENTS.ge(15L), PurseTable.CENTS.add(-3L)).cents());
    }

    @Test
    void aFalseConditionOfUpdateExistingNamesOnlyTheCallersCondition() {
        purses.save(ImmutablePurse.builder().purseId("p").cents(10).build());
        ConditionFailedException e = assertThrows(ConditionFailedException.class,
                () -> purses.updateExisting("p", PurseTable.CENTS.ge(100L), PurseTable.CENTS.add(-100L)));
        assertEquals("The condition cents >= 100 is false for the item {purseId=\"p\"} of table purse",
                e.getMessage());
        assertEquals("10", e.currentItem().orElseThrow().get("cents").n());
        RecordNotFoundException missing = assertThrows(RecordNotFoundException.class,
                () -> purses.updateExisting("q", PurseTable.CENTS.ge(100L), PurseTable.CENTS.add(-100L)));
        assertEquals("No item in table purse has the key {purseId=\"q\"}; updateExisting(...) changes only"
                + " stored items: save the record first, or use update(...), which creates the item",
                missing.getMessage());
    }

    @Test
    void aVersionedRecordIsNeverCreatedByAnUpdate() {
        RecordNotFoundException e = assertThrows(RecordNotFoundException.class,
                () -> accounts.update("a1", AccountTable.BALANCE.add(5L)));
        assertEquals("No item in table account has the key {accountId=\"a1\"}; a versioned record's update(...)"
                + " changes only saved items, so that no item gets a version without a save: save(...) the record"
                + " first", e.getMessage());
        assertThrows(RecordNotFoundException.class, () -> accounts.increment("a1", AccountTable.BALANCE, 5));
        assertEquals(Optional.empty(), accounts.find("a1"));

        accounts.save(ImmutableAccount.builder().accountId("a1").owner("ada").balance(1).build());
        var updated = accounts.update("a1", AccountTable.BALANCE.add(5L));
        assertEquals(6, updated.balance());
        assertEquals(2, updated.version());
        assertEquals(16, accounts.increment("a1", AccountTable.BALANCE, 10));
    }
}
