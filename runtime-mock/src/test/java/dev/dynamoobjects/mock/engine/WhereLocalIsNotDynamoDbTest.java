package dev.dynamoobjects.mock.engine;

import static dev.dynamoobjects.mock.engine.Fixtures.assertError;
import static dev.dynamoobjects.mock.engine.Fixtures.assertValidation;
import static dev.dynamoobjects.mock.engine.Fixtures.attribute;
import static dev.dynamoobjects.mock.engine.Fixtures.hash;
import static dev.dynamoobjects.mock.engine.Fixtures.hashTable;
import static dev.dynamoobjects.mock.engine.Fixtures.item;
import static dev.dynamoobjects.mock.engine.Fixtures.n;
import static dev.dynamoobjects.mock.engine.Fixtures.s;
import static dev.dynamoobjects.mock.engine.Fixtures.sortedTable;
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
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

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
        assertValidation("One or more parameter values were invalid: Type mismatch for Index Key status Expected: S "
                        + "Actual: N IndexName: byStatus",
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
        // DynamoDB Local: "Comparison type does not exist in DynamoDB". DynamoDB's member path and set order, and
        // "Member must not be null" for a missing operator: dynalite's tests, recorded against DynamoDB
        // ("Value '' at 'scanFilter.b.member.comparisonOperator' ...; Value null at 'scanFilter.a.member...'").
        assertValidation("1 validation error detected: Value 'LIKE' at 'scanFilter.a.member.comparisonOperator' failed to"
                        + " satisfy constraint: Member must satisfy enum value set: [IN, NULL, BETWEEN, LT, NOT_CONTAINS,"
                        + " EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]",
                () -> dynamo.scan(b -> b.tableName(TABLE).scanFilter(Map.of("a",
                        software.amazon.awssdk.services.dynamodb.model.Condition.builder().comparisonOperator("LIKE")
                                .attributeValueList(s("x")).build()))));
        assertValidation("1 validation error detected: Value null at 'scanFilter.a.member.comparisonOperator' failed"
                        + " to satisfy constraint: Member must not be null",
                () -> dynamo.scan(b -> b.tableName(TABLE).scanFilter(Map.of("a",
                        software.amazon.awssdk.services.dynamodb.model.Condition.builder()
                                .attributeValueList(s("x")).build()))));
    }

    // Table names: DynamoDB validates the request before it looks the table up, and words every
    // broken constraint as its request validation does; DynamoDB Local answers "Invalid table/index
    // name. Table/index names must be between 3 and 255 characters long, ...", and takes names of 1
    // or 2 characters for invalid. Sources: the AWS-recorded PutItem and CreateTable error messages of
    // the DynamoDB conformance suite (paritysuite.org): "1 validation error detected: Value 'bad
    // table!@#' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression
    // pattern: [a-zA-Z0-9_.-]+", "... Member must have length less than or equal to 255", "Value null
    // at 'tableName' ... Member must not be null", a minimum length of 1 for item operations and
    // "Value 'ab' at 'tableName' ... Member must have length greater than or equal to 3" for CreateTable.
    private static final String PATTERN = "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+";

    @Test
    void aTableNameThatBreaksTheNameRuleIsRefusedBeforeAnyLookup() {
        Map<String, AttributeValue> key = item("id", s("o1"));
        assertValidation("1 validation error detected: Value 'a!b' at 'tableName' failed to satisfy constraint: "
                + PATTERN, () -> dynamo.getItem(b -> b.tableName("a!b").key(key)));
        String longName = "a".repeat(256);
        assertValidation("1 validation error detected: Value '" + longName + "' at 'tableName' failed to satisfy "
                + "constraint: Member must have length less than or equal to 255",
                () -> dynamo.putItem(b -> b.tableName(longName).item(key)));
        String both = "!".repeat(256);
        assertValidation("2 validation errors detected: Value '" + both + "' at 'tableName' failed to satisfy "
                + "constraint: " + PATTERN + "; Value '" + both + "' at 'tableName' failed to satisfy constraint: "
                + "Member must have length less than or equal to 255",
                () -> dynamo.deleteItem(b -> b.tableName(both).key(key)));
        assertValidation("1 validation error detected: Value '' at 'tableName' failed to satisfy constraint: Member "
                + "must have length greater than or equal to 1", () -> dynamo.describeTable(b -> b.tableName("")));
        assertValidation("1 validation error detected: Value null at 'tableName' failed to satisfy constraint: Member "
                + "must not be null", () -> dynamo.getItem(b -> b.key(key)));
        assertError(ResourceNotFoundException.class, "ResourceNotFoundException",
                "Cannot do operations on a non-existent table", () -> dynamo.getItem(b -> b.tableName("ab").key(key)));
    }

    @Test
    void createTableWordsItsNameRuleAsRequestValidationDoes() {
        assertValidation("1 validation error detected: Value 'ab' at 'tableName' failed to satisfy constraint: Member "
                + "must have length greater than or equal to 3", () -> Fixtures.hashTable(dynamo, "ab"));
        assertValidation("1 validation error detected: Value 'has space' at 'tableName' failed to satisfy "
                + "constraint: " + PATTERN, () -> Fixtures.hashTable(dynamo, "has space"));
    }

    // DynamoDB reports every broken constraint of a request together, in the order of the request's
    // members ("2 validation errors detected: Value 'x' at 'tableName' ...; Value ... at 'limit' ...",
    // issue 12 and dynalite's recorded messages); DynamoDB Local reports the table name alone, or
    // "Limit must be greater than or equal to 1", and takes a Segment of -1 for one above the range.
    // Some AWS regions now word the Limit violation "Value at 'Limit'" without the value (paritysuite
    // registry row scan-limit-zero-message); the engine keeps the form most regions answer.
    @Test
    void severalBrokenParametersAreReportedTogether() {
        assertValidation("2 validation errors detected: Value 'a!b' at 'tableName' failed to satisfy constraint: "
                + PATTERN + "; Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than "
                + "or equal to 1", () -> dynamo.query(b -> b.tableName("a!b").limit(0)
                .keyConditionExpression("id = :v").expressionAttributeValues(Map.of(":v", s("o1")))));
        assertValidation("1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must "
                + "have value greater than or equal to 1", () -> dynamo.scan(b -> b.tableName(TABLE).limit(0)));
        assertValidation("2 validation errors detected: Value '0' at 'totalSegments' failed to satisfy constraint: "
                + "Member must have value greater than or equal to 1; Value '-1' at 'segment' failed to satisfy "
                + "constraint: Member must have value greater than or equal to 0",
                () -> dynamo.scan(b -> b.tableName(TABLE).segment(-1).totalSegments(0)));
        assertValidation("1 validation error detected: Value 'ab' at 'indexName' failed to satisfy constraint: Member "
                + "must have length greater than or equal to 3", () -> dynamo.scan(b -> b.tableName(TABLE).indexName("ab")));
    }

    // A request without its Key: DynamoDB reports it with the other broken members, after the table
    // name (paritysuite's UpdateItem validation-ordering answers, eu-west-2 and us-east-1, 2026-10-09:
    // "2 validation errors detected: Value '' at 'tableName' ...; Value null at 'key' failed to
    // satisfy constraint: Member must not be null"); DynamoDB Local answers "Cannot have null key for
    // GetItem, DeleteItem, or UpdateItem".
    @Test
    void aMissingKeyIsReportedWithTheOtherBrokenMembers() {
        String noKey = "Value null at 'key' failed to satisfy constraint: Member must not be null";
        assertValidation("1 validation error detected: " + noKey, () -> dynamo.getItem(b -> b.tableName(TABLE)));
        assertValidation("1 validation error detected: " + noKey, () -> dynamo.deleteItem(b -> b.tableName(TABLE)));
        assertValidation("2 validation errors detected: Value '' at 'tableName' failed to satisfy constraint: Member "
                + "must have length greater than or equal to 1; " + noKey, () -> dynamo.updateItem(b -> b.tableName("")
                .updateExpression("SET a = :a").expressionAttributeValues(Map.of(":a", s("x")))));
    }

    // ListTables: DynamoDB Local answers "Limit must be greater than or equal to 1" and "Limit in
    // ListTables must be <= 100"; dynalite's tests, recorded against DynamoDB, the request validation's
    // constraint form.
    @Test
    void listTablesLimitIsBetweenOneAndHundred() {
        assertValidation("1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must "
                + "have value greater than or equal to 1", () -> dynamo.listTables(b -> b.limit(0)));
        assertValidation("1 validation error detected: Value '101' at 'limit' failed to satisfy constraint: Member "
                + "must have value less than or equal to 100", () -> dynamo.listTables(b -> b.limit(101)));
        assertValidation("2 validation errors detected: Value 'a!' at 'exclusiveStartTableName' failed to satisfy "
                + "constraint: " + PATTERN + "; Value 'a!' at 'exclusiveStartTableName' failed to satisfy constraint: "
                + "Member must have length greater than or equal to 3",
                () -> dynamo.listTables(b -> b.exclusiveStartTableName("a!")));
    }

    // Table names inside batches and transactions: DynamoDB Local answers "Invalid table/index name"
    // for both, and ResourceNotFoundException for TransactGetItems. The member paths follow DynamoDB's
    // request validation (transactItems.N.member.put.tableName); a batch's table names are map keys,
    // reported without the map, as the validation rolled out in 2026 reports RequestItems
    // (paritysuite, batch validation-ordering notes).
    @Test
    void batchAndTransactionTableNamesAreValidatedToo() {
        Map<String, AttributeValue> key = item("id", s("o1"));
        String batch = "1 validation error detected: Value at 'requestItems' failed to satisfy constraint: Map keys "
                + "must satisfy constraint: [Member must have length less than or equal to 255, Member must have "
                + "length greater than or equal to 1, " + PATTERN + "]";
        assertValidation(batch, () -> dynamo.batchGetItem(b -> b.requestItems(
                Map.of("a!b", KeysAndAttributes.builder().keys(key).build()))));
        assertValidation(batch, () -> dynamo.batchWriteItem(b -> b.requestItems(
                Map.of("a!b", List.of(WriteRequest.builder().putRequest(r -> r.item(key)).build())))));
        assertValidation("1 validation error detected: Value 'a!' at 'transactItems.2.member.update.tableName' failed "
                + "to satisfy constraint: " + PATTERN, () -> dynamo.transactWriteItems(b -> b.transactItems(
                TransactWriteItem.builder().put(p -> p.tableName(TABLE).item(key)).build(),
                TransactWriteItem.builder().update(u -> u.tableName("a!").key(key).updateExpression("REMOVE x")).build())));
        assertValidation("1 validation error detected: Value 'a!b' at 'transactItems.1.member.get.tableName' failed "
                + "to satisfy constraint: " + PATTERN, () -> dynamo.transactGetItems(b -> b.transactItems(
                TransactGetItem.builder().get(g -> g.tableName("a!b").key(key)).build())));
    }

    // A key that misses one of the table's key attributes, or names another: DynamoDB answers "The
    // provided key element does not match the schema" (AWS-recorded GetItem error messages of
    // paritysuite: a composite table's key without its sort key; dynalite's tests recorded against
    // DynamoDB: {}, another attribute, an extra attribute). DynamoDB Local answers "The number of
    // conditions on the keys is invalid", or "One of the required keys was not given a value".
    @Test
    void aKeyWithoutAllTheKeyAttributesDoesNotMatchTheSchema() {
        String mismatch = "The provided key element does not match the schema";
        sortedTable(dynamo, "sorted");
        Map<String, AttributeValue> half = item("pk", s("a"));
        assertValidation(mismatch, () -> dynamo.getItem(b -> b.tableName("sorted").key(half)));
        assertValidation(mismatch, () -> dynamo.getItem(b -> b.tableName(TABLE).key(item("id", s("a"), "x", s("b")))));
        assertValidation(mismatch, () -> dynamo.getItem(b -> b.tableName(TABLE).key(item("x", s("a")))));
        assertValidation(mismatch, () -> dynamo.updateItem(b -> b.tableName("sorted").key(half)));
        assertValidation(mismatch, () -> dynamo.deleteItem(b -> b.tableName("sorted").key(half)));
        assertValidation(mismatch, () -> dynamo.batchWriteItem(b -> b.requestItems(Map.of("sorted",
                List.of(WriteRequest.builder().deleteRequest(r -> r.key(half)).build())))));
        assertValidation(mismatch, () -> dynamo.transactWriteItems(b -> b.transactItems(TransactWriteItem.builder()
                .conditionCheck(c -> c.tableName("sorted").key(half).conditionExpression("attribute_exists(x)")).build())));
    }

    // An item's key or index key of another type, a list or a NULL included: DynamoDB names the
    // attribute and both types (paritysuite's AWS capture of transactional puts: "... Type mismatch for
    // key pk expected: S actual: N", "... actual: L"; AWS errors quoted by DynamoDB users: "Type
    // mismatch for Index Key gmAlias Expected: S Actual: NULL", "... IndexName: webLinkToken-index";
    // dynalite). A batch PutRequest's key is read as a key map (paritysuite: "The provided key element
    // does not match the schema"). DynamoDB Local answers "One or more parameter values were invalid:
    // Type mismatch for key" (or "for Index Key"), and "Invalid attribute value type" for non-scalars.
    @Test
    void anItemKeyOfAnotherTypeIsNamedWithBothTypes() {
        assertValidation("One or more parameter values were invalid: Type mismatch for key id expected: S actual: N",
                () -> dynamo.putItem(b -> b.tableName(TABLE).item(item("id", n("1")))));
        assertValidation("One or more parameter values were invalid: Type mismatch for key id expected: S actual: BOOL",
                () -> dynamo.putItem(b -> b.tableName(TABLE).item(item("id", AttributeValue.fromBool(true)))));
        assertValidation("One or more parameter values were invalid: Type mismatch for Index Key status Expected: S "
                + "Actual: NULL IndexName: byStatus", () -> dynamo.putItem(b -> b.tableName(TABLE)
                .item(item("id", s("o2"), "status", AttributeValue.fromNul(true)))));
        assertValidation("The provided key element does not match the schema", () -> dynamo.batchWriteItem(b -> b
                .requestItems(Map.of(TABLE, List.of(WriteRequest.builder().putRequest(r -> r.item(item("id", n("1"))))
                        .build())))));
        TransactionCanceledException cancelled = assertError(TransactionCanceledException.class,
                "TransactionCanceledException",
                "Transaction cancelled, please refer cancellation reasons for specific reasons [ValidationError]",
                () -> dynamo.transactWriteItems(b -> b.transactItems(TransactWriteItem.builder()
                        .put(p -> p.tableName(TABLE).item(item("id", AttributeValue.fromL(List.of())))).build())));
        assertEquals("One or more parameter values were invalid: Type mismatch for key id expected: S actual: L",
                cancelled.cancellationReasons().get(0).message());
    }

    // A key value of another type: DynamoDB answers "The provided key element does not match the
    // schema" for key maps (dynalite's GetItem tests; paritysuite's four-region capture of 2026-06-23
    // for the keys of transactional Update, Delete and ConditionCheck, which cancel the item with a
    // ValidationError reason). DynamoDB Local answers "One or more parameter values were invalid:
    // Type mismatch for key", or "Invalid attribute value type" for a list, map or set.
    @Test
    void aKeyValueOfAnotherTypeDoesNotMatchTheSchema() {
        String mismatch = "The provided key element does not match the schema";
        assertValidation(mismatch, () -> dynamo.getItem(b -> b.tableName(TABLE).key(item("id", n("1")))));
        assertValidation(mismatch, () -> dynamo.deleteItem(b -> b.tableName(TABLE)
                .key(item("id", AttributeValue.fromM(Map.of())))));
        assertValidation(mismatch, () -> dynamo.batchGetItem(b -> b.requestItems(
                Map.of(TABLE, KeysAndAttributes.builder().keys(item("id", n("1"))).build()))));
        assertError(TransactionCanceledException.class, "TransactionCanceledException",
                "Transaction cancelled, please refer cancellation reasons for specific reasons [ValidationError]",
                () -> dynamo.transactGetItems(b -> b.transactItems(TransactGetItem.builder()
                        .get(g -> g.tableName(TABLE).key(item("id", n("1")))).build())));
        TransactionCanceledException cancelled = assertError(TransactionCanceledException.class,
                "TransactionCanceledException",
                "Transaction cancelled, please refer cancellation reasons for specific reasons [ValidationError]",
                () -> dynamo.transactWriteItems(b -> b.transactItems(TransactWriteItem.builder()
                        .delete(d -> d.tableName(TABLE).key(item("id", n("1")))).build())));
        assertEquals(mismatch, cancelled.cancellationReasons().get(0).message());
    }

    // A TransactGetItems read with a malformed key: DynamoDB cancels with a ValidationError reason for
    // that read (paritysuite's AWS capture: an empty Key gives "[ValidationError]"); DynamoDB Local
    // cancels with the key's message as the exception's and no reasons.
    @Test
    void aTransactionReadWithAMalformedKeyIsCancelledWithAValidationError() {
        TransactionCanceledException cancelled = assertError(TransactionCanceledException.class,
                "TransactionCanceledException",
                "Transaction cancelled, please refer cancellation reasons for specific reasons [None, ValidationError]",
                () -> dynamo.transactGetItems(b -> b.transactItems(
                        TransactGetItem.builder().get(g -> g.tableName(TABLE).key(item("id", s("o1")))).build(),
                        TransactGetItem.builder().get(g -> g.tableName(TABLE).key(Map.of())).build())));
        assertEquals("The provided key element does not match the schema",
                cancelled.cancellationReasons().get(1).message());
    }

    @Test
    void aTransactionalUpdateOfAnIndexKeyToAnotherTypeCancelsWithAValidationError() {
        // DynamoDB Local writes it (see updatesHoldIndexKeysToTheirTypeAsPutsDo).
        assertError(TransactionCanceledException.class, "TransactionCanceledException",
                "Transaction cancelled, please refer cancellation reasons for specific reasons [ValidationError]",
                () -> dynamo.transactWriteItems(b -> b.transactItems(TransactWriteItem.builder()
                        .update(u -> u.tableName(TABLE).key(item("id", s("o1"))).updateExpression("SET #s = :s")
                                .expressionAttributeNames(Map.of("#s", "status"))
                                .expressionAttributeValues(Map.of(":s", n("1")))).build())));
    }

    // DynamoDB Local returns no ItemCollectionMetrics at all. DynamoDB returns them, when asked, for
    // writes to tables with local secondary indexes: the partition key of the collection and the size
    // estimate (API reference of PutItem, UpdateItem, DeleteItem, BatchWriteItem, TransactWriteItems;
    // the AWS CLI reference's batch-write-item example answers SizeEstimateRangeGB [0.0, 1.0]).
    @Test
    void writesToATableWithALocalIndexReturnItemCollectionMetricsWhenAsked() {
        dynamo.createTable(b -> b.tableName("events").keySchema(hash("pk"), Fixtures.range("sk"))
                .attributeDefinitions(attribute("pk", ScalarAttributeType.S), attribute("sk", ScalarAttributeType.N),
                        attribute("ts", ScalarAttributeType.N))
                .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("byTs")
                        .keySchema(hash("pk"), Fixtures.range("ts")).projection(p -> p.projectionType(ProjectionType.ALL))
                        .build())
                .billingMode(BillingMode.PAY_PER_REQUEST));
        ItemCollectionMetrics collectionA = ItemCollectionMetrics.builder().itemCollectionKey(Map.of("pk", s("a")))
                .sizeEstimateRangeGB(0.0, 1.0).build();
        ReturnItemCollectionMetrics size = ReturnItemCollectionMetrics.SIZE;
        assertEquals(collectionA, dynamo.putItem(b -> b.tableName("events").returnItemCollectionMetrics(size)
                .item(item("pk", s("a"), "sk", n("1")))).itemCollectionMetrics());
        assertEquals(collectionA, dynamo.updateItem(b -> b.tableName("events").returnItemCollectionMetrics(size)
                .key(item("pk", s("a"), "sk", n("1"))).updateExpression("SET x = :v")
                .expressionAttributeValues(Map.of(":v", n("1")))).itemCollectionMetrics());
        assertEquals(collectionA, dynamo.deleteItem(b -> b.tableName("events").returnItemCollectionMetrics(size)
                .key(item("pk", s("a"), "sk", n("1")))).itemCollectionMetrics());
        assertNull(dynamo.putItem(b -> b.tableName("events").item(item("pk", s("a"), "sk", n("1"))))
                .itemCollectionMetrics(), "not asked");
        assertNull(dynamo.putItem(b -> b.tableName(TABLE).returnItemCollectionMetrics(size)
                .item(item("id", s("o2")))).itemCollectionMetrics(), "no local index");
        Map<String, List<ItemCollectionMetrics>> batch = dynamo.batchWriteItem(b -> b.returnItemCollectionMetrics(size)
                .requestItems(Map.of("events", List.of(
                        WriteRequest.builder().putRequest(r -> r.item(item("pk", s("a"), "sk", n("2")))).build(),
                        WriteRequest.builder().putRequest(r -> r.item(item("pk", s("a"), "sk", n("3")))).build(),
                        WriteRequest.builder().deleteRequest(r -> r.key(item("pk", s("b"), "sk", n("3")))).build()),
                        TABLE, List.of(WriteRequest.builder().putRequest(r -> r.item(item("id", s("o3")))).build()))))
                .itemCollectionMetrics();
        ItemCollectionMetrics collectionB = collectionA.toBuilder().itemCollectionKey(Map.of("pk", s("b"))).build();
        assertEquals(Map.of("events", List.of(collectionA, collectionB)), batch);
        assertEquals(Map.of("events", List.of(collectionB)), dynamo.transactWriteItems(b -> b
                .returnItemCollectionMetrics(size).transactItems(
                        TransactWriteItem.builder().put(p -> p.tableName("events").item(item("pk", s("b"), "sk", n("1"))))
                                .build(),
                        TransactWriteItem.builder().put(p -> p.tableName(TABLE).item(item("id", s("o4")))).build()))
                .itemCollectionMetrics());
    }

    @Test
    void throughputOnAnOnDemandTableIsRefused() {
        // DynamoDB Local accepts and ignores it. DynamoDB's texts: the public catalogue of recorded DynamoDB
        // answers kept for the ACK DynamoDB controller (DDB-TABLE-128) and dynalite's tests.
        assertValidation("One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits"
                + " can be specified when BillingMode is PAY_PER_REQUEST", () -> dynamo.createTable(b -> b
                .tableName("ondemand").keySchema(hash("id")).attributeDefinitions(attribute("id", ScalarAttributeType.S))
                .billingMode(BillingMode.PAY_PER_REQUEST).provisionedThroughput(t -> t.readCapacityUnits(5L)
                        .writeCapacityUnits(5L))));
        assertValidation("One or more parameter values were invalid: ProvisionedThroughput should not be specified for"
                + " index: byName when BillingMode is PAY_PER_REQUEST", () -> dynamo.createTable(b -> b
                .tableName("ondemand").keySchema(hash("id"))
                .attributeDefinitions(attribute("id", ScalarAttributeType.S), attribute("name", ScalarAttributeType.S))
                .globalSecondaryIndexes(g -> g.indexName("byName").keySchema(hash("name"))
                        .projection(p -> p.projectionType(ProjectionType.ALL))
                        .provisionedThroughput(t -> t.readCapacityUnits(5L).writeCapacityUnits(5L)))
                .billingMode(BillingMode.PAY_PER_REQUEST)));
    }

    @Test
    void enablingASecondStreamNamesTheTable() {
        // DynamoDB's text, as the ACK controller logged it (aws-controllers-k8s/community#1000) and Scylla's
        // Alternator tests quote it (scylladb/scylladb#6939); DynamoDB Local stops after "stream".
        dynamo.updateTable(b -> b.tableName(TABLE)
                .streamSpecification(spec -> spec.streamEnabled(true).streamViewType(StreamViewType.KEYS_ONLY)));
        assertValidation("Table already has an enabled stream: TableName: orders", () -> dynamo.updateTable(b -> b
                .tableName(TABLE).streamSpecification(spec -> spec.streamEnabled(true)
                        .streamViewType(StreamViewType.NEW_IMAGE))));
    }
}
