package dev.dynamoobjects.mock.engine;

import static dev.dynamoobjects.mock.engine.Fixtures.assertValidation;
import static dev.dynamoobjects.mock.engine.Fixtures.attribute;
import static dev.dynamoobjects.mock.engine.Fixtures.hash;
import static dev.dynamoobjects.mock.engine.Fixtures.item;
import static dev.dynamoobjects.mock.engine.Fixtures.n;
import static dev.dynamoobjects.mock.engine.Fixtures.range;
import static dev.dynamoobjects.mock.engine.Fixtures.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import dev.dynamoobjects.mock.server.DynamoServer;
import dev.dynamoobjects.mock.server.ServerOptions;
import dev.dynamoobjects.mock.time.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Global indexes with multi-attribute keys, pinned to DynamoDB's documentation; DynamoDB Local
 * 3.1.0 refuses them, so these tests run on the engine, embedded and through the HTTP server side
 * by side, and the DynamoDB Local execution leaves them out (runtime-mock's pom). The sources:
 *
 * <ul>
 *   <li>Developer Guide, "Multi-attribute keys pattern": "Multi-attribute keys allow you to create
 *       Global Secondary Index (GSI) partition and sort keys composed of up to four attributes
 *       each"; each attribute keeps its own type ("your data stays typed").</li>
 *   <li>The same page on queries: every partition attribute with an equality; sort attributes
 *       "left-to-right", stopping at any one but skipping none; an inequality only on the last sort
 *       attribute used.</li>
 *   <li>GlobalSecondaryIndex.KeySchema (API Reference and the SDKs built on it): "You can specify up
 *       to 4 attributes with keyType = HASH and up to 4 attributes with keyType = RANGE"; a table's
 *       KeySchema still has "exactly one element with a KeyType of HASH" and at most one RANGE.</li>
 *   <li>Sparse indexes ("Take advantage of sparse indexes"): an item is written to an index only
 *       when it has the index's key attributes, so here only when it has every one of them.</li>
 * </ul>
 */
class MultiAttributeIndexTest {
    private static final String TABLE = "places";
    private static final String INDEX = "byPlace";

    /** The engine as the embedded client, and the same engine through this library's HTTP server. */
    enum Front { EMBEDDED, SERVER }

    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable closeable : opened) {
            closeable.close();
        }
    }

    private DynamoDbClient client(Front front, EmbeddedDynamoDb engine) {
        if (front == Front.EMBEDDED) {
            return engine;
        }
        DynamoServer server = DynamoServer.start(engine, ServerOptions.defaults());
        DynamoDbClient client = DynamoDbClient.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("key", "secret")))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        opened.add(client);
        opened.add(server);
        return client;
    }

    /** Table keyed by id; {@code byPlace}: partition (country S, region S), sort (city S, zip N). */
    private DynamoDbClient placesTable(Front front) {
        DynamoDbClient dynamo = client(front, new EmbeddedDynamoDb());
        dynamo.createTable(b -> b.tableName(TABLE).keySchema(hash("id")).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(placeAttributes())
                .globalSecondaryIndexes(placeIndex(hash("country"), hash("region"), range("city"), range("zip"))));
        return dynamo;
    }

    private static List<software.amazon.awssdk.services.dynamodb.model.AttributeDefinition> placeAttributes() {
        return List.of(attribute("id", ScalarAttributeType.S), attribute("country", ScalarAttributeType.S),
                attribute("region", ScalarAttributeType.S), attribute("city", ScalarAttributeType.S),
                attribute("zip", ScalarAttributeType.N));
    }

    private static GlobalSecondaryIndex placeIndex(KeySchemaElement... keys) {
        return GlobalSecondaryIndex.builder().indexName(INDEX).keySchema(keys)
                .projection(p -> p.projectionType(ProjectionType.ALL)).build();
    }

    private static Map<String, AttributeValue> place(String id, String country, String region, String city, String zip) {
        return item("id", s(id), "country", s(country), "region", s(region), "city", s(city), "zip", n(zip));
    }

    private static void putPlaces(DynamoDbClient dynamo) {
        dynamo.putItem(b -> b.tableName(TABLE).item(place("p1", "FR", "ARA", "Lyon", "69003")));
        dynamo.putItem(b -> b.tableName(TABLE).item(place("p2", "FR", "ARA", "Lyon", "69001")));
        dynamo.putItem(b -> b.tableName(TABLE).item(place("p3", "FR", "ARA", "Annecy", "74000")));
        dynamo.putItem(b -> b.tableName(TABLE).item(place("p4", "FR", "ARA", "Lyon", "9")));
        dynamo.putItem(b -> b.tableName(TABLE).item(place("p5", "FR", "IDF", "Paris", "75001")));
        // No zip: not in the index.
        dynamo.putItem(b -> b.tableName(TABLE).item(item("id", s("p6"), "country", s("FR"), "region", s("ARA"),
                "city", s("Lyon"))));
    }

    private static QueryResponse query(DynamoDbClient dynamo, String condition, Object... values) {
        return dynamo.query(queryRequest(condition, values).build());
    }

    private static QueryRequest.Builder queryRequest(String condition, Object... values) {
        Map<String, AttributeValue> bound = item(values);
        return QueryRequest.builder().tableName(TABLE).indexName(INDEX).keyConditionExpression(condition)
                .expressionAttributeNames(Map.of("#r", "region"))
                .expressionAttributeValues(bound.isEmpty() ? null : bound);
    }

    private static List<String> ids(QueryResponse response) {
        return response.items().stream().map(i -> i.get("id").s()).toList();
    }

    @ParameterizedTest
    @EnumSource(Front.class)
    void describesEveryKeyAttributeInOrder(Front front) {
        DynamoDbClient dynamo = placesTable(front);
        List<KeySchemaElement> keys = dynamo.describeTable(b -> b.tableName(TABLE)).table()
                .globalSecondaryIndexes().get(0).keySchema();
        assertEquals(List.of(hash("country"), hash("region"), range("city"), range("zip")), keys);
    }

    @ParameterizedTest
    @EnumSource(Front.class)
    void queriesEveryPartitionAttributeInSortOrderAttributeByAttribute(Front front) {
        DynamoDbClient dynamo = placesTable(front);
        putPlaces(dynamo);
        String partition = "country = :c AND #r = :r";
        // city as a string, then zip as a number (9 before 69001): p6 has no zip and is not indexed.
        assertEquals(List.of("p3", "p4", "p2", "p1"), ids(query(dynamo, partition, ":c", s("FR"), ":r", s("ARA"))));
        assertEquals(List.of("p4", "p2", "p1"),
                ids(query(dynamo, partition + " AND city = :city", ":c", s("FR"), ":r", s("ARA"), ":city", s("Lyon"))));
        assertEquals(List.of("p2", "p1"), ids(query(dynamo, partition + " AND city = :city AND zip BETWEEN :a AND :b",
                ":c", s("FR"), ":r", s("ARA"), ":city", s("Lyon"), ":a", n("10"), ":b", n("69999"))));
        assertEquals(List.of("p3"), ids(query(dynamo, partition + " AND city < :city",
                ":c", s("FR"), ":r", s("ARA"), ":city", s("Lyon"))));
        assertEquals(List.of("p3"), ids(query(dynamo, partition + " AND begins_with(city, :p)",
                ":c", s("FR"), ":r", s("ARA"), ":p", s("An"))));
        assertEquals(List.of("p5"), ids(query(dynamo, partition, ":c", s("FR"), ":r", s("IDF"))));
        assertEquals(List.of("p1", "p2", "p4", "p3"), ids(dynamo.query(queryRequest(partition,
                ":c", s("FR"), ":r", s("ARA")).scanIndexForward(false).build())));
    }

    @ParameterizedTest
    @EnumSource(Front.class)
    void pagesResumeFromAKeyWithEveryIndexAttribute(Front front) {
        DynamoDbClient dynamo = placesTable(front);
        putPlaces(dynamo);
        QueryResponse first = dynamo.query(queryRequest("country = :c AND #r = :r", ":c", s("FR"), ":r", s("ARA"))
                .limit(2).build());
        assertEquals(List.of("p3", "p4"), ids(first));
        assertEquals(place("p4", "FR", "ARA", "Lyon", "9"), first.lastEvaluatedKey());
        QueryResponse second = dynamo.query(queryRequest("country = :c AND #r = :r", ":c", s("FR"), ":r", s("ARA"))
                .exclusiveStartKey(first.lastEvaluatedKey()).build());
        assertEquals(List.of("p2", "p1"), ids(second));
        // A Scan of the index reads its partitions, each in sort order; p6 (no zip) is not in it.
        assertEquals(5, dynamo.scan(b -> b.tableName(TABLE).indexName(INDEX)).count());
    }

    @ParameterizedTest
    @EnumSource(Front.class)
    void refusesConditionsThatBreakTheLeftToRightRule(Front front) {
        DynamoDbClient dynamo = placesTable(front);
        assertValidation("Query condition missed key schema element: region",
                () -> query(dynamo, "country = :c", ":c", s("FR")));
        assertValidation("Query key condition not supported",
                () -> query(dynamo, "country = :c AND #r > :r", ":c", s("FR"), ":r", s("A")));
        assertValidation("Query key condition not supported: a condition on sort key attribute zip needs an equality"
                        + " condition on city before it",
                () -> query(dynamo, "country = :c AND #r = :r AND zip = :z", ":c", s("FR"), ":r", s("ARA"), ":z", n("1")));
        assertValidation("Query key condition not supported: a condition on sort key attribute zip needs an equality"
                        + " condition on city before it",
                () -> query(dynamo, "country = :c AND #r = :r AND city > :city AND zip = :z",
                        ":c", s("FR"), ":r", s("ARA"), ":city", s("L"), ":z", n("1")));
        assertValidation("One or more parameter values were invalid: Condition parameter type does not match schema type",
                () -> query(dynamo, "country = :c AND #r = :r AND city = :city AND zip = :z",
                        ":c", s("FR"), ":r", s("ARA"), ":city", s("Lyon"), ":z", s("1")));
        assertValidation("Query condition missed key schema element: country",
                () -> query(dynamo, "#r = :r AND colour = :o", ":r", s("ARA"), ":o", s("x")));
    }

    @ParameterizedTest
    @EnumSource(Front.class)
    void keepsTheIndexOnEveryWrite(Front front) {
        DynamoDbClient dynamo = placesTable(front);
        putPlaces(dynamo);
        String condition = "country = :c AND #r = :r";
        Object[] ara = {":c", s("FR"), ":r", s("ARA")};
        // An update that removes one key attribute takes the item out; one that adds the last puts it in.
        dynamo.updateItem(b -> b.tableName(TABLE).key(item("id", s("p1"))).updateExpression("REMOVE city"));
        dynamo.updateItem(b -> b.tableName(TABLE).key(item("id", s("p6"))).updateExpression("SET zip = :z")
                .expressionAttributeValues(Map.of(":z", n("69002"))));
        assertEquals(List.of("p3", "p4", "p2", "p6"), ids(query(dynamo, condition, ara)));
        dynamo.deleteItem(b -> b.tableName(TABLE).key(item("id", s("p4"))));
        dynamo.batchWriteItem(b -> b.requestItems(Map.of(TABLE, List.of(
                software.amazon.awssdk.services.dynamodb.model.WriteRequest.builder()
                        .putRequest(p -> p.item(place("p7", "FR", "ARA", "Annecy", "74001"))).build(),
                software.amazon.awssdk.services.dynamodb.model.WriteRequest.builder()
                        .deleteRequest(d -> d.key(item("id", s("p3")))).build()))));
        dynamo.transactWriteItems(b -> b.transactItems(t -> t.update(u -> u.tableName(TABLE)
                .key(item("id", s("p2"))).updateExpression("SET #r = :idf")
                .expressionAttributeNames(Map.of("#r", "region")).expressionAttributeValues(Map.of(":idf", s("IDF"))))));
        assertEquals(List.of("p7", "p6"), ids(query(dynamo, condition, ara)));
        assertEquals(List.of("p2", "p5"), ids(query(dynamo, condition, ":c", s("FR"), ":r", s("IDF"))));
        // A key attribute of another type is refused, as for a single-attribute index key.
        assertValidation("One or more parameter values were invalid: Type mismatch for Index Key zip Expected: N"
                        + " Actual: S IndexName: byPlace",
                () -> dynamo.putItem(b -> b.tableName(TABLE).item(item("id", s("p8"), "country", s("FR"),
                        "region", s("ARA"), "city", s("Lyon"), "zip", s("x")))));
    }

    @Test
    void expiredItemsLeaveTheIndex() {
        ManualClock clock = ManualClock.at(Instant.parse("2026-01-01T00:00:00Z"));
        EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.builder().clock(clock).build();
        dynamo.createTable(b -> b.tableName(TABLE).keySchema(hash("id")).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(placeAttributes())
                .globalSecondaryIndexes(placeIndex(hash("country"), hash("region"), range("city"), range("zip"))));
        dynamo.updateTimeToLive(u -> u.tableName(TABLE).timeToLiveSpecification(t -> t.enabled(true)
                .attributeName("expiresAt")));
        Map<String, AttributeValue> expiring = new java.util.HashMap<>(place("p1", "FR", "ARA", "Lyon", "69003"));
        expiring.put("expiresAt", n(Long.toString(clock.instant().getEpochSecond() + 30)));
        dynamo.putItem(b -> b.tableName(TABLE).item(expiring));
        dynamo.putItem(b -> b.tableName(TABLE).item(place("p2", "FR", "ARA", "Lyon", "69001")));
        clock.advance(Duration.ofMinutes(5));
        assertEquals(List.of("p2"), ids(query(dynamo, "country = :c AND #r = :r", ":c", s("FR"), ":r", s("ARA"))));
    }

    @ParameterizedTest
    @EnumSource(Front.class)
    void updateTableAddsAMultiAttributeIndexOverExistingItems(Front front) {
        DynamoDbClient dynamo = client(front, new EmbeddedDynamoDb());
        dynamo.createTable(b -> b.tableName(TABLE).keySchema(hash("id")).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attribute("id", ScalarAttributeType.S)));
        putPlaces(dynamo);
        dynamo.updateTable(b -> b.tableName(TABLE).attributeDefinitions(placeAttributes())
                .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName(INDEX)
                        .keySchema(hash("country"), hash("region"), range("city"), range("zip"))
                        .projection(p -> p.projectionType(ProjectionType.ALL)))));
        assertEquals(List.of("p3", "p4", "p2", "p1"),
                ids(query(dynamo, "country = :c AND #r = :r", ":c", s("FR"), ":r", s("ARA"))));
        assertEquals(List.of(hash("country"), hash("region"), range("city"), range("zip")), dynamo.describeTable(
                b -> b.tableName(TABLE)).table().globalSecondaryIndexes().get(0).keySchema());
    }

    @ParameterizedTest
    @EnumSource(Front.class)
    void refusesKeySchemasBeyondTheLimits(Front front) {
        DynamoDbClient dynamo = client(front, new EmbeddedDynamoDb());
        List<software.amazon.awssdk.services.dynamodb.model.AttributeDefinition> definitions = List.of(
                attribute("id", ScalarAttributeType.S), attribute("a", ScalarAttributeType.S),
                attribute("b", ScalarAttributeType.S), attribute("c", ScalarAttributeType.S),
                attribute("d", ScalarAttributeType.S), attribute("e", ScalarAttributeType.S));
        assertValidation("Too many hash keys specified.  A global secondary index key schema can have at most 4 hash keys",
                () -> dynamo.createTable(b -> b.tableName(TABLE).keySchema(hash("id")).attributeDefinitions(definitions)
                        .billingMode(BillingMode.PAY_PER_REQUEST)
                        .globalSecondaryIndexes(placeIndex(hash("a"), hash("b"), hash("c"), hash("d"), hash("e")))));
        assertValidation("Too many range keys specified.  A global secondary index key schema can have at most 4"
                        + " range keys",
                () -> dynamo.createTable(b -> b.tableName(TABLE).keySchema(hash("id")).attributeDefinitions(definitions)
                        .billingMode(BillingMode.PAY_PER_REQUEST)
                        .globalSecondaryIndexes(placeIndex(hash("id"), range("a"), range("b"), range("c"), range("d"),
                                range("e")))));
        assertValidation("Invalid key order. Hash Key must be specified first in key schema, Range Key must be"
                        + " specifed second",
                () -> dynamo.createTable(b -> b.tableName(TABLE).keySchema(hash("id")).billingMode(BillingMode.PAY_PER_REQUEST)
                        .attributeDefinitions(definitions.subList(0, 4))
                        .globalSecondaryIndexes(placeIndex(hash("a"), range("b"), hash("c")))));
        // A table's key and a local index's keep one attribute each.
        assertValidation("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type",
                () -> dynamo.createTable(b -> b.tableName(TABLE).keySchema(hash("id"), hash("a"))
                        .attributeDefinitions(definitions.subList(0, 2)).billingMode(BillingMode.PAY_PER_REQUEST)));
        assertValidation("Key Schema too big.  Key Schema must at most consist of the hash and range key of a table",
                () -> dynamo.createTable(b -> b.tableName(TABLE).keySchema(hash("id"), range("a"))
                        .attributeDefinitions(definitions.subList(0, 4)).billingMode(BillingMode.PAY_PER_REQUEST)
                        .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("local")
                                .keySchema(hash("id"), range("b"), range("c"))
                                .projection(p -> p.projectionType(ProjectionType.ALL)).build())));
    }
}
