package dev.dynamoobjects.mock.engine;

import static dev.dynamoobjects.mock.engine.Fixtures.assertError;
import static dev.dynamoobjects.mock.engine.Fixtures.assertValidation;
import static dev.dynamoobjects.mock.engine.Fixtures.attribute;
import static dev.dynamoobjects.mock.engine.Fixtures.hash;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import dev.dynamoobjects.mock.time.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ContinuousBackupsDescription;
import software.amazon.awssdk.services.dynamodb.model.ContinuousBackupsStatus;
import software.amazon.awssdk.services.dynamodb.model.ContributorInsightsStatus;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeContributorInsightsResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeKinesisStreamingDestinationResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.Endpoint;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.OnDemandThroughput;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryDescription;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryStatus;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.SSEDescription;
import software.amazon.awssdk.services.dynamodb.model.SSEStatus;
import software.amazon.awssdk.services.dynamodb.model.SSEType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableClass;
import software.amazon.awssdk.services.dynamodb.model.TableClassSummary;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.Tag;

/**
 * The engine alone, on the table life cycle and control plane, where DynamoDB Local answers
 * otherwise than DynamoDB: Local drops Tags, SSESpecification and TableClass, gives no TableId,
 * answers CreateTable, UpdateTable and DeleteTable ACTIVE, and refuses DescribeEndpoints ("Endpoint operations are not supported
 * in LocalDynamoDB"), the continuous-backup, contributor-insights and Kinesis operations ("... are
 * currently not supported in DynamoDB Local."). The shapes are those of the DynamoDB API Reference
 * for each operation (TableDescription, ContinuousBackupsDescription, DescribeEndpoints,
 * DescribeContributorInsights, DescribeKinesisStreamingDestination).
 */
class ControlPlaneWhereLocalIsNotDynamoDbTest {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private final ManualClock clock = ManualClock.at(START);
    private final EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.builder().clock(clock).build();

    @Test
    void createTableKeepsTagsEncryptionAndTableClass() {
        TableDescription created = dynamo.createTable(table("kept")
                .tags(Tag.builder().key("team").value("orders").build())
                .sseSpecification(s -> s.enabled(true).kmsMasterKeyId("1234abcd-12ab-34cd-56ef-1234567890ab"))
                .tableClass(TableClass.STANDARD_INFREQUENT_ACCESS).build()).tableDescription();

        assertEquals(List.of(Tag.builder().key("team").value("orders").build()),
                dynamo.listTagsOfResource(b -> b.resourceArn(created.tableArn())).tags());
        assertEquals(SSEDescription.builder().status(SSEStatus.ENABLED).sseType(SSEType.KMS)
                .kmsMasterKeyArn("arn:aws:kms:ddblocal:000000000000:key/1234abcd-12ab-34cd-56ef-1234567890ab").build(),
                created.sseDescription());
        assertEquals(TableClassSummary.builder().tableClass(TableClass.STANDARD_INFREQUENT_ACCESS).build(),
                created.tableClassSummary());
        assertEquals(created.toBuilder().tableStatus(TableStatus.ACTIVE).build(),
                dynamo.describeTable(b -> b.tableName("kept")).table());
    }

