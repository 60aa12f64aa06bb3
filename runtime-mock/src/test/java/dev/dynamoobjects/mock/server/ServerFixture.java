package dev.dynamoobjects.mock.server;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.dynamodb.services.local.embedded.DynamoDBEmbedded;

/**
 * A server over a fresh backend and an AWS SDK client that talks to it over HTTP. The backend is
 * DynamoDB Local's in-process client.
 */
final class ServerFixture implements AutoCloseable {
    static final String ACCESS_KEY = "AKIDSERVERTEST";
    static final String SECRET_KEY = "server-test-secret";

    final DynamoDbClient backend;
    final DynamoServer server;
    final DynamoDbClient client;
    final List<String> errorLog = new CopyOnWriteArrayList<>();

    ServerFixture() {
        this(ServerOptions.defaults());
    }

    ServerFixture(ServerOptions options) {
        backend = DynamoDBEmbedded.create().dynamoDbClient();
        server = DynamoServer.start(backend, options.errorLog(errorLog::add));
        client = client(server.endpoint(), ACCESS_KEY, SECRET_KEY);
    }

    static DynamoDbClient client(URI endpoint, String accessKey, String secretKey) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                // No retries: a request the server mishandles must fail the test, not be re-sent.
                .overrideConfiguration(o -> o.retryStrategy(DefaultRetryStrategy.doNotRetry()))
                .build();
    }

    @Override
    public void close() {
        client.close();
        server.close();
        backend.close();
    }
}
