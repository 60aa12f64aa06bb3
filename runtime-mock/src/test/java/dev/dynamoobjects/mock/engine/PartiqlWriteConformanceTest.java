package dev.dynamoobjects.mock.engine;

import static dev.dynamoobjects.mock.engine.Fixtures.assertError;
import static dev.dynamoobjects.mock.engine.Fixtures.assertValidation;
import static dev.dynamoobjects.mock.engine.Fixtures.item;
import static dev.dynamoobjects.mock.engine.Fixtures.n;
import static dev.dynamoobjects.mock.engine.Fixtures.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamoobjects.mock.junit.DynamoTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DuplicateItemException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/** PartiQL INSERT, UPDATE and DELETE through ExecuteStatement: what they write, return and refuse. */
@DynamoTest
class PartiqlWriteConformanceTest {
    private static final String CONDITION_FAILED = "The conditional request failed";
    DynamoDbClient dynamo;

    @BeforeEach
    void createTables() {
        PartiqlFixtures.createTables(dynamo);
    }

    private List<Map<String, AttributeValue>> execute(String statement, AttributeValue... parameters) {
        return dynamo.executeStatement(b -> {
            b.statement(statement);
            if (parameters.length > 0) {
                b.parameters(parameters);
            }
        }).items();
    }

    private Map<String, AttributeValue> person(String id) {
        return dynamo.getItem(b -> b.tableName("people").key(Map.of("id", s(id))).consistentRead(true)).item();
    }

    @Test
    void insertPutsLiteralsOfEveryType() {
        assertEquals(List.of(), execute("INSERT INTO \"people\" VALUE {'id': 'b1', 'z': 1, 'ss': <<'a','b'>>, "
                + "'ns': <<1,2>>, 'l': [1,'x',true,null], 'mm': {'k': 'v'}, 'e': ''}"));
        assertEquals(item("id", s("b1"), "z", n("1"), "ss", AttributeValue.fromSs(List.of("a", "b")),
                "ns", AttributeValue.fromNs(List.of("1", "2")),
                "l", AttributeValue.fromL(List.of(n("1"), s("x"), AttributeValue.fromBool(true), AttributeValue.fromNul(true))),
                "mm", AttributeValue.fromM(Map.of("k", s("v"))), "e", s("")), person("b1"));
    }

    @Test
    void insertBindsParametersOfAnyType() {
        AttributeValue bytes = AttributeValue.fromB(SdkBytes.fromUtf8String("raw"));
        execute("INSERT INTO \"people\" VALUE {'id': ?, 'n': ?, 'b': ?}", s("b2"), n("7"), bytes);
        assertEquals(item("id", s("b2"), "n", n("7"), "b", bytes), person("b2"));
    }

    @Test
    void insertOfAnExistingKeyIsADuplicate() {
        // The error code is not compared: DynamoDB Local's in-process client says "DuplicateItem", the wire says
        // "DuplicateItemException" (which is what the SDK maps to this class).
        DuplicateItemException e = assertThrows(DuplicateItemException.class,
                () -> execute("INSERT INTO \"people\" VALUE {'id': 'a1'}"));
        assertEquals("Duplicate primary key exists in table", e.awsErrorDetails().errorMessage());
        assertEquals(400, e.statusCode());
    }

    @Test
    void insertNeedsTheKeyWithItsType() {
        assertValidation("Key attribute should be present in the item: Key id",
                () -> execute("INSERT INTO \"people\" VALUE {'z': 1}"));
        assertValidation("Key attribute's data type should match its data type in table's schema: Key id",
                () -> execute("INSERT INTO \"people\" VALUE {'id': 1}"));
        assertValidation("RETURNING is not supported in INSERT",
                () -> execute("INSERT INTO \"people\" VALUE {'id': 'b5'} RETURNING ALL OLD *"));
        assertValidation("Duplicate keys in tuple. Key: id under root at 1:41:4",
                () -> execute("INSERT INTO \"people\" VALUE {'id': 'b2', 'id': 'b3'}"));
        assertValidation("Unsupported data type: MISSING under key root at 1:46:7",
                () -> execute("INSERT INTO \"people\" VALUE {'id': 'b4', 'q': MISSING}"));
        assertValidation("Empty bags are not supported at 1:47:2",
                () -> execute("INSERT INTO \"people\" VALUE {'id': 'b4', 'es': <<>>}"));
        assertError(ResourceNotFoundException.class, "ResourceNotFoundException",
                "Cannot do operations on a non-existent table", () -> execute("INSERT INTO \"nope\" VALUE {'id': 'b'}"));
    }

    @Test
    void updateSetsAndRemovesAndReturnsWhatWasAsked() {
        assertEquals(List.of(item("id", s("a1"), "n", n("2"), "m",
                        AttributeValue.fromM(item("x", n("1"), "l", AttributeValue.fromL(List.of(s("q1"))))))),
                execute("UPDATE \"people\" SET n = n + 1 WHERE id = 'a1' RETURNING ALL NEW *"));
        assertEquals(List.of(item("n", n("1"), "z", n("5"))),
                execute("UPDATE \"people\" SET n = n - 1, z = 5 WHERE id = 'a1' RETURNING MODIFIED NEW *"));
        assertEquals(List.of(item("n", n("1"), "z", n("5"))),
                execute("UPDATE \"people\" SET n = 10 SET y = 'why' REMOVE z WHERE id = 'a1' RETURNING MODIFIED OLD *"));
        assertEquals(n("10"), execute("UPDATE \"people\" SET n = 3 WHERE id = 'a1' RETURNING ALL OLD *").get(0).get("n"));
        assertEquals(List.of(), execute("UPDATE \"people\" SET n = 4 WHERE id = 'a1'"));
        assertEquals(item("id", s("a1"), "n", n("4"), "y", s("why"), "m",
                AttributeValue.fromM(item("x", n("1"), "l", AttributeValue.fromL(List.of(s("q1")))))), person("a1"));
    }

