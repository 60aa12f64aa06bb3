package dev.dynamoobjects.mock.engine;

import static dev.dynamoobjects.mock.engine.Fixtures.assertValidation;
import static dev.dynamoobjects.mock.engine.Fixtures.attribute;
import static dev.dynamoobjects.mock.engine.Fixtures.hash;
import static dev.dynamoobjects.mock.engine.Fixtures.item;
import static dev.dynamoobjects.mock.engine.Fixtures.n;
import static dev.dynamoobjects.mock.engine.Fixtures.range;
import static dev.dynamoobjects.mock.engine.Fixtures.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynamoobjects.mock.junit.DynamoTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** Answers the edge-case differential run found wrong, pinned on both backends. */
@DynamoTest
class EdgeCaseConformanceTest {
    DynamoDbClient dynamo;

    private static AttributeValue b(int... bytes) {
        byte[] value = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            value[i] = (byte) bytes[i];
        }
        return AttributeValue.fromB(SdkBytes.fromByteArray(value));
    }

    private void binaryTable() {
        dynamo.createTable(t -> t.tableName("bin").keySchema(hash("pk"), range("sk"))
                .attributeDefinitions(attribute("pk", ScalarAttributeType.B), attribute("sk", ScalarAttributeType.B))
                .billingMode(BillingMode.PAY_PER_REQUEST));
    }

    @Test
    void binarySortKeyRangeOfAnEmptyPartitionFindsNothing() {
        binaryTable();
        dynamo.putItem(p -> p.tableName("bin").item(item("pk", b(1), "sk", b(0xff))));
        assertEquals(0, dynamo.query(q -> q.tableName("bin").keyConditionExpression("pk = :p AND sk > :s")
                .expressionAttributeValues(Map.of(":p", b(2), ":s", b(0x80)))).count());
        assertEquals(1, dynamo.query(q -> q.tableName("bin").keyConditionExpression("pk = :p AND sk > :s")
                .expressionAttributeValues(Map.of(":p", b(1), ":s", b(0x80)))).count(),
                "0xff sorts after 0x80 as an unsigned byte");
    }

    @Test
    void binarySetDuplicatesAreNamedByTypeNotByMembers() {
        Fixtures.hashTable(dynamo, "items");
        assertValidation("One or more parameter values were invalid: Input collection of type BS contains duplicates.",
                () -> dynamo.putItem(p -> p.tableName("items").item(item("id", s("a"),
                        "bs", AttributeValue.fromBs(List.of(b(1).b(), b(1).b()))))));
    }

    @Test
    void attributeNamesMayNotBeEmptyOrOverLongAtAnyDepth() {
        Fixtures.hashTable(dynamo, "items");
        assertValidation("Empty attribute name", () -> dynamo.putItem(p -> p.tableName("items")
                .item(item("id", s("a"), "", s("x")))));
        assertValidation("Empty attribute name", () -> dynamo.putItem(p -> p.tableName("items")
                .item(item("id", s("a"), "m", AttributeValue.fromM(Map.of("", s("x")))))));
        String tooLong = "x".repeat(65536);
        assertValidation("Attribute name is too large, must be less than 65536 bytes", () -> dynamo.putItem(p -> p
                .tableName("items").item(item("id", s("a"), tooLong, s("x")))));
        dynamo.putItem(p -> p.tableName("items").item(item("id", s("a"), "x".repeat(65535), s("x"))));
        assertValidation("ExpressionAttributeValues contains invalid value: Empty attribute name for key :v",
                () -> dynamo.updateItem(u -> u.tableName("items").key(item("id", s("a"))).updateExpression("SET m = :v")
                        .expressionAttributeValues(Map.of(":v", AttributeValue.fromM(Map.of("", s("x")))))));
    }

    @Test
    void batchWriteChecksEveryValueBeforeTheRequestCountAndTheTables() {
        Fixtures.hashTable(dynamo, "items");
        List<WriteRequest> writes = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            String id = "k" + i;
            writes.add(WriteRequest.builder().putRequest(p -> p.item(item("id", s(id), "n", n(id.equals("k20") ? "1E+126" : "1"))))
                    .build());
        }
        assertValidation("Number overflow. Attempting to store a number with magnitude larger than supported range",
                () -> dynamo.batchWriteItem(b -> b.requestItems(Map.of("items", writes))));
        assertValidation("One or more parameter values were invalid: An string set  may not be empty",
                () -> dynamo.batchWriteItem(b -> b.requestItems(Map.of("missing", List.of(WriteRequest.builder()
                        .putRequest(p -> p.item(item("id", s("a"), "ss", AttributeValue.fromSs(List.of())))).build())))));
    }

    @Test
    void transactionChecksEveryValueBeforeTablesAndKeys() {
        Fixtures.hashTable(dynamo, "items");
        assertValidation("One or more parameter values were invalid: Input collection [z, z] contains duplicates",
                () -> dynamo.transactWriteItems(t -> t.transactItems(
                        TransactWriteItem.builder().conditionCheck(c -> c.tableName("missing").key(item("id", s("a")))
                                .conditionExpression("attribute_exists(id)")).build(),
                        TransactWriteItem.builder().put(p -> p.tableName("items").item(item("id", s("b"),
                                "ss", AttributeValue.fromSs(List.of("z", "z"))))).build())));
    }

    /** Found by probing DynamoDB Local: its Query reads the filter, then the projection, then the key condition. */
    @Test
    void queryReportsTheFilterThenTheProjectionThenTheKeyCondition() {
        Fixtures.sortedTable(dynamo, "events");
        Map<String, AttributeValue> values = Map.of(":p", s("x"), ":n", n("1"), ":s", s("a"));
        assertValidation("Invalid FilterExpression: Syntax error; token: \"=\", near: \"= = :n\"", () -> dynamo.query(q -> q
                .tableName("events").keyConditionExpression("pk = = :p AND sk = :s").filterExpression("a = = :n")
                .projectionExpression("a, a.b").expressionAttributeValues(values)));
        assertValidation("Invalid ProjectionExpression: Two document paths overlap with each other; must remove or rewrite"
                + " one of these paths; path one: [a], path two: [a, b]", () -> dynamo.query(q -> q.tableName("events")
                .keyConditionExpression("pk = = :p").filterExpression("a = :n OR a = :s").projectionExpression("a, a.b")
                .expressionAttributeValues(values)));
        assertValidation("Invalid KeyConditionExpression: Syntax error; token: \"=\", near: \"= = :p\"", () -> dynamo.query(q -> q
                .tableName("events").keyConditionExpression("pk = = :p").filterExpression("sk = :n OR a = :s")
                .expressionAttributeValues(values)));
    }

    /**
     * DynamoDB Local ends a page on Limit with a LastEvaluatedKey unless the page ends on an inclusive
     * range bound; DynamoDB too answers a page that stops on Limit with one even when nothing follows
     * (reported from AWS in aws/aws-sdk-js#3290).
     */
    @Test
    void aSortKeyEqualityIsNoBoundForLastEvaluatedKey() {
        Fixtures.sortedTable(dynamo, "events");
        dynamo.putItem(p -> p.tableName("events").item(item("pk", s("p"), "sk", n("1"))));
        dynamo.putItem(p -> p.tableName("events").item(item("pk", s("p"), "sk", n("2"))));
        assertEquals(Map.of("pk", s("p"), "sk", n("2")), dynamo.query(q -> q.tableName("events").limit(1)
                .keyConditionExpression("pk = :p AND sk = :v").expressionAttributeValues(Map.of(":p", s("p"), ":v", n("2"))))
                .lastEvaluatedKey());
        assertEquals(Map.of(), dynamo.query(q -> q.tableName("events").limit(1)
                .keyConditionExpression("pk = :p AND sk BETWEEN :v AND :v")
                .expressionAttributeValues(Map.of(":p", s("p"), ":v", n("2")))).lastEvaluatedKey());
        binaryTable();
        dynamo.putItem(p -> p.tableName("bin").item(item("pk", b(1), "sk", b(0xff, 0))));
        assertEquals(Map.of("pk", b(1), "sk", b(0xff, 0)), dynamo.query(q -> q.tableName("bin").limit(1)
                .scanIndexForward(false).keyConditionExpression("pk = :p AND begins_with(sk, :s)")
                .expressionAttributeValues(Map.of(":p", b(1), ":s", b(0xff, 0)))).lastEvaluatedKey(),
                "a prefix is no bound either");
    }

    @Test
    void attributeTypeChecksItsTypeOperandFirst() {
        Fixtures.hashTable(dynamo, "items");
        assertValidation("Invalid ConditionExpression: Invalid attribute type name found; type: z, valid types:"
                + " {N,BS,L,B,NULL,M,S,SS,NS,BOOL}", () -> dynamo.deleteItem(d -> d.tableName("items")
                .key(item("id", s("a"))).conditionExpression("attribute_type(:v, :t)")
                .expressionAttributeValues(Map.of(":v", s("a"), ":t", s("z")))));
    }

    /** DynamoDB Local parses every item's expressions before it looks any table or key up. */
    @Test
    void aTransactionReportsASyntaxErrorBeforeAMissingTable() {
        Fixtures.hashTable(dynamo, "items");
        assertValidation("Invalid UpdateExpression: Syntax error; token: \"=\", near: \"SET = :s\"",
                () -> dynamo.transactWriteItems(t -> t.transactItems(
                        TransactWriteItem.builder().conditionCheck(c -> c.tableName("missing").key(item("id", s("a")))
                                .conditionExpression("attribute_exists(id)")).build(),
                        TransactWriteItem.builder().update(u -> u.tableName("items").key(item("id", s("b")))
                                .updateExpression("SET = :s").expressionAttributeValues(Map.of(":s", s("x")))).build())));
    }

    @Test
    void anUpdateToAnEmptyIndexKeyIsRefusedAsEmptyBeforeItsType() {
        dynamo.createTable(t -> t.tableName("indexed").keySchema(hash("id"))
                .attributeDefinitions(attribute("id", ScalarAttributeType.S), attribute("n", ScalarAttributeType.N))
                .globalSecondaryIndexes(g -> g.indexName("byN").keySchema(hash("n"))
                        .projection(p -> p.projectionType(software.amazon.awssdk.services.dynamodb.model.ProjectionType.ALL)))
                .billingMode(BillingMode.PAY_PER_REQUEST));
        assertValidation("One or more parameter values are not valid. The update expression attempted to update a"
                + " secondary index key to a value that is not supported. The AttributeValue for a key attribute"
                + " cannot contain an empty string value.", () -> dynamo.updateItem(u -> u.tableName("indexed")
                .key(item("id", s("a"))).updateExpression("SET n = :v").expressionAttributeValues(Map.of(":v", s("")))));
    }
}
