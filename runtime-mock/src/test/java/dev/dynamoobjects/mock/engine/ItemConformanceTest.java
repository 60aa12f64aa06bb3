package dev.dynamoobjects.mock.engine;

import static dev.dynamoobjects.mock.engine.Fixtures.assertError;
import static dev.dynamoobjects.mock.engine.Fixtures.assertValidation;
import static dev.dynamoobjects.mock.engine.Fixtures.hashTable;
import static dev.dynamoobjects.mock.engine.Fixtures.item;
import static dev.dynamoobjects.mock.engine.Fixtures.n;
import static dev.dynamoobjects.mock.engine.Fixtures.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.dynamoobjects.mock.junit.DynamoTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

@DynamoTest
class ItemConformanceTest {
    private static final String TABLE = "items";
    DynamoDbClient dynamo;

    @BeforeEach
    void createTable() {
        hashTable(dynamo, TABLE);
    }

    private Map<String, AttributeValue> get(String id) {
        GetItemResponse response = dynamo.getItem(b -> b.tableName(TABLE).key(Map.of("id", s(id))).consistentRead(true));
        return response.hasItem() ? response.item() : null;
    }

    @Test
    void putThenGetReturnsTheItemWithCanonicalNumbers() {
        dynamo.putItem(b -> b.tableName(TABLE).item(item("id", s("a"), "price", n("01.50"), "tags",
                AttributeValue.fromSs(List.of("x", "y")))));

        Map<String, AttributeValue> item = get("a");

        assertEquals(n("1.5"), item.get("price"));
        assertEquals(List.of("x", "y"), item.get("tags").ss());
    }

    @Test
    void getOfAMissingItemHasNoItem() {
        assertFalse(dynamo.getItem(b -> b.tableName(TABLE).key(Map.of("id", s("none")))).hasItem());
    }

    @Test
    void putReturnsTheOldItemOnRequest() {
        dynamo.putItem(b -> b.tableName(TABLE).item(item("id", s("a"), "v", n("1"))));

        Map<String, AttributeValue> old = dynamo.putItem(b -> b.tableName(TABLE).item(item("id", s("a"), "v", n("2")))
                .returnValues(ReturnValue.ALL_OLD)).attributes();

        assertEquals(n("1"), old.get("v"));
        assertEquals(n("2"), get("a").get("v"));
    }

    @Test
    void conditionFailureCarriesTheItemWhenAsked() {
        dynamo.putItem(b -> b.tableName(TABLE).item(item("id", s("a"), "v", n("1"))));

        ConditionalCheckFailedException error = assertError(ConditionalCheckFailedException.class,
                "ConditionalCheckFailedException", "The conditional request failed",
                () -> dynamo.putItem(b -> b.tableName(TABLE).item(item("id", s("a")))
                        .conditionExpression("attribute_not_exists(id)")
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)));

