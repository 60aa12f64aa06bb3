package dev.dynamoobjects.mock.engine;

import static dev.dynamoobjects.mock.engine.Fixtures.assertError;
import static dev.dynamoobjects.mock.engine.Fixtures.assertValidation;
import static dev.dynamoobjects.mock.engine.Fixtures.attribute;
import static dev.dynamoobjects.mock.engine.Fixtures.hash;
import static dev.dynamoobjects.mock.engine.Fixtures.range;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.Tag;

/**
 * The engine alone, on the control-plane answers where DynamoDB Local words or checks otherwise (found by
 * the control-plane differential, {@code DifferentialTest}, and listed in its {@code KnownDifference}). The
 * texts are DynamoDB's as recorded with client-side validation off in the public catalogue of DynamoDB
 * answers kept for the ACK DynamoDB controller (DDB-TABLE-442), in dynalite's tests (the index limits,
 * duplicate index names) and in aws/aws-cli and architect/architect issues (the one online index); the
 * behaviours are the API Reference's (CreateTable, UpdateTable, OnDemandThroughput, Projection).
 */
class ControlPlaneTextsTest {
    private static final String INVALID = "One or more parameter values were invalid: ";
    private final EmbeddedDynamoDb dynamo = new EmbeddedDynamoDb();

    @Test
    void createTableKeepsToTheIndexLimits() {
        assertValidation(INVALID + "GlobalSecondaryIndex count exceeds the per-table limit of 20",
                () -> dynamo.createTable(withGlobals(21)));
        dynamo.createTable(withGlobals(20));
        assertValidation(INVALID + "Number of LocalSecondaryIndexes exceeds per-table limit of 5",
                () -> dynamo.createTable(withLocals(6)));
        assertValidation(INVALID + "List of GlobalSecondaryIndexes is empty",
                () -> dynamo.createTable(table("empty").globalSecondaryIndexes(List.of()).build()));
    }

    @Test
    void createTableCountsProjectedAttributesAcrossIndexes() {
        // "If you project the same attribute into two different indexes, this counts as two distinct attributes."
        assertValidation(INVALID + "Number of projected attributes in all indexes exceeds limit of 100",
                () -> dynamo.createTable(withProjected("over", 51, 50)));
        dynamo.createTable(withProjected("atLimit", 50, 50));
    }

    @Test
    void createTableNamesAnIndexGivenTwice() {
        GlobalSecondaryIndex index = global("twice", "g");
        assertValidation(INVALID + "Duplicate index name: twice", () -> dynamo.createTable(table("dup")
                .attributeDefinitions(attribute("id", ScalarAttributeType.S), attribute("g", ScalarAttributeType.S))
                .globalSecondaryIndexes(index, index).build()));
    }

    @Test
    void createTableChecksSettingsLocalIgnores() {
        assertValidation("Invalid table-class parameter provided. Please try again with a valid table-class value:"
                + " [STANDARD, STANDARD_INFREQUENT_ACCESS].", () -> dynamo.createTable(table("cold").tableClass("COLD")
                .build()));
        assertValidation(INVALID + "Requested MaxReadRequestUnits for OnDemandThroughput for table is outside of valid"
                + " range", () -> dynamo.createTable(table("zero").onDemandThroughput(o -> o.maxReadRequestUnits(0L))
                .build()));
        assertValidation(INVALID + "MaxWriteRequestUnits for OnDemandThroughput cannot be specified when the table"
                + " BillingMode is PROVISIONED", () -> dynamo.createTable(table("provisioned")
                .billingMode(BillingMode.PROVISIONED).provisionedThroughput(t -> t.readCapacityUnits(1L)
                        .writeCapacityUnits(1L)).onDemandThroughput(o -> o.maxWriteRequestUnits(5L)).build()));
        assertValidation("Tag Key cannot be prefixed with aws:, Key: aws:owner", () -> dynamo.createTable(table("tagged")
                .tags(Tag.builder().key("aws:owner").value("me").build()).build()));
        assertValidation("Number of Tags exceed the current limit for the provided ResourceArn", () -> dynamo.createTable(
                table("tagged").tags(IntStream.range(0, 51).mapToObj(i -> Tag.builder().key("k" + i).value("v").build())
                        .toList()).build()));
        // DynamoDB Local refuses one maximum without the other; DynamoDB takes either.
        assertEquals(5L, dynamo.createTable(table("capped").onDemandThroughput(o -> o.maxReadRequestUnits(5L)).build())
                .tableDescription().onDemandThroughput().maxReadRequestUnits());
    }

