package dev.dynamoobjects.mock.engine;

import static dev.dynamoobjects.mock.engine.Fixtures.assertError;
import static dev.dynamoobjects.mock.engine.Fixtures.assertValidation;
import static dev.dynamoobjects.mock.engine.Fixtures.attribute;
import static dev.dynamoobjects.mock.engine.Fixtures.hash;
import static dev.dynamoobjects.mock.engine.Fixtures.item;
import static dev.dynamoobjects.mock.engine.Fixtures.n;
import static dev.dynamoobjects.mock.engine.Fixtures.range;
import static dev.dynamoobjects.mock.engine.Fixtures.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynamoobjects.mock.junit.DynamoTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeAction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Error texts and their precedence where DynamoDB Local answers as DynamoDB does: document paths into
 * key attributes, ExpressionAttributeValues without expressions, the order of update checks, the
 * paths an overlap names, the size limit of updates, and validation errors inside transactions.
 */
@DynamoTest
class MessagesConformanceTest {
    private static final String TABLE = "events";
    private static final String KEY_NOT_SCALAR = "Key attributes must be scalars; list random access '[]' and map "
            + "lookup '.' are not allowed: ";
    private static final String INVALID_PATH = "The document path provided in the update expression is invalid for "
            + "update";
    private static final Map<String, AttributeValue> KEY = item("pk", s("a"), "sk", n("1"));
    DynamoDbClient dynamo;

