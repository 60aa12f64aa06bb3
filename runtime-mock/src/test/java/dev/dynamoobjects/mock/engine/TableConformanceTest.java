package dev.dynamoobjects.mock.engine;

import static dev.dynamoobjects.mock.engine.Fixtures.assertError;
import static dev.dynamoobjects.mock.engine.Fixtures.assertValidation;
import static dev.dynamoobjects.mock.engine.Fixtures.attribute;
import static dev.dynamoobjects.mock.engine.Fixtures.hash;
import static dev.dynamoobjects.mock.engine.Fixtures.hashTable;
import static dev.dynamoobjects.mock.engine.Fixtures.item;
import static dev.dynamoobjects.mock.engine.Fixtures.n;
import static dev.dynamoobjects.mock.engine.Fixtures.range;
import static dev.dynamoobjects.mock.engine.Fixtures.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.dynamoobjects.mock.junit.DynamoTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

@DynamoTest
class TableConformanceTest {
    DynamoDbClient dynamo;

    @Test
    void createdTableIsActiveAndDescribed() {
        TableDescription created = dynamo.createTable(b -> b.tableName("orders").keySchema(hash("id"), range("at"))
                .attributeDefinitions(attribute("id", ScalarAttributeType.S), attribute("at", ScalarAttributeType.N))
                .provisionedThroughput(t -> t.readCapacityUnits(5L).writeCapacityUnits(6L))).tableDescription();

        assertEquals(TableStatus.ACTIVE, created.tableStatus());
        assertEquals(List.of(hash("id"), range("at")), created.keySchema());
        assertEquals(5L, created.provisionedThroughput().readCapacityUnits());
        assertEquals(6L, created.provisionedThroughput().writeCapacityUnits());
        assertEquals("arn:aws:dynamodb:ddblocal:000000000000:table/orders", created.tableArn());
        assertEquals(created, dynamo.describeTable(b -> b.tableName("orders")).table());
        assertEquals(0, created.creationDateTime().getNano() % 1_000_000, "table times are whole milliseconds");
    }

    @Test
    void describeCountsItemsAndBytes() {
        hashTable(dynamo, "sizes");
        dynamo.putItem(b -> b.tableName("sizes").item(item("id", s("a"), "x", n("1.5"))));

        TableDescription table = dynamo.describeTable(b -> b.tableName("sizes")).table();

        assertEquals(1L, table.itemCount());
        // id (2) + a (1) + x (1) + 1.5 (base-100 digit pairs 01|50, plus one byte) = 7
        assertEquals(7L, table.tableSizeBytes());
        assertEquals(BillingMode.PAY_PER_REQUEST, table.billingModeSummary().billingMode());
    }

