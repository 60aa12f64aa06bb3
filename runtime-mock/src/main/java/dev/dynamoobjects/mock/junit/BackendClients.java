package dev.dynamoobjects.mock.junit;

import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import dev.dynamoobjects.mock.local.DynamoDbLocal;
import dev.dynamoobjects.mock.server.DynamoServer;
import dev.dynamoobjects.mock.server.ServerOptions;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** Hands each test a client of the selected backend holding no tables. */
final class BackendClients {
    /** One SDK client per endpoint for the whole JVM: building one costs more than most tests. */
    private static final Map<URI, DynamoDbClient> ENDPOINT_CLIENTS = new ConcurrentHashMap<>();
    private static final Map<URI, DynamoDbStreamsClient> ENDPOINT_STREAMS_CLIENTS = new ConcurrentHashMap<>();

    private BackendClients() {
    }

    /** Returns a client of the backend with no tables in it. */
    static DynamoDbClient cleanClient(DynamoBackend backend) {
        switch (backend.kind()) {
            case EMBEDDED:
                return new EmbeddedDynamoDb();
            case LOCAL:
                return emptied(DynamoDbLocal.shared().client());
            case SERVER:
                return emptied(ENDPOINT_CLIENTS.computeIfAbsent(SharedServer.INSTANCE.endpoint(),
                        BackendClients::endpointClient));
            case ENDPOINT:
                return emptied(ENDPOINT_CLIENTS.computeIfAbsent(backend.endpoint().orElseThrow(),
                        BackendClients::endpointClient));
            default:
                throw new AssertionError(backend);
        }
    }

    /** Returns the DynamoDB Streams client of the backend that {@code client} (from {@link #cleanClient}) talks to. */
    static DynamoDbStreamsClient streamsClient(DynamoBackend backend, DynamoDbClient client) {
        switch (backend.kind()) {
            case EMBEDDED:
                return ((EmbeddedDynamoDb) client).streams();
            case LOCAL:
                return DynamoDbLocal.shared().streamsClient();
            case SERVER:
                return ENDPOINT_STREAMS_CLIENTS.computeIfAbsent(SharedServer.INSTANCE.endpoint(),
                        BackendClients::endpointStreamsClient);
            case ENDPOINT:
                return ENDPOINT_STREAMS_CLIENTS.computeIfAbsent(backend.endpoint().orElseThrow(),
                        BackendClients::endpointStreamsClient);
            default:
                throw new AssertionError(backend);
        }
    }

    private static DynamoDbClient emptied(DynamoDbClient client) {
        Tables.deleteAll(client);
        return client;
    }

    private static DynamoDbClient endpointClient(URI endpoint) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("dummy", "dummy")))
                .build();
    }

    private static DynamoDbStreamsClient endpointStreamsClient(URI endpoint) {
        return DynamoDbStreamsClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("dummy", "dummy")))
                .build();
    }

    /** Lazy holder: the server starts on the first test that selects it and stops when the JVM exits. */
    private static final class SharedServer {
        static final DynamoServer INSTANCE = start();

        private static DynamoServer start() {
            DynamoServer server = DynamoServer.start(new EmbeddedDynamoDb(), ServerOptions.defaults());
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "dynamo-server-shutdown"));
            return server;
        }
    }
}