    /**
     * API Reference, CreateTable: "Upon receiving a CreateTable request, DynamoDB immediately returns a response
     * with a TableStatus of CREATING" (its global indexes CREATING too); UpdateTable: "while it's executing, the
     * table status changes from ACTIVE to UPDATING". The engine's work is done when it answers, so the next
     * DescribeTable finds everything ACTIVE; DynamoDB Local answers ACTIVE at once.
     */
    @Test
    void createAndUpdateAnswerWhileDynamoDbWorksAndTheNextDescribeIsActive() {
        TableDescription created = dynamo.createTable(table("working").attributeDefinitions(
                attribute("id", ScalarAttributeType.S), attribute("g", ScalarAttributeType.S))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("by_g").keySchema(hash("g"))
                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)).build()).build()).tableDescription();
        assertEquals(TableStatus.CREATING, created.tableStatus());
        assertEquals(IndexStatus.CREATING, created.globalSecondaryIndexes().get(0).indexStatus());

        TableDescription described = dynamo.describeTable(b -> b.tableName("working")).table();
        assertEquals(TableStatus.ACTIVE, described.tableStatus());
        assertEquals(IndexStatus.ACTIVE, described.globalSecondaryIndexes().get(0).indexStatus());

        TableDescription updated = dynamo.updateTable(b -> b.tableName("working").deletionProtectionEnabled(true))
                .tableDescription();
        assertEquals(TableStatus.UPDATING, updated.tableStatus());
        assertEquals(TableStatus.ACTIVE, dynamo.describeTable(b -> b.tableName("working")).table().tableStatus());
    }

    @Test
    void dynamoDbsOwnKeyHasNoEncryptionDescription() {
        assertNull(dynamo.createTable(table("owned").sseSpecification(s -> s.enabled(false)).build())
                .tableDescription().sseDescription());
    }

    @Test
    void everyTableHasItsOwnIdAndDeletionAnswersDeleting() {
        String first = dynamo.createTable(table("again").build()).tableDescription().tableId();
        TableDescription deleted = dynamo.deleteTable(b -> b.tableName("again")).tableDescription();
        String second = dynamo.createTable(table("again").build()).tableDescription().tableId();

        assertEquals(first, UUID.fromString(first).toString());
        assertEquals(first, deleted.tableId());
        assertEquals(TableStatus.DELETING, deleted.tableStatus());
        assertNotEquals(first, second);
    }

    @Test
    void updateTableChangesSettingsAlone() {
        dynamo.createTable(table("changed").build());
        clock.advance(Duration.ofSeconds(5));

        TableDescription updated = dynamo.updateTable(b -> b.tableName("changed").tableClass(TableClass.STANDARD)
                .sseSpecification(s -> s.enabled(true))).tableDescription();

        assertEquals(TableClassSummary.builder().tableClass(TableClass.STANDARD)
                .lastUpdateDateTime(START.plusSeconds(5)).build(), updated.tableClassSummary());
        assertEquals(SSEStatus.ENABLED, updated.sseDescription().status());
        assertEquals(SSEType.KMS, updated.sseDescription().sseType());
    }

    @Test
    void anOnDemandMaximumLeftOutKeepsItsValue() {
        // DynamoDB Local fails with an internal NullPointerException.
        dynamo.createTable(table("capped").onDemandThroughput(o -> o.maxReadRequestUnits(10L).maxWriteRequestUnits(20L))
                .build());

        TableDescription updated = dynamo.updateTable(b -> b.tableName("capped")
                .onDemandThroughput(o -> o.maxReadRequestUnits(5L))).tableDescription();

        assertEquals(OnDemandThroughput.builder().maxReadRequestUnits(5L).maxWriteRequestUnits(20L).build(),
                updated.onDemandThroughput());
    }

    @Test
    void pointInTimeRecoveryIsKeptPerTable() {
        dynamo.createTable(table("recovered").build());
        dynamo.createTable(table("other").build());
        ContinuousBackupsDescription off = ContinuousBackupsDescription.builder()
                .continuousBackupsStatus(ContinuousBackupsStatus.ENABLED)
                .pointInTimeRecoveryDescription(p -> p.pointInTimeRecoveryStatus(PointInTimeRecoveryStatus.DISABLED))
                .build();
        assertEquals(off, dynamo.describeContinuousBackups(b -> b.tableName("recovered")).continuousBackupsDescription());

        dynamo.updateContinuousBackups(b -> b.tableName("recovered")
                .pointInTimeRecoverySpecification(s -> s.pointInTimeRecoveryEnabled(true).recoveryPeriodInDays(7)));
        clock.advance(Duration.ofMinutes(1));

        PointInTimeRecoveryDescription on = dynamo.describeContinuousBackups(b -> b.tableName("recovered"))
                .continuousBackupsDescription().pointInTimeRecoveryDescription();
        assertEquals(PointInTimeRecoveryDescription.builder().pointInTimeRecoveryStatus(PointInTimeRecoveryStatus.ENABLED)
                .recoveryPeriodInDays(7).earliestRestorableDateTime(START)
                .latestRestorableDateTime(START.plusSeconds(60)).build(), on);
        assertEquals(off, dynamo.describeContinuousBackups(b -> b.tableName("other")).continuousBackupsDescription());
    }

    @Test
    void continuousBackupsNameAMissingTableAndCheckTheirParameters() {
        dynamo.createTable(table("checked").build());

        assertError(TableNotFoundException.class, "TableNotFoundException", "Table not found: none",
                () -> dynamo.describeContinuousBackups(b -> b.tableName("none")));
        assertValidation("1 validation error detected: Value null at 'pointInTimeRecoverySpecification' failed to"
                + " satisfy constraint: Member must not be null",
                () -> dynamo.updateContinuousBackups(b -> b.tableName("checked")));
        assertValidation("1 validation error detected: Value '36' at"
                + " 'pointInTimeRecoverySpecification.recoveryPeriodInDays' failed to satisfy constraint: Member must"
                + " have value less than or equal to 35",
                () -> dynamo.updateContinuousBackups(b -> b.tableName("checked").pointInTimeRecoverySpecification(
                        s -> s.pointInTimeRecoveryEnabled(true).recoveryPeriodInDays(36))));
    }

    @Test
    void featuresTheEngineDoesNotRunAreDescribedAsOff() {
        dynamo.createTable(table("plain").build());

        DescribeContributorInsightsResponse insights = dynamo.describeContributorInsights(b -> b.tableName("plain"));
        DescribeKinesisStreamingDestinationResponse kinesis =
                dynamo.describeKinesisStreamingDestination(b -> b.tableName("plain"));

        assertEquals("plain", insights.tableName());
        assertEquals(ContributorInsightsStatus.DISABLED, insights.contributorInsightsStatus());
        assertEquals("plain", kinesis.tableName());
        assertEquals(List.of(), kinesis.kinesisDataStreamDestinations());
        assertError(ResourceNotFoundException.class, "ResourceNotFoundException",
                "Cannot do operations on a non-existent table",
                () -> dynamo.describeKinesisStreamingDestination(b -> b.tableName("none")));
    }

    @Test
    void describeEndpointsGivesOneEndpointForADay() {
        assertEquals(List.of(Endpoint.builder().address("dynamodb.ddblocal.amazonaws.com").cachePeriodInMinutes(1440L)
                .build()), dynamo.describeEndpoints(b -> { }).endpoints());
    }

    @Test
    void whatIsNotSupportedIsRefusedByName() {
        assertError(DynamoDbException.class, "UnknownOperationException",
                "The operation CreateBackup is not supported by this DynamoDB emulator.",
                () -> dynamo.createBackup(b -> b.tableName("plain").backupName("b")));
        assertValidation("The parameter WarmThroughput of UpdateTable is not supported by this DynamoDB emulator.",
                () -> {
                    dynamo.createTable(table("warm").build());
                    dynamo.updateTable(b -> b.tableName("warm").warmThroughput(w -> w.readUnitsPerSecond(100L)));
                });
        assertValidation("The parameter GlobalSecondaryIndexes.OnDemandThroughput of CreateTable is not supported by"
                        + " this DynamoDB emulator.",
                () -> dynamo.createTable(table("capped").attributeDefinitions(attribute("id", ScalarAttributeType.S),
                        attribute("tag", ScalarAttributeType.S)).globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                        .indexName("byTag").keySchema(hash("tag")).projection(p -> p.projectionType(ProjectionType.ALL))
                        .onDemandThroughput(o -> o.maxReadRequestUnits(5L)).build()).build()));
    }

    private static CreateTableRequest.Builder table(String name) {
        return CreateTableRequest.builder().tableName(name).keySchema(hash("id"))
                .attributeDefinitions(attribute("id", ScalarAttributeType.S)).billingMode(BillingMode.PAY_PER_REQUEST);
    }
}