        assertEquals(item("id", s("a"), "v", n("1")), error.item());
    }

    @Test
    void updateCreatesTheItemAndReturnsWhatChanged() {
        Map<String, AttributeValue> created = dynamo.updateItem(b -> b.tableName(TABLE).key(Map.of("id", s("c")))
                .updateExpression("SET visits = :one").expressionAttributeValues(Map.of(":one", n("1")))
                .returnValues(ReturnValue.UPDATED_NEW)).attributes();
        Map<String, AttributeValue> old = dynamo.updateItem(b -> b.tableName(TABLE).key(Map.of("id", s("c")))
                .updateExpression("SET visits = visits + :one").conditionExpression("visits = :one")
                .expressionAttributeValues(Map.of(":one", n("1")))
                .returnValues(ReturnValue.UPDATED_OLD)).attributes();

        assertEquals(Map.of("visits", n("1")), created);
        assertEquals(Map.of("visits", n("1")), old);
        assertEquals(n("2"), get("c").get("visits"));
    }

    @Test
    void updateWithoutExpressionStoresTheKey() {
        Map<String, AttributeValue> created = dynamo.updateItem(b -> b.tableName(TABLE).key(Map.of("id", s("k")))
                .returnValues(ReturnValue.ALL_NEW)).attributes();

        assertEquals(Map.of("id", s("k")), created);
    }

    @Test
    void updateCannotChangeTheKey() {
        assertValidation("One or more parameter values were invalid: Cannot update attribute id. This attribute is "
                        + "part of the key",
                () -> dynamo.updateItem(b -> b.tableName(TABLE).key(Map.of("id", s("k")))
                        .updateExpression("SET id = :v").expressionAttributeValues(Map.of(":v", s("other")))));
    }

    @Test
    void deleteReturnsTheDeletedItem() {
        dynamo.putItem(b -> b.tableName(TABLE).item(item("id", s("d"), "v", s("x"))));

        Map<String, AttributeValue> deleted = dynamo.deleteItem(b -> b.tableName(TABLE).key(Map.of("id", s("d")))
                .returnValues(ReturnValue.ALL_OLD)).attributes();

        assertEquals(item("id", s("d"), "v", s("x")), deleted);
        assertNull(get("d"));
    }

    @Test
    void projectionReturnsOnlyTheNamedAttributes() {
        dynamo.putItem(b -> b.tableName(TABLE).item(item("id", s("p"), "a", s("1"), "b", s("2"))));

        Map<String, AttributeValue> projected = dynamo.getItem(b -> b.tableName(TABLE).key(Map.of("id", s("p")))
                .projectionExpression("#b").expressionAttributeNames(Map.of("#b", "b"))).item();

        assertEquals(Map.of("b", s("2")), projected);
    }

    @Test
    void operationsOnAMissingTableFail() {
        assertError(ResourceNotFoundException.class, "ResourceNotFoundException",
                "Cannot do operations on a non-existent table",
                () -> dynamo.putItem(b -> b.tableName("missing").item(item("id", s("a")))));
        assertError(ResourceNotFoundException.class, "ResourceNotFoundException",
                "Cannot do operations on a non-existent table",
                () -> dynamo.getItem(b -> b.tableName("missing").key(item("id", s("a")))));
    }

    @Test
    void keysAreValidated() {
        assertValidation("One of the required keys was not given a value",
                () -> dynamo.putItem(b -> b.tableName(TABLE).item(item("x", s("a")))));
        assertValidation("One or more parameter values are not valid. The AttributeValue for a key attribute cannot "
                        + "contain an empty string value. Key: id",
                () -> dynamo.putItem(b -> b.tableName(TABLE).item(item("id", s("")))));
        assertValidation("Hash primary key values must be under 2048 bytes, and range primary key values must be "
                        + "under 1024 bytes",
                () -> dynamo.putItem(b -> b.tableName(TABLE).item(item("id", s("k".repeat(2049))))));
    }

    @Test
    void valuesAreValidated() {
        assertValidation("One or more parameter values were invalid: An string set  may not be empty",
                () -> dynamo.putItem(b -> b.tableName(TABLE).item(item("id", s("a"), "x", AttributeValue.fromSs(List.of())))));
        assertValidation("One or more parameter values were invalid: Input collection [a, a] contains duplicates",
                () -> dynamo.putItem(b -> b.tableName(TABLE).item(item("id", s("a"), "x",
                        AttributeValue.fromSs(List.of("a", "a"))))));
        assertValidation("A value provided cannot be converted into a number",
                () -> dynamo.putItem(b -> b.tableName(TABLE).item(item("id", s("a"), "x", n("abc")))));
        assertValidation("Supplied AttributeValue is empty, must contain exactly one of the supported datatypes",
                () -> dynamo.putItem(b -> b.tableName(TABLE).item(item("id", s("a"), "x", AttributeValue.builder().build()))));
        assertValidation("Item size has exceeded the maximum allowed size",
                () -> dynamo.putItem(b -> b.tableName(TABLE).item(item("id", s("a"), "x", s("x".repeat(400 * 1024))))));
        assertValidation("Return values set to invalid value",
                () -> dynamo.putItem(b -> b.tableName(TABLE).item(item("id", s("a"))).returnValues(ReturnValue.ALL_NEW)));
    }

    @Test
    void placeholdersNeedExpressions() {
        assertValidation("ExpressionAttributeNames can only be specified when using expressions",
                () -> dynamo.getItem(b -> b.tableName(TABLE).key(item("id", s("a")))
                        .expressionAttributeNames(Map.of("#a", "a"))));
    }

    @Test
    void capacityIsCountedInUnits() {
        ConsumedCapacity write = dynamo.putItem(b -> b.tableName(TABLE).item(item("id", s("a"), "x", s("x".repeat(1500))))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity();
        ConsumedCapacity eventual = dynamo.getItem(b -> b.tableName(TABLE).key(item("id", s("a")))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity();
        ConsumedCapacity consistent = dynamo.getItem(b -> b.tableName(TABLE).key(item("id", s("a"))).consistentRead(true)
                .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)).consumedCapacity();

        assertEquals(2.0, write.capacityUnits());
        assertEquals(TABLE, write.tableName());
        assertEquals(0.5, eventual.capacityUnits());
        assertEquals(1.0, consistent.capacityUnits());
        assertEquals(1.0, consistent.table().capacityUnits());
    }
}
