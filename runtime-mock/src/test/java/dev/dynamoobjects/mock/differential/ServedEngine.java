package dev.dynamoobjects.mock.differential;

import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import dev.dynamoobjects.mock.server.DynamoServer;
import dev.dynamoobjects.mock.server.ServerOptions;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A new engine behind the HTTP server, reached by the SDK's HTTP client: the candidate of the
 * differential runs that compare the JSON path with DynamoDB Local. Closing it stops all three.
 */
final class ServedEngine implements AutoCloseable {
    private final EmbeddedDynamoDb engine = new EmbeddedDynamoDb();
    private final DynamoServer server = DynamoServer.start(engine, ServerOptions.defaults());
    private final DynamoDbClient client = DynamoDbClient.builder().endpointOverride(server.endpoint())
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("dummy", "dummy")))
            .build();

    DynamoDbClient client() {
        return client;
    }

    @Override
    public void close() {
        client.close();
        server.close();
        engine.close();
    }
}