    /** Keyed by pk and sk; the local index byTs sorts by ts, the global index byTag is keyed by tag. */
    @BeforeEach
    void createTable() {
        dynamo.createTable(b -> b.tableName(TABLE).keySchema(hash("pk"), range("sk"))
                .attributeDefinitions(attribute("pk", ScalarAttributeType.S), attribute("sk", ScalarAttributeType.N),
                        attribute("ts", ScalarAttributeType.N), attribute("tag", ScalarAttributeType.S))
                .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("byTs").keySchema(hash("pk"), range("ts"))
                        .projection(p -> p.projectionType(ProjectionType.ALL)).build())
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byTag").keySchema(hash("tag"))
                        .projection(p -> p.projectionType(ProjectionType.ALL)).build())
                .billingMode(BillingMode.PAY_PER_REQUEST));
        dynamo.putItem(b -> b.tableName(TABLE).item(item("pk", s("a"), "sk", n("1"), "ts", n("5"), "tag", s("t"),
                "x", n("1"))));
    }

    @Test
    void readsRefuseDocumentPathsIntoKeyAttributes() {
        assertValidation(KEY_NOT_SCALAR + "IndexKey: ts",
                () -> dynamo.getItem(b -> b.tableName(TABLE).key(KEY).projectionExpression("ts[0]")));
        assertValidation(KEY_NOT_SCALAR + "Key: pk",
                () -> dynamo.getItem(b -> b.tableName(TABLE).key(KEY).projectionExpression("pk.x")));
        assertValidation(KEY_NOT_SCALAR + "IndexKey: tag",
                () -> dynamo.query(b -> b.tableName(TABLE).keyConditionExpression("pk = :v")
                        .filterExpression("tag.c = :v").expressionAttributeValues(Map.of(":v", s("a")))));
        assertValidation(KEY_NOT_SCALAR + "IndexKey: tag",
                () -> dynamo.query(b -> b.tableName(TABLE).indexName("byTag").keyConditionExpression("tag = :v")
                        .expressionAttributeValues(Map.of(":v", s("t"))).projectionExpression("tag.c")));
        // The table's keys are checked before the indexes' keys, whatever the order in the expression.
        assertValidation(KEY_NOT_SCALAR + "Key: pk",
                () -> dynamo.scan(b -> b.tableName(TABLE).filterExpression("tag.c = :v AND pk.x = :v")
                        .expressionAttributeValues(Map.of(":v", s("a")))));
        assertValidation(KEY_NOT_SCALAR + "IndexKey: tag", () -> dynamo.batchGetItem(b -> b.requestItems(
                Map.of(TABLE, KeysAndAttributes.builder().keys(KEY).projectionExpression("tag.c").build()))));
        assertValidation(KEY_NOT_SCALAR + "IndexKey: tag", () -> dynamo.transactGetItems(b -> b.transactItems(
                TransactGetItem.builder().get(g -> g.tableName(TABLE).key(KEY).projectionExpression("tag.c")).build())));
    }

    @Test
    void writesRefuseDocumentPathsIntoKeyAttributes() {
        assertValidation(KEY_NOT_SCALAR + "IndexKey: ts", () -> dynamo.putItem(b -> b.tableName(TABLE).item(KEY)
                .conditionExpression("attribute_exists(ts[0])")));
        assertValidation(KEY_NOT_SCALAR + "Key: pk", () -> dynamo.putItem(b -> b.tableName(TABLE).item(KEY)
                .conditionExpression("attribute_exists(pk.a)")));
        assertValidation(KEY_NOT_SCALAR + "IndexKey: tag", () -> dynamo.deleteItem(b -> b.tableName(TABLE).key(KEY)
                .conditionExpression("size(tag.c) > :v").expressionAttributeValues(Map.of(":v", n("1")))));
        assertValidation(KEY_NOT_SCALAR + "IndexKey: tag", () -> update("SET tag.c = :v", Map.of(":v", n("1"))));
        assertValidation(KEY_NOT_SCALAR + "IndexKey: tag", () -> update("SET y = tag.c", null));
        assertValidation(KEY_NOT_SCALAR + "IndexKey: ts", () -> update("REMOVE ts[0]", null));
    }

    @Test
    void valuesWithoutExpressionsNameTheExpressionsThatAreMissing() {
        Map<String, AttributeValue> values = Map.of(":v", n("1"));
        String prefix = "ExpressionAttributeValues can only be specified when using expressions: ";
        assertValidation(prefix + "ConditionExpression is null",
                () -> dynamo.putItem(b -> b.tableName(TABLE).item(KEY).expressionAttributeValues(values)));
        assertValidation(prefix + "ConditionExpression is null",
                () -> dynamo.deleteItem(b -> b.tableName(TABLE).key(KEY).expressionAttributeValues(values)));
        assertValidation(prefix + "UpdateExpression and ConditionExpression are null",
                () -> dynamo.updateItem(b -> b.tableName(TABLE).key(KEY).expressionAttributeValues(values)));
        assertValidation(prefix + "FilterExpression and KeyConditionExpression are null",
                () -> dynamo.query(b -> b.tableName(TABLE).expressionAttributeValues(values).keyConditions(Map.of("pk",
                        Condition.builder().comparisonOperator(ComparisonOperator.EQ).attributeValueList(s("a")).build()))));
        assertValidation(prefix + "FilterExpression is null",
                () -> dynamo.scan(b -> b.tableName(TABLE).expressionAttributeValues(values)));
        assertValidation(prefix + "ConditionExpression is null", () -> dynamo.transactWriteItems(b -> b.transactItems(
                TransactWriteItem.builder().put(p -> p.tableName(TABLE).item(KEY).expressionAttributeValues(values))
                        .build())));
    }

    @Test
    void anInvalidUpdatePathComesBeforeAnOperandThatIsMissing() {
        Map<String, AttributeValue> values = Map.of(":v", n("1"));
        assertValidation(INVALID_PATH, () -> update("SET y = nope, m.b = :v", values));
        assertValidation(INVALID_PATH, () -> update("SET m.b = nope", null));
        assertValidation(INVALID_PATH, () -> update("SET y = nope REMOVE m.b", null));
        assertValidation(INVALID_PATH, () -> update("SET y = nope ADD m.b :v", values));
        assertValidation(INVALID_PATH, () -> update("SET x.c = list_append(nope, :l)",
                Map.of(":l", AttributeValue.fromL(List.of()))));
    }

    @Test
    void overlappingUpdatePathsNameTheLastPathAndTheNearestBeforeIt() {
        Map<String, AttributeValue> values = Map.of(":v", n("1"));
        String prefix = "Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite "
                + "one of these paths; ";
        assertValidation(prefix + "path one: [a, b, c], path two: [a]",
                () -> update("SET a.b = :v, c = :v, a.b.c = :v, a = :v", values));
        assertValidation(prefix + "path one: [a, [1]], path two: [a]",
                () -> update("SET c = :v, a.b = :v, a[1] = :v, a = :v", values));
        assertValidation(prefix + "path one: [a], path two: [a, [1]]", () -> update("REMOVE a SET a[1] = :v", values));
    }

    @Test
    void anUpdatePastTheSizeLimitSaysItIsAnUpdate() {
        dynamo.putItem(b -> b.tableName(TABLE).item(item("pk", s("big"), "sk", n("1"), "big", s("x".repeat(300_000)))));
        Map<String, AttributeValue> big = item("pk", s("big"), "sk", n("1"));
        AttributeValue more = s("x".repeat(150_000));
        String tooLarge = "Item size to update has exceeded the maximum allowed size";
        assertValidation(tooLarge, () -> dynamo.updateItem(b -> b.tableName(TABLE).key(big)
                .updateExpression("SET more = :v").expressionAttributeValues(Map.of(":v", more))));
        assertValidation(tooLarge, () -> dynamo.updateItem(b -> b.tableName(TABLE).key(big).attributeUpdates(
                Map.of("more", AttributeValueUpdate.builder().value(more).action(AttributeAction.PUT).build()))));
        TransactionCanceledException cancelled = assertCancelled("[ValidationError]",
                TransactWriteItem.builder().update(u -> u.tableName(TABLE).key(big).updateExpression("SET more = :v")
                        .expressionAttributeValues(Map.of(":v", more))).build());
        assertEquals(List.of(validationError(tooLarge)), cancelled.cancellationReasons());
        assertValidation("Item size has exceeded the maximum allowed size", () -> dynamo.putItem(b -> b.tableName(TABLE)
                .item(item("pk", s("big"), "sk", n("1"), "big", s("x".repeat(420_000))))));
    }

    @Test
    void aTransactionItemOfTheWrongKeyTypeCancelsWithAValidationError() {
        TransactWriteItem valid = TransactWriteItem.builder()
                .put(p -> p.tableName(TABLE).item(item("pk", s("q"), "sk", n("1")))).build();
        TransactionCanceledException cancelled = assertCancelled("[None, ValidationError]", valid,
                TransactWriteItem.builder().put(p -> p.tableName(TABLE)
                        .item(item("pk", s("b"), "sk", n("1"), "ts", s("bad")))).build());
        // The reason's text names the attribute and types on DynamoDB only (WhereLocalIsNotDynamoDbTest).
        assertEquals(List.of("None", "ValidationError"),
                cancelled.cancellationReasons().stream().map(CancellationReason::code).toList());
        assertCancelled("[None, ValidationError]", valid, TransactWriteItem.builder()
                .put(p -> p.tableName(TABLE).item(item("pk", n("1"), "sk", n("1")))).build());
        assertCancelled("[ValidationError, ConditionalCheckFailed, ValidationError]",
                TransactWriteItem.builder().put(p -> p.tableName(TABLE)
                        .item(item("pk", s("c"), "sk", n("1"), "ts", s("x")))).build(),
                TransactWriteItem.builder().conditionCheck(c -> c.tableName(TABLE).key(KEY)
                        .conditionExpression("attribute_not_exists(pk)")).build(),
                TransactWriteItem.builder().put(p -> p.tableName(TABLE)
                        .item(item("pk", s("b"), "sk", n("1"), "ts", s("x")))).build());
        // DynamoDB Local words the reason for the key otherwise (WhereLocalIsNotDynamoDbTest).
        assertCancelled("[None, ValidationError]", valid, TransactWriteItem.builder()
                .update(u -> u.tableName(TABLE).key(item("pk", s("a"), "sk", s("1"))).updateExpression("REMOVE x"))
                .build());
        assertEquals(1, dynamo.scan(b -> b.tableName(TABLE)).count(), "nothing was written");
    }

    @Test
    void otherInvalidTransactionItemsFailTheWholeRequest() {
        TransactWriteItem valid = TransactWriteItem.builder()
                .put(p -> p.tableName(TABLE).item(item("pk", s("q"), "sk", n("1")))).build();
        assertValidation("Item size has exceeded the maximum allowed size", () -> dynamo.transactWriteItems(b -> b
                .transactItems(valid, TransactWriteItem.builder().put(p -> p.tableName(TABLE)
                        .item(item("pk", s("big"), "sk", n("1"), "big", s("x".repeat(420_000))))).build())));
        assertValidation("One or more parameter values are not valid. The AttributeValue for a key attribute cannot "
                + "contain an empty string value. Key: pk", () -> dynamo.transactWriteItems(b -> b.transactItems(valid,
                TransactWriteItem.builder().put(p -> p.tableName(TABLE).item(item("pk", s(""), "sk", n("1")))).build())));
    }

    private void update(String expression, Map<String, AttributeValue> values) {
        dynamo.updateItem(b -> b.tableName(TABLE).key(KEY).updateExpression(expression)
                .expressionAttributeValues(values));
    }

    private TransactionCanceledException assertCancelled(String codes, TransactWriteItem... items) {
        return assertError(TransactionCanceledException.class, "TransactionCanceledException",
                "Transaction cancelled, please refer cancellation reasons for specific reasons " + codes,
                () -> dynamo.transactWriteItems(b -> b.transactItems(items)));
    }

    private static CancellationReason validationError(String message) {
        return CancellationReason.builder().code("ValidationError").message(message).build();
    }
}
