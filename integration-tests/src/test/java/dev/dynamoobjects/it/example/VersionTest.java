package dev.dynamoobjects.it.example;

import static dev.dynamoobjects.it.example.Accounts.account;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.batch.BatchWrite;
import dev.dynamoobjects.exception.ConditionFailedException;
import dev.dynamoobjects.exception.RecordNotFoundException;
import dev.dynamoobjects.exception.ValidationException;
import dev.dynamoobjects.exception.VersionConflictException;
import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@DynamoTest
class VersionTest {
    DynamoDbClient dynamo;
    private AccountTable accounts;

    @BeforeEach
    void setUp() {
        accounts = new AccountTable(DynamoDatabase.of(dynamo));
    }

    @Test
    void saveOfNewRecordStoresVersionOneAndReturnsIt() {
        Account saved = accounts.save(account("a1", 10));
        assertEquals(1, saved.version());
        assertEquals(saved, accounts.get("a1"));
    }

    @Test
    void eachSaveIncrementsTheVersion() {
        Account first = accounts.save(account("a1", 10));
        Account second = accounts.save(((ImmutableAccount) first).withBalance(20));
        assertEquals(2, second.version());
        assertEquals(20, accounts.get("a1").balance());
    }

    @Test
    void staleSaveConflictsAndOverwritesNothing() {
        ImmutableAccount read = (ImmutableAccount) accounts.save(account("a1", 10));
        accounts.save(read.withBalance(20));
        ImmutableAccount stale = read.withBalance(30);
        VersionConflictException e = assertThrows(VersionConflictException.class, () -> accounts.save(stale));
        assertSame(stale, e.record());
        assertEquals(1, e.expectedVersion());
        assertEquals(2, AccountTable.MAPPER.fromItem(e.currentItem().orElseThrow()).version());
        assertTrue(e.getMessage().contains("version 1"), e.getMessage());
        assertEquals(20, accounts.get("a1").balance());
    }

    @Test
    void newRecordConflictsWithAnExistingItem() {
        accounts.save(account("a1", 10));
        VersionConflictException e = assertThrows(VersionConflictException.class,
                () -> accounts.save(account("a1", 99)));
        assertEquals(0, e.expectedVersion());
        assertEquals(10, accounts.get("a1").balance());
    }

    @Test
    void saveOfDeletedRecordConflicts() {
        Account saved = accounts.save(account("a1", 10));
        accounts.delete("a1");
        assertThrows(VersionConflictException.class, () -> accounts.save(saved));
        assertEquals(Optional.empty(), accounts.find("a1"));
    }

    @Test
    void putChecksTheVersionToo() {
        ImmutableAccount read = (ImmutableAccount) accounts.save(account("a1", 10));
        assertEquals(Optional.of(read), accounts.put(read.withBalance(11)));
        assertThrows(VersionConflictException.class, () -> accounts.put(read.withBalance(12)));
        assertEquals(11, accounts.get("a1").balance());
    }

    @Test
    void callersFalseConditionIsNotAVersionConflict() {
        ImmutableAccount read = (ImmutableAccount) accounts.save(account("a1", 10));
        ConditionFailedException e = assertThrows(ConditionFailedException.class,
                () -> accounts.save(read.withBalance(0), AccountTable.BALANCE.gt(100L)));
        assertFalse(e instanceof VersionConflictException, e.getMessage());
    }

    @Test
    void deleteOfStaleRecordConflictsAndKeepsTheItem() {
        ImmutableAccount read = (ImmutableAccount) accounts.save(account("a1", 10));
        Account current = accounts.save(read.withBalance(20));
        assertThrows(VersionConflictException.class, () -> accounts.delete(read));
        assertEquals(Optional.of(current), accounts.delete(current));
        assertEquals(Optional.empty(), accounts.find("a1"));
    }

    @Test
    void updateIncrementsTheVersion() {
        accounts.save(account("a1", 10));
        Account updated = accounts.update("a1", AccountTable.BALANCE.add(5L));
        assertEquals(2, updated.version());
        assertEquals(15, updated.balance());
    }

    @Test
    void modifyAppliesTheChangeToTheStoredRecord() {
        accounts.save(account("a1", 10));
        Account modified = accounts.modify("a1", a -> ((ImmutableAccount) a).withBalance(a.balance() * 3));
        assertEquals(30, modified.balance());
        assertEquals(2, modified.version());
        assertThrows(RecordNotFoundException.class, () -> accounts.modify("nope", a -> a));
    }

    @Test
    void batchesAndMemoryTablesRefuseVersionedRecordsSinceTheyCannotCheckThem() {
        Account stored = accounts.save(account("a1", 10));
        ValidationException batch = assertThrows(ValidationException.class,
                () -> new BatchWrite().save(accounts, List.of(account("a2", 1))));
        assertTrue(batch.getMessage().contains("has a @Version attribute, and BatchWriteItem cannot check versions"),
                batch.getMessage());
        try (AccountMemoryTable memory = new AccountMemoryTable(accounts)) {
            assertEquals(stored, memory.get("a1"));
            assertThrows(ValidationException.class, () -> memory.save(ImmutableAccount.copyOf(stored).withBalance(0)));
        }
        assertEquals(List.of(10L), accounts.scan().list().stream().map(Account::balance).toList());
    }
}
