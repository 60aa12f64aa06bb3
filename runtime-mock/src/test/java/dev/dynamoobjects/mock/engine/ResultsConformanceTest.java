package dev.dynamoobjects.mock.engine;

import static dev.dynamoobjects.mock.engine.Fixtures.attribute;
import static dev.dynamoobjects.mock.engine.Fixtures.hash;
import static dev.dynamoobjects.mock.engine.Fixtures.hashTable;
import static dev.dynamoobjects.mock.engine.Fixtures.item;
import static dev.dynamoobjects.mock.engine.Fixtures.n;
import static dev.dynamoobjects.mock.engine.Fixtures.range;
import static dev.dynamoobjects.mock.engine.Fixtures.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.mock.junit.DynamoTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/** Requests whose answer is data, not an error: what DynamoDB stores and returns. */
@DynamoTest
class ResultsConformanceTest {
    DynamoDbClient dynamo;

    @Test
    void setsPastTheEndOfAListAppendInIndexOrder() {
        hashTable(dynamo, "lists");
        dynamo.putItem(b -> b.tableName("lists").item(item("id", s("a"), "a", AttributeValue.fromL(List.of(n("1"))))));

        dynamo.updateItem(b -> b.tableName("lists").key(item("id", s("a")))
                .updateExpression("SET a[84] = :a1, a[37] = :a2, a[17] = :a3")
                .expressionAttributeValues(Map.of(":a1", s("x84"), ":a2", s("x37"), ":a3", s("x17"))));

        assertEquals(List.of(n("1"), s("x17"), s("x37"), s("x84")), get("lists", "a").get("a").l());
    }

    @Test
    void localIndexFetchesWhatItDoesNotProjectFromTheTable() {
        dynamo.createTable(b -> b.tableName("local").keySchema(hash("pk"), range("sk"))
                .attributeDefinitions(attribute("pk", ScalarAttributeType.S), attribute("sk", ScalarAttributeType.S),
                        attribute("day", ScalarAttributeType.S))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .localSecondaryIndexes(
                        LocalSecondaryIndex.builder().indexName("keysOnly").keySchema(hash("pk"), range("day"))
                                .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)).build(),
                        LocalSecondaryIndex.builder().indexName("include").keySchema(hash("pk"), range("day"))
                                .projection(p -> p.projectionType(ProjectionType.INCLUDE).nonKeyAttributes("x"))
                                .build()));
        dynamo.putItem(b -> b.tableName("local")
                .item(item("pk", s("p"), "sk", s("1"), "day", s("mon"), "x", s("in"), "y", s("out"))));

        for (String index : List.of("keysOnly", "include")) {
            QueryResponse query = dynamo.query(b -> b.tableName("local").indexName(index)
                    .keyConditionExpression("pk = :p").expressionAttributeValues(Map.of(":p", s("p")))
                    .projectionExpression("sk, x, y"));
            ScanResponse scan = dynamo.scan(b -> b.tableName("local").indexName(index).projectionExpression("y"));

            assertEquals(List.of(item("sk", s("1"), "x", s("in"), "y", s("out"))), query.items(), index);
            assertEquals(List.of(item("y", s("out"))), scan.items(), index);
        }
    }

    @Test
    void limitEndingOnTheLastItemGivesALastEvaluatedKeyUnlessTheKeyConditionEndsThere() {
        hashTable(dynamo, "paged");
        dynamo.putItem(b -> b.tableName("paged").item(item("id", s("a"))));
        dynamo.putItem(b -> b.tableName("paged").item(item("id", s("b"))));

        ScanResponse scan = dynamo.scan(b -> b.tableName("paged").limit(2));
        QueryResponse query = dynamo.query(b -> b.tableName("paged").limit(1).keyConditionExpression("id = :a")
                .expressionAttributeValues(Map.of(":a", s("a"))));

        assertEquals(2, scan.count());
        assertTrue(scan.hasLastEvaluatedKey());
        assertEquals(1, query.count());
        assertFalse(query.hasLastEvaluatedKey(), "a partition of a table without sort key holds one item");
    }

    private Map<String, AttributeValue> get(String table, String id) {
        return dynamo.getItem(b -> b.tableName(table).key(item("id", s(id)))).item();
    }
}
