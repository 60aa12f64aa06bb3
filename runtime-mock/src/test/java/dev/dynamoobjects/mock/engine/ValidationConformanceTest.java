package dev.dynamoobjects.mock.engine;

import static dev.dynamoobjects.mock.engine.Fixtures.assertValidation;
import static dev.dynamoobjects.mock.engine.Fixtures.attribute;
import static dev.dynamoobjects.mock.engine.Fixtures.hash;
import static dev.dynamoobjects.mock.engine.Fixtures.hashTable;
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
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Requests DynamoDB refuses for their parameters, each with its error text. Enum values the SDK
 * would refuse when typed are given as strings, so that they reach the backend.
 */
@DynamoTest
class ValidationConformanceTest {
    private static final String TABLE = "validation";
    private static final String NESTED_TOO_DEEP = "Nesting Levels have exceeded supported limits: Attributes in the"
            + " item have nested levels beyond supported limit";
    private static final String NULL_NOT_TRUE = "One or more parameter values were invalid: Null attribute value types"
            + " must have the value of true";
    DynamoDbClient dynamo;

    @BeforeEach
    void createTable() {
        hashTable(dynamo, TABLE);
        dynamo.putItem(b -> b.tableName(TABLE).item(item("id", s("a"), "n", n("1"))));
    }

    /** A value holding {@code levels} maps, one in the other, around a number. */
    private static AttributeValue nested(int levels) {
        AttributeValue value = n("1");
        for (int i = 0; i < levels; i++) {
            value = AttributeValue.fromM(Map.of("m", value));
        }
        return value;
    }

    @Test
    void returnValuesOnConditionCheckFailureMustBeAllOldOrNone() {
        String message = "1 validation error detected: Value 'DUMMY' at 'returnValuesOnConditionCheckFailure' failed"
                + " to satisfy constraint: Member must satisfy enum value set: [ALL_OLD, NONE]";
        assertValidation(message, () -> dynamo.putItem(b -> b.tableName(TABLE).item(item("id", s("a")))
                .returnValuesOnConditionCheckFailure("DUMMY")));
        assertValidation(message, () -> dynamo.updateItem(b -> b.tableName(TABLE).key(item("id", s("a")))
                .returnValuesOnConditionCheckFailure("DUMMY")));
        assertValidation(message, () -> dynamo.deleteItem(b -> b.tableName(TABLE).key(item("id", s("a")))
                .returnValuesOnConditionCheckFailure("DUMMY")));
    }

    @Test
    void conditionalOperatorNeedsSomethingToJoin() {
        String message = "ConditionalOperator cannot be used without Filter or Expected";
        Condition isA = Condition.builder().comparisonOperator(ComparisonOperator.EQ).attributeValueList(s("a")).build();
        assertValidation(message, () -> dynamo.putItem(b -> b.tableName(TABLE).item(item("id", s("a")))
                .conditionalOperator("AND")));
        assertValidation(message, () -> dynamo.updateItem(b -> b.tableName(TABLE).key(item("id", s("a")))
                .conditionalOperator("OR")));
        assertValidation(message, () -> dynamo.deleteItem(b -> b.tableName(TABLE).key(item("id", s("a")))
                .conditionalOperator("OR")));
        assertValidation(message, () -> dynamo.scan(b -> b.tableName(TABLE).conditionalOperator("OR")));
        assertValidation(message, () -> dynamo.query(b -> b.tableName(TABLE).conditionalOperator("OR")
                .keyConditions(Map.of("id", isA))));
    }

    @Test
    void aCountOrAllAttributesReadProjectsNothing() {
        assertValidation("Cannot specify the ProjectionExpression when choosing to get only the Count",
                () -> dynamo.scan(b -> b.tableName(TABLE).select("COUNT").projectionExpression("n")));
        assertValidation("Cannot specify the AttributesToGet when choosing to get only the Count",
                () -> dynamo.scan(b -> b.tableName(TABLE).select("COUNT").attributesToGet("n")));
        assertValidation("Cannot specify the ProjectionExpression when choosing to get only the Count",
                () -> dynamo.query(b -> b.tableName(TABLE).select("COUNT").projectionExpression("n")
                        .keyConditionExpression("id = :id").expressionAttributeValues(Map.of(":id", s("a")))));
        assertValidation("Cannot specify the ProjectionExpression when choosing to get ALL_ATTRIBUTES",
                () -> dynamo.scan(b -> b.tableName(TABLE).select("ALL_ATTRIBUTES").projectionExpression("n")));
        assertValidation("Cannot specify the ProjectionExpression when choosing to get ALL_PROJECTED_ATTRIBUTES",
                () -> dynamo.scan(b -> b.tableName(TABLE).select("ALL_PROJECTED_ATTRIBUTES").projectionExpression("n")));
    }

