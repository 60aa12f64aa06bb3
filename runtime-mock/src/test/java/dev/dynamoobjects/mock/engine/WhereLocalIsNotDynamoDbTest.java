package dev.dynamoobjects.mock.engine;

import static dev.dynamoobjects.mock.engine.Fixtures.assertValidation;
import static dev.dynamoobjects.mock.engine.Fixtures.attribute;
import static dev.dynamoobjects.mock.engine.Fixtures.hash;
import static dev.dynamoobjects.mock.engine.Fixtures.hashTable;
import static dev.dynamoobjects.mock.engine.Fixtures.item;
import static dev.dynamoobjects.mock.engine.Fixtures.n;
import static dev.dynamoobjects.mock.engine.Fixtures.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeAction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The engine alone, where DynamoDB Local answers otherwise than DynamoDB and the engine follows
 * DynamoDB (the README lists these differences). On DynamoDB Local each of these requests succeeds
 * or fails differently, so they cannot run on both backends.
 */
class WhereLocalIsNotDynamoDbTest {
    private static final String TABLE = "orders";
    private final EmbeddedDynamoDb dynamo = new EmbeddedDynamoDb();

    @BeforeEach
    void createTable() {
        dynamo.createTable(b -> b.tableName(TABLE).keySchema(hash("id"))
                .attributeDefinitions(attribute("id", ScalarAttributeType.S), attribute("status", ScalarAttributeType.S))
                .provisionedThroughput(t -> t.readCapacityUnits(1L).writeCapacityUnits(1L))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byStatus").keySchema(hash("status"))
                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY))
                        .provisionedThroughput(t -> t.readCapacityUnits(1L).writeCapacityUnits(1L)).build()));
        dynamo.putItem(b -> b.tableName(TABLE).item(item("id", s("o1"), "status", s("NEW"))));
    }

    @Test
    void updatesHoldIndexKeysToTheirTypeAsPutsDo() {
        // DynamoDB Local stores both.
        assertValidation("One or more parameter values were invalid: Type mismatch for Index Key",
                () -> dynamo.updateItem(b -> b.tableName(TABLE).key(item("id", s("o1")))
                        .updateExpression("SET #s = :s").expressionAttributeNames(Map.of("#s", "status"))
                        .expressionAttributeValues(Map.of(":s", n("1")))));
        assertValidation("One or more parameter values are not valid. A value specified for a secondary index key is"
                        + " not supported. The AttributeValue for a key attribute cannot contain an empty string value."
                        + " IndexName: byStatus, IndexKey: status",
                () -> dynamo.updateItem(b -> b.tableName(TABLE).key(item("id", s("o1")))
                        .attributeUpdates(Map.of("status", AttributeValueUpdate.builder().value(s("")).build()))));
    }

    @Test
    void deleteOfAMissingItemReportsCapacityOnlyWhenAsked() {
        // DynamoDB Local reports it unasked.
        assertNull(dynamo.deleteItem(b -> b.tableName(TABLE).key(item("id", s("none")))).consumedCapacity());
    }

    @Test
    void anIndexAddedToAProvisionedTableNeedsItsThroughput() {
        // DynamoDB Local fails with an internal NullPointerException.
        assertValidation("No provisioned throughput specified for the global secondary index",
                () -> dynamo.updateTable(b -> b.tableName(TABLE)
                        .attributeDefinitions(attribute("customer", ScalarAttributeType.S))
                        .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName("byCustomer")
                                .keySchema(hash("customer")).projection(p -> p.projectionType(ProjectionType.ALL))))));
    }

    @Test
    void anUnknownSelectIsAnEnumViolation() {
        // DynamoDB Local: "Select must be ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES, COUNT, or SPECIFIC_ATTRIBUTES".
        // DynamoDB's text and member order: a conformance test recorded against DynamoDB (DynamoDBServiceException
        // in a JavaScript suite) and the emulators that copy it.
        assertValidation("1 validation error detected: Value 'BAD' at 'select' failed to satisfy constraint: Member must"
                        + " satisfy enum value set: [SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]",
                () -> dynamo.scan(b -> b.tableName(TABLE).select("BAD")));
    }

    @Test
    void otherUnknownEnumValuesAreEnumViolations() {
        // DynamoDB Local accepts unknown ReturnConsumedCapacity and ReturnItemCollectionMetrics values, answers
        // "Return values set to invalid value" for an unknown ReturnValues and "ConditionalOperator can only be used
        // when Filter or Expected has two or more elements" for an unknown ConditionalOperator. DynamoDB's texts:
        // moto's tests of ReturnConsumedCapacity, and the emulators that copy DynamoDB's request validation.
        assertValidation("1 validation error detected: Value 'DUMMY' at 'returnConsumedCapacity' failed to satisfy"
                        + " constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]",
                () -> dynamo.getItem(b -> b.tableName(TABLE).key(item("id", s("o1"))).returnConsumedCapacity("DUMMY")));
        assertValidation("1 validation error detected: Value 'DUMMY' at 'returnItemCollectionMetrics' failed to satisfy"
                        + " constraint: Member must satisfy enum value set: [SIZE, NONE]",
                () -> dynamo.putItem(b -> b.tableName(TABLE).item(item("id", s("o1"))).returnItemCollectionMetrics("DUMMY")));
        assertValidation("1 validation error detected: Value 'DUMMY' at 'returnValues' failed to satisfy constraint:"
                        + " Member must satisfy enum value set: [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]",
                () -> dynamo.deleteItem(b -> b.tableName(TABLE).key(item("id", s("o1"))).returnValues("DUMMY")));
        assertValidation("1 validation error detected: Value 'XOR' at 'conditionalOperator' failed to satisfy"
                        + " constraint: Member must satisfy enum value set: [OR, AND]",
                () -> dynamo.scan(b -> b.tableName(TABLE).conditionalOperator("XOR")));
    }

    @Test
    void anUnknownAttributeUpdateActionNamesItsMember() {
        // DynamoDB Local: "Member must satisfy enum value set: [ADD, DELETE, PUT]", without the validation prefix.
        // DynamoDB's request validation names the member and lists the model's order (as emulators copy it).
        assertValidation("1 validation error detected: Value 'BAD' at 'attributeUpdates.status.member.action' failed to"
                        + " satisfy constraint: Member must satisfy enum value set: [ADD, PUT, DELETE]",
                () -> dynamo.updateItem(b -> b.tableName(TABLE).key(item("id", s("o1"))).attributeUpdates(
                        Map.of("status", AttributeValueUpdate.builder().action("BAD").value(s("x")).build()))));
    }

    @Test
    void aTimeToLiveAttributeNameHasOneTo255Characters() {
        // DynamoDB Local: "Names of key attributes and attributes projected into an index must be between 1 and 255
        // characters, inclusive". DynamoDB's request validation checks the member's length (a public catalogue of
        // DynamoDB answers kept for the ACK controller, DDB-TABLE-457, and emulators that copy the text).
        assertValidation("1 validation error detected: Value '' at 'timeToLiveSpecification.attributeName' failed to"
                        + " satisfy constraint: Member must have length greater than or equal to 1",
                () -> dynamo.updateTimeToLive(b -> b.tableName(TABLE)
                        .timeToLiveSpecification(t -> t.enabled(true).attributeName(""))));
        String name = "x".repeat(256);
        assertValidation("1 validation error detected: Value '" + name + "' at 'timeToLiveSpecification.attributeName'"
                        + " failed to satisfy constraint: Member must have length less than or equal to 255",
                () -> dynamo.updateTimeToLive(b -> b.tableName(TABLE)
                        .timeToLiveSpecification(t -> t.enabled(true).attributeName(name))));
    }

    @Test
    void aTransactionItemsEnumsAreCheckedUpFront() {
        // DynamoDB Local accepts the value. DynamoDB's request validation refuses it as it does for PutItem (whose text
        // DynamoDB Local shares), naming the member by its place in the request.
        assertValidation("1 validation error detected: Value 'DUMMY' at"
                        + " 'transactItems.1.member.put.returnValuesOnConditionCheckFailure' failed to satisfy constraint:"
                        + " Member must satisfy enum value set: [ALL_OLD, NONE]",
                () -> dynamo.transactWriteItems(b -> b.transactItems(t -> t.put(p -> p.tableName(TABLE)
                        .item(item("id", s("o2"))).returnValuesOnConditionCheckFailure("DUMMY")))));
    }

    @Test
    void anOnDemandTableTakesNoProvisionedThroughput() {
        // DynamoDB Local accepts and ignores the throughput. DynamoDB's text: recorded answers of UpdateTable and
        // CreateTable (a public catalogue of DynamoDB answers kept for the ACK controller, DDB-TABLE-128; dynalite).
        String message = "One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits"
                + " can be specified when BillingMode is PAY_PER_REQUEST";
        assertValidation(message, () -> dynamo.updateTable(b -> b.tableName(TABLE).billingMode(BillingMode.PAY_PER_REQUEST)
                .provisionedThroughput(t -> t.readCapacityUnits(5L).writeCapacityUnits(5L))));
        dynamo.updateTable(b -> b.tableName(TABLE).billingMode(BillingMode.PAY_PER_REQUEST));
        assertValidation(message, () -> dynamo.updateTable(b -> b.tableName(TABLE)
                .provisionedThroughput(t -> t.readCapacityUnits(5L).writeCapacityUnits(5L))));
    }

    @Test
    void aBinaryOperandPrintsInBase64() {
        // DynamoDB Local prints the Java buffer ("{B:java.nio.HeapByteBuffer[pos=0 lim=2 cap=2]}"). DynamoDB prints
        // base64, as emulators that copy its texts show ("{B:eg==}").
        AttributeValue bytes = AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {(byte) 0xff, 0x00}));
        assertValidation("Invalid ConditionExpression: The BETWEEN operator requires same data type for lower and upper"
                        + " bounds; lower bound operand: AttributeValue: {B:/wA=}, upper bound operand: AttributeValue:"
                        + " {N:1}",
                () -> dynamo.putItem(b -> b.tableName(TABLE).item(item("id", s("o1")))
                        .conditionExpression("a BETWEEN :b AND :n")
                        .expressionAttributeValues(Map.of(":b", bytes, ":n", n("1")))));
    }

    @Test
    void anIndexAddedLaterLeavesOutItemsWhoseKeyIsAnEmptyString() {
        // DynamoDB: an item that breaks the new index's key rules during backfill is not written to the
        // index (Developer Guide, "Adding a global secondary index to an existing table", index key
        // violations); DynamoDB Local fails the scan of such an index with an internal SQL error.
        hashTable(dynamo, "later");
        dynamo.putItem(b -> b.tableName("later").item(item("id", s("a"), "tag", s(""))));
        dynamo.putItem(b -> b.tableName("later").item(item("id", s("b"), "tag", s("t"))));

        dynamo.updateTable(b -> b.tableName("later").attributeDefinitions(attribute("tag", ScalarAttributeType.S))
                .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName("byTag").keySchema(hash("tag"))
                        .projection(p -> p.projectionType(ProjectionType.ALL)))));

        assertEquals(List.of(item("id", s("b"), "tag", s("t"))),
                dynamo.scan(b -> b.tableName("later").indexName("byTag")).items());
    }


    @Test
    void attributeTypeNeedsAPathFirst() {
        // DynamoDB refuses a value as attribute_type's first operand, as for attribute_exists (the
        // AWS-recorded answers of issue #12); DynamoDB Local evaluates it.
        hashTable(dynamo, "types");
        Map<String, AttributeValue> values = Map.of(":v", s("x"), ":t", s("S"));

        assertValidation("Invalid FilterExpression: Operator or function requires a document path; operator or"
                        + " function: attribute_type",
                () -> dynamo.scan(b -> b.tableName("types").filterExpression("attribute_type(:v, :t)")
                        .expressionAttributeValues(values)));
        assertValidation("Invalid ConditionExpression: Operator or function requires a document path; operator or"
                        + " function: attribute_type",
                () -> dynamo.putItem(b -> b.tableName("types").item(item("id", s("a")))
                        .conditionExpression("attribute_type(:v, :t)").expressionAttributeValues(values)));
        assertValidation("Invalid ConditionExpression: Operator or function requires a document path; operator or"
                        + " function: attribute_type",
                () -> dynamo.deleteItem(b -> b.tableName("types").key(item("id", s("a")))
                        .conditionExpression("attribute_type(:v, :t) OR attribute_exists(id)")
                        .expressionAttributeValues(values)));
    }


    @Test
    void legacyDeleteOfAMissingItemCreatesNothing() {
        // DynamoDB API Reference, UpdateItem, AttributeUpdates: "If no item with the specified Key is
        // found: ... DELETE - Nothing happens; there is no attribute to delete." DynamoDB Local creates it.
        hashTable(dynamo, "legacy");

        dynamo.updateItem(b -> b.tableName("legacy").key(item("id", s("none")))
                .attributeUpdates(Map.of("a", AttributeValueUpdate.builder().action(AttributeAction.DELETE).build())));
        dynamo.updateItem(b -> b.tableName("legacy").key(item("id", s("set")))
                .attributeUpdates(Map.of("a", AttributeValueUpdate.builder().action(AttributeAction.DELETE)
                        .value(AttributeValue.fromSs(List.of("x"))).build())));

        assertEquals(0, dynamo.scan(b -> b.tableName("legacy")).count());
    }

    @Test
    void totalSegmentsBelowOneIsOutOfItsRange() {
        // DynamoDB Local compares Segment with TotalSegments - 1 first: "Value '0' at 'segment' ... less than or
        // equal to -1". DynamoDB's API reference (Scan) gives TotalSegments the range 1 to 1,000,000 and Segment
        // 0 to 999,999, checked as request members before their relation.
        assertValidation("1 validation error detected: Value '0' at 'totalSegments' failed to satisfy constraint:"
                + " Member must have value greater than or equal to 1",
                () -> dynamo.scan(b -> b.tableName(TABLE).segment(0).totalSegments(0)));
    }

    @Test
    void anUnknownComparisonOperatorIsAnEnumViolation() {
        // DynamoDB Local: "Comparison type does not exist in DynamoDB". DynamoDB's request validation lists the
        // set in this order, as the emulators that copy its texts record it; the member path follows the one
        // DynamoDB gives AttributeUpdates' actions.
        assertValidation("1 validation error detected: Value 'LIKE' at 'scanFilter.a.member.comparisonOperator' failed to"
                        + " satisfy constraint: Member must satisfy enum value set: [IN, NULL, BETWEEN, LT, NOT_CONTAINS,"
                        + " EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]",
                () -> dynamo.scan(b -> b.tableName(TABLE).scanFilter(Map.of("a",
                        software.amazon.awssdk.services.dynamodb.model.Condition.builder().comparisonOperator("LIKE")
                                .attributeValueList(s("x")).build()))));
    }
}
