package dev.dynamoobjects.mock.engine;

import static dev.dynamoobjects.mock.engine.Fixtures.assertValidation;
import static dev.dynamoobjects.mock.engine.Fixtures.attribute;
import static dev.dynamoobjects.mock.engine.Fixtures.hash;
import static dev.dynamoobjects.mock.engine.Fixtures.item;
import static dev.dynamoobjects.mock.engine.Fixtures.n;
import static dev.dynamoobjects.mock.engine.Fixtures.range;
import static dev.dynamoobjects.mock.engine.Fixtures.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.dynamoobjects.mock.junit.DynamoTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

@DynamoTest
class QueryScanConformanceTest {
    private static final String TABLE = "events";
    DynamoDbClient dynamo;

    @BeforeEach
    void createTable() {
        dynamo.createTable(b -> b.tableName(TABLE).keySchema(hash("pk"), range("sk"))
                .attributeDefinitions(attribute("pk", ScalarAttributeType.S), attribute("sk", ScalarAttributeType.N),
                        attribute("kind", ScalarAttributeType.S))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byKind").keySchema(hash("kind"), range("sk"))
                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)).build()));
        for (String sk : List.of("10", "-1", "2", "1.5", "100")) {
            dynamo.putItem(b -> b.tableName(TABLE).item(item("pk", s("a"), "sk", n(sk), "kind", s("k"), "body", s("x"))));
        }
        dynamo.putItem(b -> b.tableName(TABLE).item(item("pk", s("b"), "sk", n("1"))));
    }

    private QueryResponse query(java.util.function.Consumer<QueryRequest.Builder> more) {
        return dynamo.query(b -> {
            b.tableName(TABLE).keyConditionExpression("pk = :p").expressionAttributeValues(Map.of(":p", s("a")));
            more.accept(b);
        });
    }

    private static List<String> sortKeys(List<Map<String, AttributeValue>> items) {
        return items.stream().map(i -> i.get("sk").n()).toList();
    }

    @Test
    void queryOrdersNumbersNumerically() {
        assertEquals(List.of("-1", "1.5", "2", "10", "100"), sortKeys(query(b -> { }).items()));
        assertEquals(List.of("100", "10", "2", "1.5", "-1"), sortKeys(query(b -> b.scanIndexForward(false)).items()));
    }

    @Test
    void queryNarrowsBySortKey() {
        QueryResponse response = dynamo.query(b -> b.tableName(TABLE)
                .keyConditionExpression("pk = :p AND sk BETWEEN :lo AND :hi")
                .expressionAttributeValues(Map.of(":p", s("a"), ":lo", n("1.5"), ":hi", n("10"))));

        assertEquals(List.of("1.5", "2", "10"), sortKeys(response.items()));
    }

    @Test
    void queryPagesWithLimitAndStartKey() {
        QueryResponse first = query(b -> b.limit(2));
        QueryResponse second = query(b -> b.limit(3).exclusiveStartKey(first.lastEvaluatedKey()));

        assertEquals(List.of("-1", "1.5"), sortKeys(first.items()));
        assertEquals(Map.of("pk", s("a"), "sk", n("1.5")), first.lastEvaluatedKey());
        assertEquals(List.of("2", "10", "100"), sortKeys(second.items()));
        assertEquals(Map.of("pk", s("a"), "sk", n("100")), second.lastEvaluatedKey(),
                "a page that reaches its Limit has a LastEvaluatedKey even when nothing follows");
    }

    @Test
    void pageEndingOnTheInclusiveBoundHasNoStartKey() {
        QueryResponse response = dynamo.query(b -> b.tableName(TABLE).limit(2)
                .keyConditionExpression("pk = :p AND sk <= :hi")
                .expressionAttributeValues(Map.of(":p", s("a"), ":hi", n("1.5"))));

        assertEquals(List.of("-1", "1.5"), sortKeys(response.items()));
        assertFalse(response.hasLastEvaluatedKey(), "nothing after the bound can match");
    }

    @Test
    void filterCountsAfterReading() {
        dynamo.putItem(b -> b.tableName(TABLE).item(item("pk", s("a"), "sk", n("3"), "body", s("y"))));

        QueryResponse response = query(b -> b.filterExpression("body = :y")
                .expressionAttributeValues(Map.of(":p", s("a"), ":y", s("y"))));

        assertEquals(1, response.count());
        assertEquals(6, response.scannedCount());
    }

    @Test
    void countReturnsNoItems() {
        QueryResponse response = query(b -> b.select(Select.COUNT));

        assertEquals(5, response.count());
        assertFalse(response.hasItems());
    }

    @Test
    void globalIndexHoldsItsProjection() {
        QueryResponse response = dynamo.query(b -> b.tableName(TABLE).indexName("byKind")
                .keyConditionExpression("kind = :k").expressionAttributeValues(Map.of(":k", s("k")))
                .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES));

        assertEquals(5, response.count(), "the item without kind is not in the sparse index");
        assertEquals(item("pk", s("a"), "sk", n("-1"), "kind", s("k")), response.items().get(0));
        assertEquals(0.0, response.consumedCapacity().table().capacityUnits());
        assertEquals(0.5, response.consumedCapacity().globalSecondaryIndexes().get("byKind").capacityUnits());
    }

    @Test
    void queryRejectsWhatDynamoDbRejects() {
        assertValidation("Consistent read cannot be true when querying a GSI",
                () -> dynamo.query(b -> b.tableName(TABLE).indexName("byKind").consistentRead(true)
                        .keyConditionExpression("kind = :k").expressionAttributeValues(Map.of(":k", s("k")))));
        assertValidation("Consistent read cannot be true when scanning a GSI",
                () -> dynamo.scan(b -> b.tableName(TABLE).indexName("byKind").consistentRead(true)));
        assertValidation("The table does not have the specified index: nope",
                () -> query(b -> b.indexName("nope")));
        assertValidation("One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for "
                        + "global secondary index byKind because its projection type is not ALL",
                () -> dynamo.query(b -> b.tableName(TABLE).indexName("byKind").select(Select.ALL_ATTRIBUTES)
                        .keyConditionExpression("kind = :k").expressionAttributeValues(Map.of(":k", s("k")))));
        assertValidation("ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName",
                () -> query(b -> b.select(Select.ALL_PROJECTED_ATTRIBUTES)));
        assertValidation("Either the KeyConditions or KeyConditionExpression parameter must be specified in the "
                + "request.", () -> dynamo.query(b -> b.tableName(TABLE)));
        assertValidation("Exclusive Start Key must have same size as table's key schema",
                () -> query(b -> b.exclusiveStartKey(Map.of("pk", s("a")))));
        assertValidation("The provided starting key does not match the range key predicate",
                () -> query(b -> b.exclusiveStartKey(Map.of("pk", s("b"), "sk", n("1")))));
    }

    @Test
    void scanPagesThroughEverything() {
        Set<Map<String, AttributeValue>> seen = new HashSet<>();
        List<Integer> pageSizes = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            ScanResponse page = dynamo.scan(b -> b.tableName(TABLE).limit(4).exclusiveStartKey(from));
            seen.addAll(page.items());
            pageSizes.add(page.count());
            start = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
        } while (start != null);

        assertEquals(6, seen.size());
        assertEquals(List.of(4, 2), pageSizes);
    }

    @Test
    void indexPagesCarryTheIndexKeyInTheirStartKey() {
        QueryResponse first = dynamo.query(b -> b.tableName(TABLE).indexName("byKind").limit(2)
                .keyConditionExpression("kind = :k").expressionAttributeValues(Map.of(":k", s("k"))));
        QueryResponse rest = dynamo.query(b -> b.tableName(TABLE).indexName("byKind")
                .exclusiveStartKey(first.lastEvaluatedKey())
                .keyConditionExpression("kind = :k").expressionAttributeValues(Map.of(":k", s("k"))));

        assertEquals(Map.of("pk", s("a"), "sk", n("1.5"), "kind", s("k")), first.lastEvaluatedKey());
        assertEquals(List.of("2", "10", "100"), sortKeys(rest.items()));
        assertEquals(3, dynamo.scan(b -> b.tableName(TABLE).indexName("byKind").limit(3)).count());
    }

    @Test
    void projectionOnAnIndexPicksFromItsAttributes() {
        QueryResponse response = dynamo.query(b -> b.tableName(TABLE).indexName("byKind").limit(1)
                .select(Select.SPECIFIC_ATTRIBUTES).projectionExpression("sk")
                .keyConditionExpression("kind = :k").expressionAttributeValues(Map.of(":k", s("k"))));

        assertEquals(List.of(Map.of("sk", n("-1"))), response.items());
    }

    @Test
    void segmentsSplitTheTable() {
        int total = 0;
        for (int segment = 0; segment < 3; segment++) {
            int current = segment;
            total += dynamo.scan(b -> b.tableName(TABLE).segment(current).totalSegments(3)).count();
        }

        assertEquals(6, total);
        assertValidation("If segment is specified, total segment must also be specified",
                () -> dynamo.scan(b -> b.tableName(TABLE).segment(1)));
        assertValidation("1 validation error detected: Value '2' at 'segment' failed to satisfy constraint: Member "
                + "must have value less than or equal to 1", () -> dynamo.scan(b -> b.tableName(TABLE).segment(2)
                .totalSegments(2)));
    }

    @Test
    void emptyQueryConsumesNothing() {
        QueryResponse response = dynamo.query(b -> b.tableName(TABLE).keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", s("none"))).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));

        assertEquals(0, response.count());
        assertEquals(0.0, response.consumedCapacity().capacityUnits());
        assertFalse(response.hasLastEvaluatedKey());
    }
}