    @Test
    void anAttributeNestsAtMost32Levels() {
        dynamo.putItem(b -> b.tableName(TABLE).item(item("id", s("deep"), "m", nested(31))));

        assertValidation(NESTED_TOO_DEEP,
                () -> dynamo.putItem(b -> b.tableName(TABLE).item(item("id", s("deep"), "m", nested(32)))));
        AttributeValue list = n("1");
        for (int i = 0; i < 32; i++) {
            list = AttributeValue.fromL(List.of(list));
        }
        AttributeValue deepList = list;
        assertValidation(NESTED_TOO_DEEP,
                () -> dynamo.putItem(b -> b.tableName(TABLE).item(item("id", s("deep"), "l", deepList))));
    }

    @Test
    void aKeyIsCheckedForNestingAsAnItemIs() {
        // 31 levels pass the nesting check and fail as a key of the wrong type, which DynamoDB and DynamoDB
        // Local word differently (WhereLocalIsNotDynamoDbTest); 32 fail the nesting check on both.
        assertEquals("ValidationException", assertThrows(DynamoDbException.class, () -> dynamo.getItem(b -> b
                .tableName(TABLE).key(item("id", nested(31))))).awsErrorDetails().errorCode());
        assertValidation(NESTED_TOO_DEEP, () -> dynamo.getItem(b -> b.tableName(TABLE).key(item("id", nested(32)))));
    }

    @Test
    void aValueNestsOneLevelMoreThanTheAttributeItBecomes() {
        assertValidation("Nesting Levels have exceeded supported limits",
                () -> dynamo.updateItem(b -> b.tableName(TABLE).key(item("id", s("a"))).updateExpression("SET m = :v")
                        .expressionAttributeValues(Map.of(":v", nested(32)))));
        assertValidation("ExpressionAttributeValues contains invalid value: " + NESTED_TOO_DEEP + " for key :v",
                () -> dynamo.updateItem(b -> b.tableName(TABLE).key(item("id", s("a"))).updateExpression("SET m = :v")
                        .expressionAttributeValues(Map.of(":v", nested(33)))));
        assertValidation("ExpressionAttributeValues contains invalid value: " + NESTED_TOO_DEEP + " for key :v",
                () -> dynamo.scan(b -> b.tableName(TABLE).filterExpression("m <> :v")
                        .expressionAttributeValues(Map.of(":v", nested(33)))));
    }

    @Test
    void nullMustBeTrue() {
        AttributeValue notNull = AttributeValue.builder().nul(false).build();
        assertValidation(NULL_NOT_TRUE, () -> dynamo.putItem(b -> b.tableName(TABLE).item(item("id", s("a"), "z", notNull))));
        assertValidation(NULL_NOT_TRUE, () -> dynamo.putItem(b -> b.tableName(TABLE)
                .item(item("id", s("a"), "z", AttributeValue.fromL(List.of(notNull))))));
        assertValidation("ExpressionAttributeValues contains invalid value: " + NULL_NOT_TRUE + " for key :z",
                () -> dynamo.putItem(b -> b.tableName(TABLE).item(item("id", s("a"))).conditionExpression("n <> :z")
                        .expressionAttributeValues(Map.of(":z", notNull))));
    }

    @Test
    void binarySetsHaveTheirOwnWording() {
        assertValidation("One or more parameter values were invalid: Binary sets should not be empty",
                () -> dynamo.putItem(b -> b.tableName(TABLE).item(item("id", s("a"), "z", AttributeValue.fromBs(List.of())))));
        SdkBytes bytes = SdkBytes.fromByteArray(new byte[] {(byte) 0xff});
        assertValidation("One or more parameter values were invalid: Input collection of type BS contains duplicates.",
                () -> dynamo.putItem(b -> b.tableName(TABLE).item(item("id", s("a"), "z",
                        AttributeValue.fromBs(List.of(bytes, bytes))))));
    }

    @Test
    void aSegmentResumesOnlyFromOneOfItsOwnKeys() {
        for (int i = 0; i < 20; i++) {
            String id = "k" + i;
            dynamo.putItem(b -> b.tableName(TABLE).item(item("id", s(id))));
        }
        List<Map<String, AttributeValue>> segment = dynamo.scan(b -> b.tableName(TABLE).segment(0).totalSegments(4))
                .items();
        Map<String, AttributeValue> outside = dynamo.scan(b -> b.tableName(TABLE)).items().stream()
                .filter(i -> !segment.contains(i)).findFirst().orElseThrow();

        assertEquals(0, dynamo.scan(b -> b.tableName(TABLE).segment(0).totalSegments(4)
                .exclusiveStartKey(item("id", segment.get(segment.size() - 1).get("id")))).count());
        assertValidation("Exclusive start key must lie within the segment",
                () -> dynamo.scan(b -> b.tableName(TABLE).segment(0).totalSegments(4)
                        .exclusiveStartKey(item("id", outside.get("id")))));
    }

    @Test
    void aNewIndexMayNotRedefineAnAttribute() {
        assertValidation("invalid attribute, SchemaElement redefined should be of same type as previously defined",
                () -> dynamo.updateTable(b -> b.tableName(TABLE)
                        .attributeDefinitions(attribute("id", ScalarAttributeType.N), attribute("g", ScalarAttributeType.S))
                        .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName("byG").keySchema(hash("g"))
                                .projection(p -> p.projectionType(ProjectionType.ALL))))));
    }
}