    @Test
    void createTableRefusesADefinitionNoKeyUses() {
        assertValidation("The number of attributes in key schema must match the number of attributes defined in"
                + " attribute definitions.", () -> dynamo.createTable(table("unused").keySchema(hash("id"), range("sk"))
                .attributeDefinitions(attribute("id", ScalarAttributeType.S), attribute("sk", ScalarAttributeType.S),
                        attribute("lsk", ScalarAttributeType.S), attribute("extra", ScalarAttributeType.S))
                .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("bySk").keySchema(hash("id"), range("lsk"))
                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)).build(),
                        LocalSecondaryIndex.builder().indexName("bySk2").keySchema(hash("id"), range("lsk"))
                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)).build()).build()));
    }

    @Test
    void updateTableChecksItsIndexUpdatesTogether() {
        dynamo.createTable(withGlobals(2).toBuilder().tableName("updated").build());

        assertValidation(INVALID + "Only one global secondary index update per index is allowed simultaneously."
                + " Index: global0", () -> dynamo.updateTable(b -> b.tableName("updated").globalSecondaryIndexUpdates(
                u -> u.delete(d -> d.indexName("global0")), u -> u.delete(d -> d.indexName("global0")))));
        assertError(DynamoDbException.class, "LimitExceededException", "Subscriber limit exceeded: Only 1 online index"
                + " can be created or deleted simultaneously per table", () -> dynamo.updateTable(b -> b
                .tableName("updated").globalSecondaryIndexUpdates(u -> u.delete(d -> d.indexName("global0")),
                        u -> u.delete(d -> d.indexName("global1")))));
        assertValidation(INVALID + "The only Updates for index: global0 when TableThroughputMode is PAY_PER_REQUEST can"
                + " be to OnDemandThroughput, WarmThroughput", () -> dynamo.updateTable(b -> b.tableName("updated")
                .globalSecondaryIndexUpdates(u -> u.update(x -> x.indexName("global0")
                        .provisionedThroughput(t -> t.readCapacityUnits(1L).writeCapacityUnits(1L))))));
        assertValidation(INVALID + "ProvisionedThroughput must be specified for index: global0", () -> dynamo.updateTable(
                b -> b.tableName("updated").billingMode(BillingMode.PROVISIONED)
                        .provisionedThroughput(t -> t.readCapacityUnits(1L).writeCapacityUnits(1L))));
        assertValidation(INVALID + "AttributeDefinitions is not specified for index: byNew", () -> dynamo.updateTable(
                b -> b.tableName("updated").globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName("byNew")
                        .keySchema(hash("g0")).projection(p -> p.projectionType(ProjectionType.ALL))))));
    }

    @Test
    void aRefusedUpdateTableChangesNothing() {
        dynamo.createTable(table("kept").build());

        // The billing mode comes first in the request, the index's missing definition refuses it.
        assertValidation("Global Secondary Index hash key not specified in Attribute Definitions.Type unknown.",
                () -> dynamo.updateTable(b -> b.tableName("kept").billingMode(BillingMode.PROVISIONED)
                        .provisionedThroughput(t -> t.readCapacityUnits(1L).writeCapacityUnits(1L))
                        .attributeDefinitions(attribute("other", ScalarAttributeType.S))
                        .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName("byMissing").keySchema(hash("missing"))
                                .projection(p -> p.projectionType(ProjectionType.ALL))
                                .provisionedThroughput(t -> t.readCapacityUnits(1L).writeCapacityUnits(1L))))));
        assertEquals(BillingMode.PAY_PER_REQUEST, describe("kept").billingModeSummary().billingMode());
    }

    @Test
    void updateTableAnswersWhileTheIndexIsBuiltAndDescribesItDone() {
        dynamo.createTable(table("indexed").build());

        TableDescription creating = dynamo.updateTable(b -> b.tableName("indexed")
                .attributeDefinitions(attribute("g", ScalarAttributeType.S), attribute("unused", ScalarAttributeType.N))
                .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName("byG").keySchema(hash("g"))
                        .projection(p -> p.projectionType(ProjectionType.ALL))))).tableDescription();
        GlobalSecondaryIndexDescription created = creating.globalSecondaryIndexes().get(0);
        assertEquals(IndexStatus.CREATING, created.indexStatus());
        assertFalse(created.backfilling());
        assertNull(created.itemCount());
        // DynamoDB Local gives the new index on-demand maximums of -1; DynamoDB gives none unless set (go-to-k/cdkd#3403).
        assertNull(created.onDemandThroughput());
        assertEquals(IndexStatus.ACTIVE, describe("indexed").globalSecondaryIndexes().get(0).indexStatus());
        // Only the key attributes of the table and its indexes are defined (API Reference, TableDescription).
        assertEquals(List.of("g", "id"), describe("indexed").attributeDefinitions().stream()
                .map(d -> d.attributeName()).sorted().toList());

        TableDescription deleting = dynamo.updateTable(b -> b.tableName("indexed").globalSecondaryIndexUpdates(
                u -> u.delete(d -> d.indexName("byG")))).tableDescription();
        assertEquals(IndexStatus.DELETING, deleting.globalSecondaryIndexes().get(0).indexStatus());
        assertFalse(describe("indexed").hasGlobalSecondaryIndexes());
    }

    @Test
    void updateTableKeepsWhatItLeavesOut() {
        dynamo.createTable(table("kept").deletionProtectionEnabled(true).globalSecondaryIndexes(global("byG", "g"))
                .attributeDefinitions(attribute("id", ScalarAttributeType.S), attribute("g", ScalarAttributeType.S))
                .build());

        TableDescription provisioned = dynamo.updateTable(b -> b.tableName("kept").billingMode(BillingMode.PROVISIONED)
                .provisionedThroughput(t -> t.readCapacityUnits(2L).writeCapacityUnits(2L))
                .globalSecondaryIndexUpdates(u -> u.update(x -> x.indexName("byG")
                        .provisionedThroughput(t -> t.readCapacityUnits(1L).writeCapacityUnits(1L))))).tableDescription();

        assertEquals(true, provisioned.deletionProtectionEnabled());
        assertEquals(BillingMode.PROVISIONED, provisioned.billingModeSummary().billingMode());
        assertEquals(0L, provisioned.globalSecondaryIndexes().get(0).provisionedThroughput().numberOfDecreasesToday());
        assertValidation("Cannot increase provisioned throughput to more than 40,000 units per table",
                () -> dynamo.updateTable(b -> b.tableName("kept")
                        .provisionedThroughput(t -> t.readCapacityUnits(40_001L).writeCapacityUnits(2L))));
    }

    @Test
    void updateTableNamesALocalIndexItCannotChange() {
        dynamo.createTable(withLocals(1).toBuilder().tableName("local").build());

        assertValidation("Cannot delete an index that is not a GlobalSecondaryIndex: local0", () -> dynamo.updateTable(
                b -> b.tableName("local").globalSecondaryIndexUpdates(u -> u.delete(d -> d.indexName("local0")))));
        assertValidation("Cannot update an index that is not a GlobalSecondaryIndex: local0", () -> dynamo.updateTable(
                b -> b.tableName("local").globalSecondaryIndexUpdates(u -> u.update(x -> x.indexName("local0")
                        .provisionedThroughput(t -> t.readCapacityUnits(1L).writeCapacityUnits(1L))))));
        assertError(ResourceNotFoundException.class, "ResourceNotFoundException", "Requested resource not found",
                () -> dynamo.updateTable(b -> b.tableName("local").globalSecondaryIndexUpdates(
                        u -> u.delete(d -> d.indexName("none")))));
    }

    @Test
    void updatesThatChangeNothingAreNamedAsDynamoDbNamesThem() {
        dynamo.createTable(table("same").billingMode(BillingMode.PROVISIONED)
                .provisionedThroughput(t -> t.readCapacityUnits(5L).writeCapacityUnits(5L)).build());
        dynamo.updateTimeToLive(b -> b.tableName("same").timeToLiveSpecification(t -> t.attributeName("exp").enabled(true)));

        assertValidation("At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled,"
                + " GlobalSecondaryIndexUpdates, SSESpecification, ReplicaUpdates, MultiAccountReplicaReady,"
                + " ReplicaTransitRoleArn, MultiRegionConsistency, DeletionProtectionEnabled, OnDemandThroughput,"
                + " WarmThroughput or TableClass is required", () -> dynamo.updateTable(b -> b.tableName("same")
                .attributeDefinitions(attribute("id", ScalarAttributeType.S)).globalSecondaryIndexUpdates(List.of())));
        assertValidation("The provisioned throughput for the table will not change. The requested value equals the"
                + " current value. Current ReadCapacityUnits provisioned for the table: 5. Requested ReadCapacityUnits:"
                + " 5. Current WriteCapacityUnits provisioned for the table: 5. Requested WriteCapacityUnits: 5. Refer"
                + " to the Amazon DynamoDB Developer Guide for current limits and how to request higher limits.",
                () -> dynamo.updateTable(b -> b.tableName("same")
                        .provisionedThroughput(t -> t.readCapacityUnits(5L).writeCapacityUnits(5L))));
        assertValidation("TimeToLive is active on a different AttributeName: current AttributeName is exp",
                () -> dynamo.updateTimeToLive(b -> b.tableName("same")
                        .timeToLiveSpecification(t -> t.attributeName("other").enabled(true))));
    }

    @Test
    void keySchemasAndLocalIndexesAreCheckedWithDynamoDbsTexts() {
        assertValidation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type", () -> dynamo.createTable(
                table("keys").keySchema(range("sk"), hash("id")).attributeDefinitions(attribute("id",
                        ScalarAttributeType.S), attribute("sk", ScalarAttributeType.S)).build()));
        assertValidation("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type", () -> dynamo.createTable(
                table("keys").keySchema(hash("id"), hash("sk")).attributeDefinitions(attribute("id",
                        ScalarAttributeType.S), attribute("sk", ScalarAttributeType.S)).build()));
        assertValidation("Both the Hash Key and the Range Key element in the KeySchema have the same name",
                () -> dynamo.createTable(table("keys").keySchema(hash("id"), range("id")).build()));
        assertValidation(INVALID + "Table KeySchema does not have a range key, which is required when specifying a"
                + " LocalSecondaryIndex", () -> dynamo.createTable(table("keys").attributeDefinitions(attribute("id",
                        ScalarAttributeType.S), attribute("l0", ScalarAttributeType.S))
                .localSecondaryIndexes(withLocals(1).localSecondaryIndexes()).build()));
        assertValidation(INVALID + "Index KeySchema does not have the same leading hash key as table KeySchema for index:"
                + " other. index hash key: l0, table hash key: id", () -> dynamo.createTable(withLocals(1).toBuilder()
                .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("other").keySchema(hash("l0"), range("sk"))
                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)).build()).build()));
        assertValidation(INVALID + "ProjectionType is INCLUDE, but NonKeyAttributes is not specified",
                () -> dynamo.createTable(withGlobals(1).toBuilder().globalSecondaryIndexes(global("byG", "g0").toBuilder()
                        .projection(p -> p.projectionType(ProjectionType.INCLUDE)).build()).build()));
        assertValidation(INVALID + "ProjectionType is KEYS_ONLY, but NonKeyAttributes is specified",
                () -> dynamo.createTable(withGlobals(1).toBuilder().globalSecondaryIndexes(global("byG", "g0").toBuilder()
                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY).nonKeyAttributes("x")).build())
                        .build()));
    }

    private TableDescription describe(String table) {
        return dynamo.describeTable(b -> b.tableName(table)).table();
    }

    private static CreateTableRequest.Builder table(String name) {
        return CreateTableRequest.builder().tableName(name).keySchema(hash("id"))
                .attributeDefinitions(attribute("id", ScalarAttributeType.S)).billingMode(BillingMode.PAY_PER_REQUEST);
    }

    private static GlobalSecondaryIndex global(String name, String key) {
        return GlobalSecondaryIndex.builder().indexName(name).keySchema(hash(key))
                .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)).build();
    }

    private static CreateTableRequest withGlobals(int count) {
        return table("globals" + count)
                .attributeDefinitions(IntStream.range(-1, count).mapToObj(i -> attribute(i < 0 ? "id" : "g" + i,
                        ScalarAttributeType.S)).toList())
                .globalSecondaryIndexes(IntStream.range(0, count).mapToObj(i -> global("global" + i, "g" + i)).toList())
                .build();
    }

    private static CreateTableRequest withLocals(int count) {
        return table("locals" + count).keySchema(hash("id"), range("sk"))
                .attributeDefinitions(IntStream.range(-2, count).mapToObj(i -> attribute(i == -2 ? "id" : i == -1 ? "sk"
                        : "l" + i, ScalarAttributeType.S)).toList())
                .localSecondaryIndexes(IntStream.range(0, count).mapToObj(i -> LocalSecondaryIndex.builder()
                        .indexName("local" + i).keySchema(hash("id"), range("l" + i))
                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)).build()).toList())
                .build();
    }

    /** Two global indexes projecting {@code first} and {@code second} non-key attributes. */
    private static CreateTableRequest withProjected(String name, int first, int second) {
        List<String> names = IntStream.range(0, first + second).mapToObj(i -> "p" + i).toList();
        return table(name).attributeDefinitions(attribute("id", ScalarAttributeType.S), attribute("g", ScalarAttributeType.S))
                .globalSecondaryIndexes(
                        global("first", "g").toBuilder().projection(p -> p.projectionType(ProjectionType.INCLUDE)
                                .nonKeyAttributes(names.subList(0, first))).build(),
                        global("second", "g").toBuilder().projection(p -> p.projectionType(ProjectionType.INCLUDE)
                                .nonKeyAttributes(names.subList(first, first + second))).build())
                .build();
    }
}
