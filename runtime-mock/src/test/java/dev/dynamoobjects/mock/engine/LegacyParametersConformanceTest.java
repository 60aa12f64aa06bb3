package dev.dynamoobjects.mock.engine;

import static dev.dynamoobjects.mock.engine.Fixtures.assertError;
import static dev.dynamoobjects.mock.engine.Fixtures.assertValidation;
import static dev.dynamoobjects.mock.engine.Fixtures.item;
import static dev.dynamoobjects.mock.engine.Fixtures.n;
import static dev.dynamoobjects.mock.engine.Fixtures.s;
import static dev.dynamoobjects.mock.engine.Fixtures.sortedTable;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynamoobjects.mock.junit.DynamoTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeAction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate;
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue;

/** The parameters older clients send instead of expressions. */
@DynamoTest
class LegacyParametersConformanceTest {
    private static final String TABLE = "legacy";
    DynamoDbClient dynamo;

    @BeforeEach
    void createTable() {
        sortedTable(dynamo, TABLE);
        for (int sk = 1; sk <= 4; sk++) {
            String number = Integer.toString(sk);
            dynamo.putItem(b -> b.tableName(TABLE).item(item("pk", s("a"), "sk", n(number), "v", n(number))));
        }
    }

    private static Condition condition(ComparisonOperator operator, software.amazon.awssdk.services.dynamodb.model.AttributeValue... values) {
        return Condition.builder().comparisonOperator(operator).attributeValueList(values).build();
    }

    @Test
    void expectedGuardsAWrite() {
        assertError(ConditionalCheckFailedException.class, "ConditionalCheckFailedException",
                "The conditional request failed",
                () -> dynamo.putItem(b -> b.tableName(TABLE).item(item("pk", s("a"), "sk", n("1")))
                        .expected(Map.of("pk", ExpectedAttributeValue.builder().exists(false).build()))));
    }

    @Test
    void attributeUpdatesChangeTheItem() {
        dynamo.updateItem(b -> b.tableName(TABLE).key(item("pk", s("a"), "sk", n("1")))
                .attributeUpdates(Map.of("v", AttributeValueUpdate.builder().action(AttributeAction.ADD).value(n("10")).build())));

        assertEquals(n("11"), dynamo.getItem(b -> b.tableName(TABLE).key(item("pk", s("a"), "sk", n("1")))
                .attributesToGet("v")).item().get("v"));
    }

    @Test
    void keyConditionsAndQueryFilterSelectItems() {
        List<Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue>> items = dynamo.query(b -> b
                .tableName(TABLE)
                .keyConditions(Map.of("pk", condition(ComparisonOperator.EQ, s("a")),
                        "sk", condition(ComparisonOperator.GE, n("2"))))
                .queryFilter(Map.of("v", condition(ComparisonOperator.LT, n("4"))))).items();

        assertEquals(List.of(n("2"), n("3")), items.stream().map(i -> i.get("sk")).toList());
    }

    @Test
    void scanFilterSelectsItems() {
        assertEquals(2, dynamo.scan(b -> b.tableName(TABLE)
                .scanFilter(Map.of("v", condition(ComparisonOperator.BETWEEN, n("2"), n("3"))))).count());
    }

    @Test
    void everyLegacyAndExpressionParameterOfAMixIsListed() {
        assertValidation("Can not use both expression and non-expression parameters in the same request: "
                        + "Non-expression parameters: {AttributesToGet, QueryFilter, ConditionalOperator} "
                        + "Expression parameters: {ProjectionExpression, FilterExpression, KeyConditionExpression}",
                () -> dynamo.query(b -> b.tableName(TABLE).keyConditionExpression("pk = :p").filterExpression("v > :p")
                        .projectionExpression("v").expressionAttributeValues(Map.of(":p", s("a")))
                        .queryFilter(Map.of("v", condition(ComparisonOperator.GT, n("1"))))
                        .conditionalOperator("AND").attributesToGet("v")));
        assertValidation("Can not use both expression and non-expression parameters in the same request: "
                        + "Non-expression parameters: {AttributeUpdates, Expected} "
                        + "Expression parameters: {UpdateExpression, ConditionExpression}",
                () -> dynamo.updateItem(b -> b.tableName(TABLE).key(item("pk", s("a"), "sk", n("1")))
                        .updateExpression("SET v = :v").conditionExpression("v > :v")
                        .expressionAttributeValues(Map.of(":v", n("1")))
                        .expected(Map.of("v", ExpectedAttributeValue.builder().exists(false).build()))
                        .attributeUpdates(Map.of("w", AttributeValueUpdate.builder().value(n("1")).build()))));
    }

    @Test
    void keyConditionsMixOnlyWithKeyConditionExpression() {
        assertEquals(1, dynamo.query(b -> b.tableName(TABLE)
                .keyConditions(Map.of("pk", condition(ComparisonOperator.EQ, s("a"))))
                .filterExpression("v = :v").projectionExpression("v")
                .expressionAttributeValues(Map.of(":v", n("2")))).count());
        assertValidation("Can not use both expression and non-expression parameters in the same request: "
                        + "Non-expression parameters: {KeyConditions} Expression parameters: {KeyConditionExpression}",
                () -> dynamo.query(b -> b.tableName(TABLE).keyConditionExpression("pk = :p")
                        .expressionAttributeValues(Map.of(":p", s("a")))
                        .keyConditions(Map.of("pk", condition(ComparisonOperator.EQ, s("a"))))));
    }

    @Test
    void conditionalOperatorIsALegacyParameter() {
        assertValidation("Can not use both expression and non-expression parameters in the same request: "
                        + "Non-expression parameters: {ConditionalOperator} Expression parameters: {ConditionExpression}",
                () -> dynamo.putItem(b -> b.tableName(TABLE).item(item("pk", s("a"), "sk", n("9")))
                        .conditionExpression("attribute_not_exists(pk)").conditionalOperator("OR")));
    }

    @Test
    void legacyAndExpressionParametersDoNotMix() {
        assertValidation("Can not use both expression and non-expression parameters in the same request: "
                        + "Non-expression parameters: {AttributesToGet} Expression parameters: {ProjectionExpression}",
                () -> dynamo.getItem(b -> b.tableName(TABLE).key(item("pk", s("a"), "sk", n("1")))
                        .attributesToGet("v").projectionExpression("v")));
    }
}
