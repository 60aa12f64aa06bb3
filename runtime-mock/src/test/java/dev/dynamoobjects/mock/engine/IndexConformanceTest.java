package dev.dynamoobjects.mock.engine;

import static dev.dynamoobjects.mock.engine.Fixtures.assertValidation;
import static dev.dynamoobjects.mock.engine.Fixtures.attribute;
import static dev.dynamoobjects.mock.engine.Fixtures.hash;
import static dev.dynamoobjects.mock.engine.Fixtures.item;
import static dev.dynamoobjects.mock.engine.Fixtures.n;
import static dev.dynamoobjects.mock.engine.Fixtures.range;
import static dev.dynamoobjects.mock.engine.Fixtures.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamoobjects.mock.junit.DynamoTest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Reads and writes that meet a table's indexes: queries of an index with a partition key only,
 * the filter and projection rules of queries, empty key values, and the write capacity an index
 * spends when its entry for an item changes.
 */
@DynamoTest
class IndexConformanceTest {
    private static final String TABLE = "orders";
    private static final String EMPTY_INDEX_KEY = "One or more parameter values are not valid. A value specified"
            + " for a secondary index key is not supported. The AttributeValue for a key attribute cannot contain"
            + " an empty string value. IndexName: ";
    DynamoDbClient dynamo;

