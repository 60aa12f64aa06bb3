package dev.dynamoobjects.mock.server;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import dev.dynamoobjects.mock.junit.DynamoBackend;
import dev.dynamoobjects.mock.local.DynamoDbLocal;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A server over an empty backend and an AWS SDK client that talks to it over HTTP.
 *
 * <p>The backend is the one {@code dynamo.objects.backend} selects: DynamoDB Local's in-process
 * client for {@code local} (shared by the JVM, its tables deleted first), otherwise a new embedded
 * engine.
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
        boolean local = DynamoBackend.selected().kind() == DynamoBackend.Kind.LOCAL;
        backend = local ? emptiedLocal() : new EmbeddedDynamoDb();
        server = local ? DynamoServer.start(backend, DynamoDbLocal.shared().streamsClient(), options.errorLog(errorLog::add))
                : DynamoServer.start(backend, options.errorLog(errorLog::add));
        client = client(server.endpoint(), ACCESS_KEY, SECRET_KEY);
    }

    private static DynamoDbClient emptiedLocal() {
        DynamoDbClient local = DynamoDbLocal.shared().client();
        List<String> tables = local.listTablesPaginator().tableNames().stream().collect(Collectors.toList());
        tables.forEach(table -> local.deleteTable(b -> b.tableName(table)));
        return local;
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
    }
}
