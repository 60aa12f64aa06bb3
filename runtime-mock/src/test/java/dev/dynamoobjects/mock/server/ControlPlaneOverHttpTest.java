package dev.dynamoobjects.mock.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ContributorInsightsStatus;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryStatus;
import software.amazon.awssdk.services.dynamodb.model.TableNotFoundException;

/**
 * The control-plane operations deploy tools call, served over HTTP by the engine (DynamoDB Local
 * refuses most of them, so this runs on the engine whatever the backend).
 */
class ControlPlaneOverHttpTest {
    private final DynamoServer server = DynamoServer.start(new EmbeddedDynamoDb(), ServerOptions.defaults());
    private final DynamoDbClient client = ServerFixture.client(server.endpoint(), "AKID", "secret");

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void servesTheOperationsADeployCalls() {
        client.createTable(b -> b.tableName("deployed").billingMode("PAY_PER_REQUEST")
                .attributeDefinitions(a -> a.attributeName("id").attributeType("S"))
                .keySchema(k -> k.attributeName("id").keyType("HASH")));

        client.updateContinuousBackups(b -> b.tableName("deployed")
                .pointInTimeRecoverySpecification(s -> s.pointInTimeRecoveryEnabled(true)));

        assertEquals(PointInTimeRecoveryStatus.ENABLED, client.describeContinuousBackups(b -> b.tableName("deployed"))
                .continuousBackupsDescription().pointInTimeRecoveryDescription().pointInTimeRecoveryStatus());
        assertEquals(ContributorInsightsStatus.DISABLED,
                client.describeContributorInsights(b -> b.tableName("deployed")).contributorInsightsStatus());
        assertEquals(0, client.describeKinesisStreamingDestination(b -> b.tableName("deployed"))
                .kinesisDataStreamDestinations().size());
        assertEquals(1440L, client.describeEndpoints(b -> { }).endpoints().get(0).cachePeriodInMinutes());
        assertEquals(40_000L, client.describeLimits(b -> { }).tableMaxReadCapacityUnits());
        TableNotFoundException missing = assertThrows(TableNotFoundException.class,
                () -> client.describeContinuousBackups(b -> b.tableName("none")));
        assertEquals("Table not found: none", missing.awsErrorDetails().errorMessage());
    }

    @Test
    void refusesAnUnsupportedOperationByName() {
        HttpResponse<String> response = RawHttp.post(server.endpoint(), "CreateBackup",
                "{\"TableName\":\"deployed\",\"BackupName\":\"b\"}");

        assertEquals(400, response.statusCode());
        assertEquals("{\"__type\":\"com.amazon.coral.service#UnknownOperationException\","
                + "\"message\":\"The operation CreateBackup is not supported by this DynamoDB emulator.\"}",
                response.body());
    }
}