    @Test
    void updateFunctionsAddDeleteAndAppend() {
        execute("UPDATE \"people\" SET tags = <<'a'>> WHERE id = 'a1'");
        execute("UPDATE \"people\" SET tags = set_add(tags, <<'b','c'>>) WHERE id = 'a1'");
        execute("UPDATE \"people\" SET tags = set_delete(tags, <<'b'>>) WHERE id = 'a1'");
        assertEquals(List.of(item("m", AttributeValue.fromM(item("x", n("1"),
                        "l", AttributeValue.fromL(List.of(s("q1"), s("q9"))))))),
                execute("UPDATE \"people\" SET m.l = list_append(m.l, ['q9']) WHERE id = 'a1' RETURNING MODIFIED NEW *"));
        execute("UPDATE \"people\" SET m.l[0] = 'first', m.x = m.x + n WHERE id = 'a1'");
        execute("UPDATE \"people\" REMOVE m.l[1] WHERE id = 'a1'");
        Map<String, AttributeValue> person = person("a1");
        assertEquals(List.of("a", "c"), person.get("tags").ss());
        assertEquals(AttributeValue.fromM(item("x", n("2"), "l", AttributeValue.fromL(List.of(s("first"))))),
                person.get("m"));
    }

    @Test
    void updateOfAMissingItemOrAFalseConditionFails() {
        assertError(ConditionalCheckFailedException.class, "ConditionalCheckFailedException", CONDITION_FAILED,
                () -> execute("UPDATE \"people\" SET n = 3 WHERE id = 'zz'"));
        ConditionalCheckFailedException failed = assertError(ConditionalCheckFailedException.class,
                "ConditionalCheckFailedException", CONDITION_FAILED,
                () -> dynamo.executeStatement(b -> b.statement("UPDATE \"people\" SET n = 3 WHERE id = 'a1' AND n = 99")
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)));
        assertEquals(n("1"), failed.item().get("n"));
        assertError(ConditionalCheckFailedException.class, "ConditionalCheckFailedException", CONDITION_FAILED,
                () -> execute("UPDATE \"people\" SET n = 1 WHERE id = 'a1' AND begins_with(id, 'zz')"));
    }

    @Test
    void updateAndDeleteNeedTheWholeKeyOnce() {
        String notFullKey = "Where clause does not contain a mandatory equality on all key attributes";
        assertValidation(notFullKey, () -> execute("UPDATE \"people\" SET n = 3 WHERE n = 3"));
        assertValidation(notFullKey, () -> execute("UPDATE \"people\" SET n = 1 WHERE id = 'a1' OR id = 'a2'"));
        assertValidation(notFullKey, () -> execute("UPDATE \"people\" SET n = 1 WHERE id IN ['a1']"));
        assertValidation(notFullKey, () -> execute("UPDATE \"events\" SET n = 1 WHERE pk = 'p1'"));
        assertValidation(notFullKey, () -> execute("DELETE FROM \"people\" WHERE n = 2"));
        assertValidation("Multiple conditions on same key id. Only single item Update/Insert/Delete are supported",
                () -> execute("UPDATE \"people\" SET n = 1 WHERE id = 'a1' AND id = 'a2'"));
        assertEquals(List.of(item("pk", s("p1"), "sk", n("1"), "gk", s("g1"), "v", s("v11"), "n", n("1"))),
                execute("UPDATE \"events\" SET n = 1 WHERE pk = 'p1' AND sk = 1 RETURNING ALL NEW *"));
    }

    @Test
    void updateRefusesKeyAttributesAndBadOperands() {
        assertValidation("One or more parameter values were invalid: Cannot update attribute id. "
                + "This attribute is part of the key", () -> execute("UPDATE \"people\" SET id = 'q' WHERE id = 'a1'"));
        assertValidation("Incorrect operand type for operator or function; operator or function: +, operand type: S",
                () -> execute("UPDATE \"people\" SET n = 'x' + 1 WHERE id = 'a1'"));
        assertValidation("Statement wasn't well formed, can't be processed: UPDATE \"people\" WHERE id = 'a1'",
                () -> execute("UPDATE \"people\" WHERE id = 'a1'"));
        assertValidation("Statement wasn't well formed, can't be processed: UPDATE \"people\" REMOVE n, m WHERE id = 'a1'",
                () -> execute("UPDATE \"people\" REMOVE n, m WHERE id = 'a1'"));
    }

    @Test
    void deleteRemovesTheItemAndReturnsItWhenAsked() {
        assertEquals(List.of(), execute("DELETE FROM \"people\" WHERE id = 'a2'"));
        assertEquals(Map.of(), person("a2"));
        assertEquals(n("3"), execute("DELETE FROM \"people\" WHERE id = 'a3' RETURNING ALL OLD *").get(0).get("n"));
        assertValidation("Invalid returning clause: RETURNING ALL NEW *. Only RETURNING ALL OLD * is allowed in DELETE "
                + "statements.", () -> execute("DELETE FROM \"people\" WHERE id = 'a1' RETURNING ALL NEW *"));
    }

    @Test
    void deleteOfAMissingItemSucceedsAndAFalseConditionFails() {
        assertEquals(List.of(), execute("DELETE FROM \"people\" WHERE id = 'zz'"));
        assertError(ConditionalCheckFailedException.class, "ConditionalCheckFailedException", CONDITION_FAILED,
                () -> execute("DELETE FROM \"people\" WHERE id = 'a1' AND n = 99"));
        assertEquals(n("1"), person("a1").get("n"));
    }
}