    /**
     * Keys pk (S) and sk (S); {@code byStatus}: status only, keys only; {@code byCustomer}: customer
     * only, with {@code amount}; {@code all}: status, all attributes; {@code byDay}: a local index on day.
     */
    @BeforeEach
    void createTable() {
        dynamo.createTable(b -> b.tableName(TABLE).keySchema(hash("pk"), range("sk"))
                .attributeDefinitions(attribute("pk", ScalarAttributeType.S), attribute("sk", ScalarAttributeType.S),
                        attribute("status", ScalarAttributeType.S), attribute("customer", ScalarAttributeType.S),
                        attribute("day", ScalarAttributeType.S))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .globalSecondaryIndexes(
                        global("byStatus", "status", ProjectionType.KEYS_ONLY, List.of()),
                        global("byCustomer", "customer", ProjectionType.INCLUDE, List.of("amount")),
                        global("all", "status", ProjectionType.ALL, List.of()))
                .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("byDay")
                        .keySchema(hash("pk"), range("day")).projection(p -> p.projectionType(ProjectionType.KEYS_ONLY))
                        .build()));
        dynamo.putItem(b -> b.tableName(TABLE).item(order("1", "NEW", "c1", "7")));
        dynamo.putItem(b -> b.tableName(TABLE).item(order("2", "NEW", "c2", "9")));
        dynamo.putItem(b -> b.tableName(TABLE).item(order("3", "SHIPPED", "c1", "4")));
    }

    private static GlobalSecondaryIndex global(String name, String key, ProjectionType type, List<String> included) {
        return GlobalSecondaryIndex.builder().indexName(name).keySchema(hash(key))
                .projection(p -> p.projectionType(type).nonKeyAttributes(included.isEmpty() ? null : included))
                .build();
    }

    private static Map<String, AttributeValue> order(String sk, String status, String customer, String amount) {
        return item("pk", s("shop"), "sk", s(sk), "status", s(status), "customer", s(customer), "amount", n(amount),
                "day", s("2026-12-0" + sk), "note", s("n" + sk));
    }

    private int countByStatus(String index, Consumer<QueryRequest.Builder> more) {
        return dynamo.query(b -> {
            b.tableName(TABLE).indexName(index).keyConditionExpression("#s = :s")
                    .expressionAttributeNames(Map.of("#s", "status"));
            more.accept(b);
        }).count();
    }

    // ---- an index with a partition key only

    @Test
    void indexWithoutSortKeyIsQueried() {
        assertEquals(2, countByStatus("byStatus", b -> b.expressionAttributeValues(Map.of(":s", s("NEW")))));
        assertEquals(1, dynamo.query(b -> b.tableName(TABLE).indexName("byCustomer")
                .keyConditionExpression("customer = :c").filterExpression("#t > :t")
                .expressionAttributeNames(Map.of("#t", "amount"))
                .expressionAttributeValues(Map.of(":c", s("c1"), ":t", n("5")))).count());
    }

    @Test
    void aSecondConditionOnAnIndexWithoutSortKeyIsNotSupported() {
        assertValidation("Query key condition not supported",
                () -> countByStatus("byStatus", b -> b.keyConditionExpression("amount > :t AND #s = :s")
                        .expressionAttributeValues(Map.of(":s", s("NEW"), ":t", n("1")))));
    }

    // ---- key attributes take strings, numbers and binaries only

    // DynamoDB names the attribute and both types; DynamoDB Local answers "Invalid attribute value
    // type" or stops at "Type mismatch for Index Key" (WhereLocalIsNotDynamoDbTest pins the texts).
    @Test
    void keyAttributesOfAnotherKindOfValueAreRejected() {
        assertRejected(() -> dynamo.putItem(b -> b.tableName(TABLE)
                .item(item("pk", AttributeValue.fromBool(true), "sk", s("1")))));
        assertRejected(() -> dynamo.putItem(b -> b.tableName(TABLE)
                .item(item("pk", s("shop"), "sk", s("9"), "status", AttributeValue.fromSs(List.of("NEW"))))));
        assertRejected(() -> dynamo.updateItem(b -> b.tableName(TABLE).key(item("pk", s("shop"), "sk", s("1")))
                .updateExpression("SET customer = :c").expressionAttributeValues(Map.of(":c", AttributeValue.fromNul(true)))));
        assertRejected(() -> dynamo.putItem(b -> b.tableName(TABLE).item(item("pk", s("shop"), "sk", s("9"), "status", n("1")))));
    }

    private static void assertRejected(Executable call) {
        assertEquals("ValidationException", assertThrows(DynamoDbException.class, call).awsErrorDetails().errorCode());
    }

    // ---- filters may not name key attributes

    @Test
    void queryFilterOnTheTablesKeysIsRejected() {
        assertValidation("Filter Expression can only contain non-primary key attributes: Primary key attribute: sk",
                () -> dynamo.query(b -> b.tableName(TABLE).keyConditionExpression("pk = :p")
                        .filterExpression("note = :v OR begins_with(#k, :v)").expressionAttributeNames(Map.of("#k", "sk"))
                        .expressionAttributeValues(Map.of(":p", s("shop"), ":v", s("1")))));
        // The partition key is reported first, wherever it stands in the filter.
        assertValidation("Filter Expression can only contain non-primary key attributes: Primary key attribute: pk",
                () -> dynamo.query(b -> b.tableName(TABLE).keyConditionExpression("pk = :p")
                        .filterExpression("sk = :v AND pk = :p")
                        .expressionAttributeValues(Map.of(":p", s("shop"), ":v", s("1")))));
    }

    @Test
    void queryFilterIntoAKeyAttributeGetsTheScalarKeyError() {
        assertValidation("Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed:"
                        + " Key: sk",
                () -> dynamo.query(b -> b.tableName(TABLE).keyConditionExpression("pk = :p")
                        .filterExpression("sk.part = :v").expressionAttributeValues(Map.of(":p", s("shop"), ":v", s("1")))));
    }

    @Test
    void legacyQueryFilterOnAKeyIsRejected() {
        assertValidation("QueryFilter can only contain non-primary key attributes: Primary key attribute: sk",
                () -> dynamo.query(b -> b.tableName(TABLE)
                        .keyConditions(Map.of("pk", eq(s("shop"))))
                        .queryFilter(Map.of("sk", eq(s("1"))))));
    }

    @Test
    void indexQueryMayFilterOnTheTablesKeysButNotOnItsOwn() {
        assertEquals(1, countByStatus("all", b -> b.filterExpression("sk = :k")
                .expressionAttributeValues(Map.of(":s", s("NEW"), ":k", s("2")))));
        assertValidation("Filter Expression can only contain non-primary key attributes: Primary key attribute: status",
                () -> countByStatus("all", b -> b.filterExpression("#s = :s")
                        .expressionAttributeValues(Map.of(":s", s("NEW")))));
    }

    @Test
    void scanFilterMayNameKeys() {
        assertEquals(1, dynamo.scan(b -> b.tableName(TABLE).filterExpression("pk = :p AND sk = :k")
                .expressionAttributeValues(Map.of(":p", s("shop"), ":k", s("2")))).count());
    }

    // ---- empty key values in a key condition

    @Test
    void emptyKeyValuesInAKeyConditionAreRejected() {
        assertValidation("One or more parameter values are not valid. The AttributeValue for a key attribute cannot"
                        + " contain an empty string value. Key: pk",
                () -> dynamo.query(b -> b.tableName(TABLE).keyConditionExpression("pk = :p")
                        .expressionAttributeValues(Map.of(":p", s("")))));
        assertValidation("One or more parameter values are not valid. The AttributeValue for a key attribute cannot"
                        + " contain an empty string value. Key: sk",
                () -> dynamo.query(b -> b.tableName(TABLE).keyConditionExpression("pk = :p AND begins_with(sk, :k)")
                        .expressionAttributeValues(Map.of(":p", s("shop"), ":k", s("")))));
        assertValidation(EMPTY_INDEX_KEY + "byStatus, IndexKey: status",
                () -> countByStatus("byStatus", b -> b.expressionAttributeValues(Map.of(":s", s("")))));
    }

    // ---- what an index does not project

    @Test
    void indexQueryMayFilterOnlyOnProjectedAttributes() {
        assertValidation("One or more parameter values were invalid: Secondary index byStatus does not project one or"
                        + " more filter attributes: [amount, note]",
                () -> countByStatus("byStatus", b -> b.filterExpression("amount > :t AND note = :s OR amount < :t")
                        .expressionAttributeValues(Map.of(":s", s("NEW"), ":t", n("1")))));
        assertValidation("One or more parameter values were invalid: Secondary index byDay does not project one or"
                        + " more filter attributes: [amount]",
                () -> dynamo.query(b -> b.tableName(TABLE).indexName("byDay").keyConditionExpression("pk = :p")
                        .filterExpression("amount > :t").expressionAttributeValues(Map.of(":p", s("shop"), ":t", n("1")))));
        assertEquals(1, dynamo.query(b -> b.tableName(TABLE).indexName("byCustomer").select("COUNT")
                .keyConditions(Map.of("customer", eq(s("c1")))).queryFilter(Map.of("amount", eq(n("7"))))).count());
    }

    @Test
    void consistentReadOfAGlobalIndexIsCheckedFirst() {
        assertValidation("Consistent read cannot be true when querying a GSI",
                () -> countByStatus("byStatus", b -> b.consistentRead(true).filterExpression("amount > :t")
                        .expressionAttributeValues(Map.of(":s", s(""), ":t", n("1")))));
    }

    @Test
    void localIndexQueryPagesLikeAnIndexAtItsBound() {
        // Items of an index may share a sort key, so reaching the condition's bound is no end: a full
        // page still carries a LastEvaluatedKey.
        var page = dynamo.query(b -> b.tableName(TABLE).indexName("byDay").limit(1)
                .keyConditionExpression("pk = :p AND #d <= :d").expressionAttributeNames(Map.of("#d", "day"))
                .expressionAttributeValues(Map.of(":p", s("shop"), ":d", s("2026-12-01"))));
        assertEquals(1, page.count());
        assertEquals(item("pk", s("shop"), "sk", s("1"), "day", s("2026-12-01")), page.lastEvaluatedKey());
    }

    @Test
    void globalIndexReadMayProjectOnlyProjectedAttributes() {
        assertValidation("One or more parameter values were invalid: Global secondary index byStatus does not project"
                        + " [note]",
                () -> dynamo.scan(b -> b.tableName(TABLE).indexName("byStatus").projectionExpression("pk, note")));
        assertEquals(List.of(Map.of("amount", n("7"))), dynamo.query(b -> b.tableName(TABLE).indexName("byCustomer")
                .keyConditionExpression("customer = :c").filterExpression("amount > :t").projectionExpression("amount")
                .expressionAttributeValues(Map.of(":c", s("c1"), ":t", n("5")))).items());
    }

    // ---- index writes

    @Test
    void updateToAnEmptyIndexKeyIsRejectedInUpdateWords() {
        assertValidation("One or more parameter values are not valid. The update expression attempted to update a"
                        + " secondary index key to a value that is not supported. The AttributeValue for a key attribute"
                        + " cannot contain an empty string value.",
                () -> dynamo.updateItem(b -> b.tableName(TABLE).key(item("pk", s("shop"), "sk", s("1")))
                        .updateExpression("SET customer = :c").expressionAttributeValues(Map.of(":c", s("")))));
        assertValidation(EMPTY_INDEX_KEY + "byCustomer, IndexKey: customer",
                () -> dynamo.putItem(b -> b.tableName(TABLE).item(item("pk", s("shop"), "sk", s("4"), "customer", s("")))));
    }

    @Test
    void indexesAreChargedOnlyWhenTheirEntryChanges() {
        ConsumedCapacity same = put(order("1", "NEW", "c1", "7"));
        assertEquals(1.0, same.capacityUnits());
        assertEquals(Map.of(), units(same.globalSecondaryIndexes()));

        Map<String, AttributeValue> noteChanged = order("1", "NEW", "c1", "7");
        noteChanged.put("note", s("changed"));
        ConsumedCapacity note = put(noteChanged);
        assertEquals(Map.of("all", 1.0), units(note.globalSecondaryIndexes()));

        ConsumedCapacity amount = put(order("1", "NEW", "c1", "8"));
        assertEquals(Map.of("all", 1.0, "byCustomer", 1.0), units(amount.globalSecondaryIndexes()));
    }

    @Test
    void anIndexKeyChangeIsADeleteAndAPutInTheIndex() {
        ConsumedCapacity moved = dynamo.updateItem(b -> b.tableName(TABLE).key(item("pk", s("shop"), "sk", s("1")))
                .updateExpression("SET #s = :s").expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":s", s("SHIPPED")))
                .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)).consumedCapacity();

        assertEquals(Map.of("all", 2.0, "byStatus", 2.0), units(moved.globalSecondaryIndexes()));
        assertEquals(5.0, moved.capacityUnits());
    }

    private ConsumedCapacity put(Map<String, AttributeValue> item) {
        return dynamo.putItem(b -> b.tableName(TABLE).item(item).returnConsumedCapacity(ReturnConsumedCapacity.INDEXES))
                .consumedCapacity();
    }

    private static Map<String, Double> units(Map<String, software.amazon.awssdk.services.dynamodb.model.Capacity> indexes) {
        Map<String, Double> units = new TreeMap<>();
        indexes.forEach((name, capacity) -> units.put(name, capacity.capacityUnits()));
        return units;
    }

    private static Condition eq(AttributeValue value) {
        return Condition.builder().comparisonOperator(ComparisonOperator.EQ).attributeValueList(value).build();
    }
}
