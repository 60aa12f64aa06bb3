package dev.dynamoobjects.mock.engine;

import static dev.dynamoobjects.mock.engine.Fixtures.assertValidation;
import static dev.dynamoobjects.mock.engine.Fixtures.attribute;
import static dev.dynamoobjects.mock.engine.Fixtures.hash;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.mock.junit.DynamoTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeLimitsResponse;
import software.amazon.awssdk.services.dynamodb.model.OnDemandThroughput;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/** The table life cycle and the control-plane operations, where DynamoDB Local answers as DynamoDB. */
@DynamoTest
class ControlPlaneConformanceTest {
    DynamoDbClient dynamo;

    @Test
    void deletionProtectionIsKeptEnforcedAndChangeable() {
        TableDescription created = dynamo.createTable(table("guarded").deletionProtectionEnabled(true).build())
                .tableDescription();

        assertTrue(created.deletionProtectionEnabled());
        assertValidation("Resource cannot be deleted as it is currently protected against deletion. Disable deletion"
                + " protection first.", () -> dynamo.deleteTable(b -> b.tableName("guarded")));
        assertTrue(dynamo.describeTable(b -> b.tableName("guarded")).table().deletionProtectionEnabled());

        TableDescription updated = dynamo.updateTable(b -> b.tableName("guarded").deletionProtectionEnabled(false))
                .tableDescription();

        assertFalse(updated.deletionProtectionEnabled());
        dynamo.deleteTable(b -> b.tableName("guarded"));
        assertEquals(List.of(), dynamo.listTables().tableNames());
    }

    @Test
    void onDemandMaximumsAreKept() {
        OnDemandThroughput maximums = OnDemandThroughput.builder().maxReadRequestUnits(10L).maxWriteRequestUnits(20L)
                .build();

        TableDescription created = dynamo.createTable(table("capped").onDemandThroughput(maximums).build())
                .tableDescription();

        assertEquals(maximums, created.onDemandThroughput());
        assertEquals(maximums, dynamo.describeTable(b -> b.tableName("capped")).table().onDemandThroughput());
    }

    @Test
    void describeLimitsGivesDynamoDbsDefaults() {
        DescribeLimitsResponse limits = dynamo.describeLimits(b -> { });

        assertEquals(80_000L, limits.accountMaxReadCapacityUnits());
        assertEquals(80_000L, limits.accountMaxWriteCapacityUnits());
        assertEquals(40_000L, limits.tableMaxReadCapacityUnits());
        assertEquals(40_000L, limits.tableMaxWriteCapacityUnits());
    }

    private static CreateTableRequest.Builder table(String name) {
        return CreateTableRequest.builder().tableName(name).keySchema(hash("id"))
                .attributeDefinitions(attribute("id", ScalarAttributeType.S)).billingMode(BillingMode.PAY_PER_REQUEST);
    }
}
