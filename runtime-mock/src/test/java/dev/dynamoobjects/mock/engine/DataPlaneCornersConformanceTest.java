package dev.dynamoobjects.mock.engine;

import static dev.dynamoobjects.mock.engine.Fixtures.assertError;
import static dev.dynamoobjects.mock.engine.Fixtures.assertValidation;
import static dev.dynamoobjects.mock.engine.Fixtures.hashTable;
import static dev.dynamoobjects.mock.engine.Fixtures.item;
import static dev.dynamoobjects.mock.engine.Fixtures.n;
import static dev.dynamoobjects.mock.engine.Fixtures.s;

import dev.dynamoobjects.mock.junit.DynamoTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * What the data-plane differential run (DataPlaneGenerator) found: the text of an update expression
 * over 4 KB, sort-key operands longer than a sort key, which of several problems an update expression
 * names first, and an update's writes into a key or paths into an index key checked after the condition.
 */
@DynamoTest
class DataPlaneCornersConformanceTest {
    private static final String TABLE = "corners";
    private static final Map<String, AttributeValue> KEY = item("pk", s("p"), "sk", s("a"));
    DynamoDbClient dynamo;

    private void indexedTable() {
        dynamo.createTable(b -> b.tableName(TABLE).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("sk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("n").attributeType(ScalarAttributeType.N))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH), k -> k.attributeName("sk").keyType(KeyType.RANGE))
                .localSecondaryIndexes(i -> i.indexName("by_n")
                        .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH), k -> k.attributeName("n").keyType(KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.ALL))));
    }

    private void update(String expression, Map<String, AttributeValue> values) {
        dynamo.updateItem(b -> b.tableName(TABLE).key(KEY).updateExpression(expression).expressionAttributeValues(values));
    }

    @Test
    void anUpdateExpressionOverFourKilobytesIsRefusedWithoutItsSize() {
        indexedTable();
        Map<String, AttributeValue> values = Map.of(":n", n("1"));
        assertValidation("Invalid UpdateExpression: Expression size has exceeded the maximum allowed size;",
                () -> update("SET x = :n" + " ".repeat(4087), values));
        assertValidation("Invalid ConditionExpression: Expression size has exceeded the maximum allowed size;"
                + " expression size: 4097", () -> dynamo.updateItem(b -> b.tableName(TABLE).key(KEY)
                .updateExpression("SET x = :n").conditionExpression("attribute_exists(x)" + " ".repeat(4078))
                .expressionAttributeValues(values)));
        update("SET x = :n" + " ".repeat(4086), values);
    }

    @Test
    void aSortKeyOperandLongerThanASortKeyIsRefused() {
        indexedTable();
        String message = "One or more parameter values were invalid: Aggregated size of all range keys has exceeded the"
                + " size limit of 1024 bytes";
        assertValidation(message, () -> query("sk >= :s", Map.of(":s", s("x".repeat(1025)))));
        assertValidation(message, () -> query("begins_with(sk, :s)", Map.of(":s", s("é".repeat(512) + "x"))));
        assertValidation(message, () -> query("sk BETWEEN :s AND :t", Map.of(":s", s("x"), ":t", s("x".repeat(1025)))));
        query("sk BETWEEN :s AND :t", Map.of(":s", s("x".repeat(600)), ":t", s("x".repeat(600))));
        query("sk < :s", Map.of(":s", s("é".repeat(512))));
    }

    private void query(String sortCondition, Map<String, AttributeValue> values) {
        Map<String, AttributeValue> all = new java.util.HashMap<>(values);
        all.put(":p", s("p"));
        dynamo.query(q -> q.tableName(TABLE).keyConditionExpression("pk = :p AND " + sortCondition)
                .expressionAttributeValues(all));
    }

    @Test
    void anUpdateNamesItsFunctionsSectionsNamesAndOverlapsBeforeItsUndefinedValues() {
        indexedTable();
        Map<String, AttributeValue> values = Map.of(":n", n("1"));
        assertValidation("Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite"
                + " one of these paths; path one: [a], path two: [a]", () -> update("SET a = :q ADD a :q", values));
        assertValidation("Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite"
                + " one of these paths; path one: [a], path two: [a, [0]]", () -> update("SET a = :n, a[0] = :q", values));
        assertValidation("Invalid UpdateExpression: An expression attribute name used in the document path is not"
                + " defined; attribute name: #y", () -> update("SET a = :q, a.b = :n, #y = :n", values));
        assertValidation("Invalid UpdateExpression: The \"SET\" section can only be used once in an update expression;",
                () -> update("SET a = :n, a.b = :n SET c = :n, #y = :n", values));
        assertValidation("Invalid UpdateExpression: The function is not allowed in an update expression; function: size",
                () -> update("SET #y = :n, b = size(:n)", values));
    }

    @Test
    void aConditionNamesAnUnknownFunctionBeforeItsPlaceholders() {
        hashTable(dynamo, TABLE);
        assertValidation("Invalid ConditionExpression: Invalid function name; function: foo",
                () -> dynamo.putItem(b -> b.tableName(TABLE).item(item("id", s("a")))
                        .conditionExpression("foo(a) AND a = :q")));
        assertValidation("Invalid ConditionExpression: An expression attribute value used in expression is not defined;"
                + " attribute value: :q", () -> dynamo.putItem(b -> b.tableName(TABLE).item(item("id", s("a")))
                .conditionExpression("a = :q AND #y = :n").expressionAttributeValues(Map.of(":n", n("1")))));
    }

    @Test
    void anUpdatesPathsIntoKeysAreRefusedAfterTheConditionAndTheConditionsBefore() {
        indexedTable();
        dynamo.putItem(b -> b.tableName(TABLE).item(item("pk", s("p"), "sk", s("a"), "n", n("10"))));
        assertError(ConditionalCheckFailedException.class, "ConditionalCheckFailedException",
                "The conditional request failed", () -> dynamo.updateItem(b -> b.tableName(TABLE).key(KEY)
                        .updateExpression("SET n[0] = :n").conditionExpression("attribute_not_exists(n)")
                        .expressionAttributeValues(Map.of(":n", n("1")))));
        assertValidation("Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed:"
                + " IndexKey: n", () -> update("SET n[0] = :n", Map.of(":n", n("1"))));
        assertError(ConditionalCheckFailedException.class, "ConditionalCheckFailedException",
                "The conditional request failed", () -> dynamo.updateItem(b -> b.tableName(TABLE).key(KEY)
                        .updateExpression("SET x = sk[0]").conditionExpression("attribute_not_exists(n)")));
        assertValidation("Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed:"
                + " IndexKey: n", () -> dynamo.updateItem(b -> b.tableName(TABLE).key(KEY)
                .updateExpression("SET x = sk[0]").conditionExpression("attribute_exists(n[0])")));
        for (String written : new String[] {"SET sk[0] = :n", "SET sk = :n"}) {
            assertError(ConditionalCheckFailedException.class, "ConditionalCheckFailedException",
                    "The conditional request failed", () -> dynamo.updateItem(b -> b.tableName(TABLE).key(KEY)
                            .updateExpression(written).conditionExpression("attribute_not_exists(n)")
                            .expressionAttributeValues(Map.of(":n", n("1")))));
            assertValidation("One or more parameter values were invalid: Cannot update attribute sk. This attribute is"
                    + " part of the key", () -> update(written, Map.of(":n", n("1"))));
        }
    }
}