    @Test
    void indexesAreDescribedWithTheirProjections() {
        dynamo.createTable(b -> b.tableName("indexed").keySchema(hash("id"), range("r"))
                .attributeDefinitions(attribute("id", ScalarAttributeType.S), attribute("r", ScalarAttributeType.N),
                        attribute("x", ScalarAttributeType.S), attribute("z", ScalarAttributeType.S))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byX").keySchema(hash("x"))
                        .projection(p -> p.projectionType(ProjectionType.INCLUDE).nonKeyAttributes("y")).build())
                .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("byZ").keySchema(hash("id"), range("z"))
                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)).build()));
        dynamo.putItem(b -> b.tableName("indexed").item(item("id", s("a"), "r", n("1"), "x", s("x1"))));

        TableDescription table = dynamo.describeTable(b -> b.tableName("indexed")).table();

        GlobalSecondaryIndexDescription global = table.globalSecondaryIndexes().get(0);
        assertEquals("byX", global.indexName());
        assertEquals(IndexStatus.ACTIVE, global.indexStatus());
        assertEquals(List.of("y"), global.projection().nonKeyAttributes());
        assertEquals(1L, global.itemCount());
        assertEquals("arn:aws:dynamodb:ddblocal:000000000000:table/indexed/index/byX", global.indexArn());
        assertEquals("byZ", table.localSecondaryIndexes().get(0).indexName());
        assertEquals(0L, table.localSecondaryIndexes().get(0).itemCount(), "the item has no z: the index is sparse");
    }

    @Test
    void listTablesPagesInNameOrder() {
        for (String name : List.of("ccc", "aaa", "bbb")) {
            hashTable(dynamo, name);
        }

        ListTablesResponse first = dynamo.listTables(b -> b.limit(2));
        ListTablesResponse rest = dynamo.listTables(b -> b.exclusiveStartTableName(first.lastEvaluatedTableName()));
        ListTablesResponse full = dynamo.listTables(b -> b.limit(3));

        assertEquals(List.of("aaa", "bbb"), first.tableNames());
        assertEquals("bbb", first.lastEvaluatedTableName());
        assertEquals(List.of("ccc"), rest.tableNames());
        assertNull(rest.lastEvaluatedTableName());
        assertNull(full.lastEvaluatedTableName(), "unlike a Query page, a full page with nothing after has none");
    }

    @Test
    void deletedTableIsGone() {
        hashTable(dynamo, "gone");

        assertEquals("gone", dynamo.deleteTable(b -> b.tableName("gone")).tableDescription().tableName());

        assertError(ResourceNotFoundException.class, "ResourceNotFoundException",
                "Cannot do operations on a non-existent table", () -> dynamo.describeTable(b -> b.tableName("gone")));
        assertError(ResourceNotFoundException.class, "ResourceNotFoundException",
                "Cannot do operations on a non-existent table", () -> dynamo.deleteTable(b -> b.tableName("gone")));
    }

    @Test
    void creatingAnExistingTableFails() {
        hashTable(dynamo, "twice");

        assertError(ResourceInUseException.class, "ResourceInUseException", "Cannot create preexisting table",
                () -> hashTable(dynamo, "twice"));
    }

    @Test
    void createTableRejectsMalformedRequests() {
        hashTable(dynamo, "Az09_.-");
        assertValidation("No provisioned throughput specified for the table",
                () -> dynamo.createTable(b -> b.tableName("tbl").keySchema(hash("id"))
                        .attributeDefinitions(attribute("id", ScalarAttributeType.S))));
        assertValidation("The number of attributes in key schema must match the number of attributes defined in "
                        + "attribute definitions.",
                () -> dynamo.createTable(b -> b.tableName("tbl").keySchema(hash("id"))
                        .attributeDefinitions(attribute("id", ScalarAttributeType.S), attribute("x", ScalarAttributeType.S))
                        .billingMode(BillingMode.PAY_PER_REQUEST)));
        assertValidation("Range Key not specified in Attribute Definitions.  Type unknown.",
                () -> dynamo.createTable(b -> b.tableName("tbl").keySchema(hash("id"), range("r"))
                        .attributeDefinitions(attribute("id", ScalarAttributeType.S))
                        .billingMode(BillingMode.PAY_PER_REQUEST)));
        assertRefused(() -> dynamo.createTable(b -> b.tableName("tbl").keySchema(range("r"), hash("id"))
                        .attributeDefinitions(attribute("id", ScalarAttributeType.S), attribute("r", ScalarAttributeType.S))
                        .billingMode(BillingMode.PAY_PER_REQUEST)));
        assertValidation("Table read and write throughput must be at least 1, and cannot be null",
                () -> dynamo.createTable(b -> b.tableName("tbl").keySchema(hash("id"))
                        .attributeDefinitions(attribute("id", ScalarAttributeType.S))
                        .provisionedThroughput(t -> t.readCapacityUnits(0L).writeCapacityUnits(1L))));
    }

    @Test
    void createTableRejectsMalformedIndexes() {
        assertRefused(() -> dynamo.createTable(b -> b.tableName("tbl").keySchema(hash("id"))
                        .attributeDefinitions(attribute("id", ScalarAttributeType.S), attribute("x", ScalarAttributeType.S))
                        .billingMode(BillingMode.PAY_PER_REQUEST)
                        .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("idx")
                                .keySchema(hash("id"), range("x"))
                                .projection(p -> p.projectionType(ProjectionType.ALL)).build())));
        assertRefused(() -> dynamo.createTable(b -> b.tableName("tbl").keySchema(hash("id"))
                        .attributeDefinitions(attribute("id", ScalarAttributeType.S), attribute("x", ScalarAttributeType.S))
                        .billingMode(BillingMode.PAY_PER_REQUEST)
                        .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("idx").keySchema(hash("x"))
                                .projection(p -> p.projectionType(ProjectionType.INCLUDE)).build())));
        assertValidation("Global Secondary Index hash key not specified in Attribute Definitions.Type unknown.",
                () -> dynamo.createTable(b -> b.tableName("tbl").keySchema(hash("id"))
                        .attributeDefinitions(attribute("id", ScalarAttributeType.S))
                        .billingMode(BillingMode.PAY_PER_REQUEST)
                        .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("idx").keySchema(hash("x"))
                                .projection(p -> p.projectionType(ProjectionType.ALL)).build())));
    }

    @Test
    void timeToLiveSettingIsStored() {
        hashTable(dynamo, "ttl");
        assertEquals(TimeToLiveStatus.DISABLED, dynamo.describeTimeToLive(b -> b.tableName("ttl"))
                .timeToLiveDescription().timeToLiveStatus());

        dynamo.updateTimeToLive(b -> b.tableName("ttl").timeToLiveSpecification(t -> t.attributeName("exp").enabled(true)));

        assertEquals("exp", dynamo.describeTimeToLive(b -> b.tableName("ttl")).timeToLiveDescription().attributeName());
        assertValidation("TimeToLive is already enabled", () -> dynamo.updateTimeToLive(b -> b.tableName("ttl")
                .timeToLiveSpecification(t -> t.attributeName("exp").enabled(true))));
        // The two word it differently; ControlPlaneTextsTest pins DynamoDB's text.
        assertRefused(() -> dynamo.updateTimeToLive(b -> b
                .tableName("ttl").timeToLiveSpecification(t -> t.attributeName("other").enabled(false))));
    }

    @Test
    void updateTableRefusesTheThroughputItAlreadyHas() {
        dynamo.createTable(b -> b.tableName("same").keySchema(hash("id"))
                .attributeDefinitions(attribute("id", ScalarAttributeType.S))
                .provisionedThroughput(t -> t.readCapacityUnits(5L).writeCapacityUnits(5L)));

        assertRefused(() -> dynamo.updateTable(b -> b
                .tableName("same").provisionedThroughput(t -> t.readCapacityUnits(5L).writeCapacityUnits(5L))));
        assertEquals(6L, dynamo.updateTable(b -> b.tableName("same")
                        .provisionedThroughput(t -> t.readCapacityUnits(6L).writeCapacityUnits(5L)))
                .tableDescription().provisionedThroughput().readCapacityUnits());
    }

    @Test
    void updateTableAddsAGlobalIndex() {
        hashTable(dynamo, "grow");
        dynamo.putItem(b -> b.tableName("grow").item(item("id", s("a"), "color", s("red"))));

        dynamo.updateTable(b -> b.tableName("grow")
                .attributeDefinitions(attribute("color", ScalarAttributeType.S))
                .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName("byColor").keySchema(hash("color"))
                        .projection(p -> p.projectionType(ProjectionType.ALL)))));

        TableDescription table = dynamo.describeTable(b -> b.tableName("grow")).table();
        // The order of the definitions carries no meaning; DynamoDB Local lists the new one first.
        assertEquals(Set.of(attribute("id", ScalarAttributeType.S), attribute("color", ScalarAttributeType.S)),
                Set.copyOf(table.attributeDefinitions()));
        assertEquals("byColor", table.globalSecondaryIndexes().get(0).indexName());
    }

    @Test
    void updateTableSwitchesBillingAndDropsIndexes() {
        dynamo.createTable(b -> b.tableName("upd").keySchema(hash("id"))
                .attributeDefinitions(attribute("id", ScalarAttributeType.S), attribute("x", ScalarAttributeType.S))
                .provisionedThroughput(t -> t.readCapacityUnits(1L).writeCapacityUnits(1L))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byX").keySchema(hash("x"))
                        .projection(p -> p.projectionType(ProjectionType.ALL))
                        .provisionedThroughput(t -> t.readCapacityUnits(1L).writeCapacityUnits(1L)).build()));

        assertRefused(() -> dynamo.updateTable(b -> b.tableName("upd")));
        TableDescription onDemand = dynamo.updateTable(b -> b.tableName("upd").billingMode(BillingMode.PAY_PER_REQUEST))
                .tableDescription();
        assertEquals(BillingMode.PAY_PER_REQUEST, onDemand.billingModeSummary().billingMode());
        assertEquals(0L, onDemand.provisionedThroughput().readCapacityUnits());

        dynamo.updateTable(b -> b.tableName("upd").globalSecondaryIndexUpdates(u -> u.delete(d -> d.indexName("byX"))));

        // DynamoDB (and Local) report the index as DELETING for a while; the engine drops it at once.
        assertEquals(List.of(), dynamo.describeTable(b -> b.tableName("upd")).table().globalSecondaryIndexes().stream()
                .filter(index -> index.indexStatus() != IndexStatus.DELETING).toList());
    }

    /** A ValidationException whose text DynamoDB Local words otherwise than DynamoDB (ControlPlaneTextsTest). */
    private static void assertRefused(org.junit.jupiter.api.function.Executable call) {
        assertEquals("ValidationException", org.junit.jupiter.api.Assertions.assertThrows(
                software.amazon.awssdk.services.dynamodb.model.DynamoDbException.class, call)
                .awsErrorDetails().errorCode());
    }
}
