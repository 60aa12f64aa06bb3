package dev.dynamoobjects.mock.internal.transaction;

import static dev.dynamoobjects.mock.fixtures.TestData.assertError;
import static dev.dynamoobjects.mock.fixtures.TestData.assertValidation;
import static dev.dynamoobjects.mock.fixtures.TestData.item;
import static dev.dynamoobjects.mock.fixtures.TestData.key;
import static dev.dynamoobjects.mock.fixtures.TestData.n;
import static dev.dynamoobjects.mock.fixtures.TestData.s;
import static dev.dynamoobjects.mock.fixtures.TestData.stored;
import static dev.dynamoobjects.mock.fixtures.TestData.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.dynamoobjects.mock.junit.DynamoTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** TransactWriteItems on the selected backend: the embedded engine, and DynamoDB Local in the second run. */
@DynamoTest
class TransactWriteItemsTest {
    DynamoDbClient dynamo;

    @BeforeEach
    void tables() {
        table(dynamo, "accounts");
        table(dynamo, "audit");
        dynamo.putItem(p -> p.tableName("accounts").item(item("alice", 100)));
        dynamo.putItem(p -> p.tableName("accounts").item(item("bob", 5)));
    }

    @Test
    void appliesEveryWriteAcrossTables() {
        dynamo.transactWriteItems(t -> t.transactItems(
                debit("alice", 30),
                TransactWriteItem.builder().update(u -> u.tableName("accounts").key(key("bob"))
                        .updateExpression("ADD n :amount").expressionAttributeValues(Map.of(":amount", n("30")))).build(),
                TransactWriteItem.builder().put(p -> p.tableName("audit").item(item("transfer-1", 30))).build()));

        assertEquals(item("alice", 70), stored(dynamo, "accounts", "alice"));
        assertEquals(item("bob", 35), stored(dynamo, "accounts", "bob"));
        assertEquals(item("transfer-1", 30), stored(dynamo, "audit", "transfer-1"));
    }

    @Test
    void cancelsEverythingWhenOneConditionFailsWithAReasonPerItem() {
        TransactionCanceledException error = assertError(TransactionCanceledException.class,
                "TransactionCanceledException",
                "Transaction cancelled, please refer cancellation reasons for specific reasons"
                        + " [None, ConditionalCheckFailed, ConditionalCheckFailed]",
                () -> dynamo.transactWriteItems(t -> t.transactItems(
                        TransactWriteItem.builder().put(p -> p.tableName("audit").item(item("transfer-2", 500))).build(),
                        debit("bob", 500),
                        TransactWriteItem.builder().conditionCheck(c -> c.tableName("accounts").key(key("alice"))
                                .conditionExpression("n > :limit").expressionAttributeValues(Map.of(":limit", n("1000")))
                                .returnValuesOnConditionCheckFailure("ALL_OLD")).build())));

        assertEquals(List.of(
                CancellationReason.builder().code("None").build(),
                CancellationReason.builder().code("ConditionalCheckFailed").message("The conditional request failed").build(),
                // A ConditionCheck's message ends with a full stop, and ALL_OLD returns the item.
                CancellationReason.builder().code("ConditionalCheckFailed").message("The conditional request failed.")
                        .item(item("alice", 100)).build()), error.cancellationReasons());
        assertNull(stored(dynamo, "audit", "transfer-2"));
        assertEquals(item("bob", 5), stored(dynamo, "accounts", "bob"));
    }

    @Test
    void writesNothingWhenAnUpdateCannotApply() {
        dynamo.putItem(p -> p.tableName("accounts").item(Map.of("id", s("carol"), "label", s("vip"))));
        assertValidation("An operand in the update expression has an incorrect data type",
                () -> dynamo.transactWriteItems(t -> t.transactItems(
                        TransactWriteItem.builder().put(p -> p.tableName("audit").item(item("transfer-3", 1))).build(),
                        TransactWriteItem.builder().update(u -> u.tableName("accounts").key(key("carol"))
                                .updateExpression("ADD label :one").expressionAttributeValues(Map.of(":one", n("1")))).build())));
        assertNull(stored(dynamo, "audit", "transfer-3"));
    }

    @Test
    void runsATokenOnceAndRejectsItWithOtherParameters() {
        String token = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            dynamo.transactWriteItems(t -> t.clientRequestToken(token).transactItems(debit("alice", 10)));
        }
        assertEquals(item("alice", 90), stored(dynamo, "accounts", "alice"));

        assertError(IdempotentParameterMismatchException.class, "IdempotentParameterMismatchException", "",
                () -> dynamo.transactWriteItems(t -> t.clientRequestToken(token).transactItems(debit("alice", 20))));
    }

    @Test
    void rejectsTwoOperationsOnOneItem() {
        assertValidation("Transaction request cannot include multiple operations on one item",
                () -> dynamo.transactWriteItems(t -> t.transactItems(debit("alice", 1),
                        TransactWriteItem.builder().conditionCheck(c -> c.tableName("accounts").key(key("alice"))
                                .conditionExpression("attribute_exists(id)")).build())));
    }

    @Test
    void rejectsMalformedItems() {
        assertValidation("Invalid Request: TransactWriteRequest should contain Delete or Put or Update request",
                () -> dynamo.transactWriteItems(t -> t.transactItems(TransactWriteItem.builder().build())));
        assertValidation("TransactItems can only contain one of Check, Put, Update or Delete",
                () -> dynamo.transactWriteItems(t -> t.transactItems(TransactWriteItem.builder()
                        .put(p -> p.tableName("audit").item(item("a", 1)))
                        .delete(d -> d.tableName("audit").key(key("b"))).build())));
        assertValidation("Value null at 'transactItems.1.member.conditionCheck.conditionExpression' failed to satisfy"
                        + " constraint: Member must not be null",
                () -> dynamo.transactWriteItems(t -> t.transactItems(TransactWriteItem.builder()
                        .conditionCheck(c -> c.tableName("accounts").key(key("alice"))).build())));
    }

    @Test
    void rejectsMoreThan100ItemsAndLongTokens() {
        List<TransactWriteItem> items = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            String id = "a" + i;
            items.add(TransactWriteItem.builder().put(p -> p.tableName("audit").item(item(id, 1))).build());
        }
        assertValidation("Member must have length less than or equal to 100",
                () -> dynamo.transactWriteItems(t -> t.transactItems(items)));
        String token = "x".repeat(37);
        assertValidation("Value " + token + " at 'clientRequestToken' failed to satisfy constraint: Member must have"
                + " length less than or equal to 36",
                () -> dynamo.transactWriteItems(t -> t.clientRequestToken(token).transactItems(debit("alice", 1))));
    }

    private static TransactWriteItem debit(String id, int amount) {
        return TransactWriteItem.builder().update(u -> u.tableName("accounts").key(key(id))
                .updateExpression("SET n = n - :amount").conditionExpression("n >= :amount")
                .expressionAttributeValues(Map.of(":amount", n(Integer.toString(amount))))).build();
    }
}
