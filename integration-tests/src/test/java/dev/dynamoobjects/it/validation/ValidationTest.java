package dev.dynamoobjects.it.validation;

import static dev.dynamoobjects.it.example.Members.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.batch.BatchWrite;
import dev.dynamoobjects.exception.InvalidRecordException;
import dev.dynamoobjects.exception.Violation;
import dev.dynamoobjects.it.example.Member;
import dev.dynamoobjects.it.example.MemberTable;
import dev.dynamoobjects.memory.MemoryTable;
import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
import dev.dynamoobjects.transaction.Transaction;
import dev.dynamoobjects.validation.RecordValidation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Hibernate Validator is on the test class path: every write validates the record first. */
@DynamoTest
class ValidationTest {
    private static final Member VALID = member("m1", "Ada", "ada@example.com", 3);
    private static final Member INVALID = member("m2", " ", "not an address", -1);

    DynamoDbClient dynamo;
    private DynamoDatabase db;
    private MemberTable members;

    @BeforeEach
    void setUp() {
        db = DynamoDatabase.of(dynamo);
        members = new MemberTable(db);
    }

    @Test
    void providerIsFound() {
        assertTrue(RecordValidation.enabled());
    }

    @Test
    void saveListsEveryViolationAndWritesNothing() {
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> members.save(INVALID));
        assertEquals(List.of("email", "name", "points"), e.violations().stream().map(Violation::attribute).toList());
        assertEquals(List.of("Email", "NotBlank", "PositiveOrZero"),
                e.violations().stream().map(Violation::constraint).toList());
        assertEquals(INVALID, e.record(), "the record as it was to be written, after @BeforeWrite");
        assertTrue(e.getMessage().contains("points: must be greater than or equal to 0 (PositiveOrZero, was -1)"),
                e.getMessage());
        assertEquals(Optional.empty(), members.find("m2"));
    }

    @Test
    void validRecordIsNormalisedBeforeItIsWritten() {
        Member saved = members.save(member("m1", "Ada", "  Ada@Example.COM ", 3));
        assertEquals(VALID, saved);
        assertEquals(Optional.of(VALID), members.find("m1"));
    }

    @Test
    void putAndCreateValidateToo() {
        assertThrows(InvalidRecordException.class, () -> members.put(INVALID));
        assertThrows(InvalidRecordException.class, () -> members.create(INVALID));
        assertEquals(Optional.empty(), members.find("m2"));
    }

    @Test
    void batchWithAnInvalidRecordWritesNothing() {
        assertThrows(InvalidRecordException.class,
                () -> new BatchWrite().save(members, List.of(VALID, INVALID)).execute());
        assertEquals(Optional.empty(), members.find("m1"));
    }

    @Test
    void transactionRefusesAnInvalidRecordWhenItIsAdded() {
        Transaction tx = Transaction.begin(db).save(members, VALID);
        assertThrows(InvalidRecordException.class, () -> tx.save(members, INVALID));
        tx.commit();
        assertEquals(Optional.of(VALID), members.find("m1"));
    }

    @Test
    void memoryTableSaveValidatesBeforeAnythingIsFlushed() {
        MemoryTable<Member> memory = new MemoryTable<>(members) { };
        memory.save(VALID);
        assertThrows(InvalidRecordException.class, () -> memory.save(INVALID));
        assertEquals(Optional.empty(), members.find("m1"));
        assertEquals(1, memory.changedCount());
    }
}
