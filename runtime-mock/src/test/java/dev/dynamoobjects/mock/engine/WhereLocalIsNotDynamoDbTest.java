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
import software.amazon.awssdk.services.dynamodb.model.AttributeAction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate;
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
}
