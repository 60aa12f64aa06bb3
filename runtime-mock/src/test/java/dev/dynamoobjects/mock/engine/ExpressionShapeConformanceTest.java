package dev.dynamoobjects.mock.engine;

import static dev.dynamoobjects.mock.engine.Fixtures.assertValidation;
import static dev.dynamoobjects.mock.engine.Fixtures.hashTable;
import static dev.dynamoobjects.mock.engine.Fixtures.item;
import static dev.dynamoobjects.mock.engine.Fixtures.n;
import static dev.dynamoobjects.mock.engine.Fixtures.s;

import dev.dynamoobjects.mock.junit.DynamoTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Expressions refused for their shape: nesting, where functions may stand, and what a name is. */
@DynamoTest
class ExpressionShapeConformanceTest {
    private static final String TABLE = "shapes";
    DynamoDbClient dynamo;

    @BeforeEach
    void createTable() {
        hashTable(dynamo, TABLE);
    }

    private void putIf(String condition) {
        dynamo.putItem(b -> b.tableName(TABLE).item(item("id", s("a"))).conditionExpression(condition)
                .expressionAttributeValues(Map.of(":n", n("1"))));
    }

    private void update(String expression, Map<String, AttributeValue> values) {
        dynamo.updateItem(b -> b.tableName(TABLE).key(item("id", s("a"))).updateExpression(expression)
                .expressionAttributeValues(values));
    }

    @Test
    void aConditionNestedAsDeepAsFourKilobytesAllowIsAnswered() {
        assertValidation("Invalid ConditionExpression: The expression has redundant parentheses;",
                () -> putIf("(".repeat(2000) + "a = :n" + ")".repeat(2000)));
        assertValidation("Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"(\"",
                () -> dynamo.putItem(b -> b.tableName(TABLE).item(item("id", s("a"))).conditionExpression("(".repeat(4096))));
    }

    @Test
    void tooManyOperatorsCountsUpToTheFirstPastTheLimit() {
        assertValidation("Invalid ConditionExpression: The expression contains too many operators; operator count: 301",
                () -> putIf("NOT ".repeat(1000) + "a = :n"));
    }

    @Test
    void listAppendMayNotStandInsideAnotherOperator() {
        Map<String, AttributeValue> list = Map.of(":l", AttributeValue.fromL(List.of(n("1"))), ":n", n("1"));
        String message = "Invalid UpdateExpression: The function is not allowed to be used this way in an expression;"
                + " function: list_append";
        assertValidation(message, () -> update("SET l = list_append(list_append(:l, :l), :l)", list));
        assertValidation(message, () -> update("SET l = list_append(:l, list_append(:l, :l))", list));
        assertValidation(message, () -> update("SET a = :n + list_append(:l, :l)", list));
        assertValidation(message, () -> update("SET l = if_not_exists(l, list_append(:l, :l))", list));
    }

    @Test
    void aFunctionArgumentIsAnOperandNotASum() {
        assertValidation("Invalid UpdateExpression: Syntax error; token: \"+\", near: \":x + :x\"",
                () -> update("SET a = if_not_exists(a, :x + :x)", Map.of(":x", n("1"))));
    }

    @Test
    void aNameStartsWithALetter() {
        assertValidation("Invalid UpdateExpression: Syntax error; token: \"_\", near: \"SET _123\"",
                () -> update("SET _123 = :x", Map.of(":x", n("1"))));
        assertValidation("Invalid ConditionExpression: Syntax error; token: \"_\", near: \"_a\"",
                () -> putIf("_a = :n"));
        assertValidation("Invalid ProjectionExpression: Syntax error; token: \"_\", near: \"_123\"",
                () -> dynamo.getItem(b -> b.tableName(TABLE).key(item("id", s("a"))).projectionExpression("_123")));
    }
}
