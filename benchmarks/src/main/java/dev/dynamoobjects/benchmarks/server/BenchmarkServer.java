package dev.dynamoobjects.benchmarks.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import dev.dynamoobjects.mock.server.DynamoServer;
import dev.dynamoobjects.mock.server.ServerOptions;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.dynamodb.services.local.embedded.DynamoDBEmbedded;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/** The servers compared, each started in this JVM on a free loopback port, and an SDK client for them. */
public enum BenchmarkServer {
    /** This library's server over its embedded engine: the product. */
    OURS_OVER_ENGINE {
        @Override
        AutoCloseable start(int port) {
            return DynamoServer.start(new EmbeddedDynamoDb(), ServerOptions.defaults().port(port));
        }
    },
    /** This library's server over DynamoDB Local's in-process engine: isolates the HTTP layer. */
    OURS_OVER_LOCAL {
        @Override
        AutoCloseable start(int port) {
            return DynamoServer.start(DynamoDBEmbedded.create(true).dynamoDbClient(),
                    ServerOptions.defaults().port(port));
        }
    },
    /** This library's server over a bare map: the server's own cost, an upper bound for any engine. */
    OURS_OVER_MAP {
        @Override
        AutoCloseable start(int port) {
            return DynamoServer.start(new MapBackedClient(), ServerOptions.defaults().port(port));
        }
    },
    /**
     * Not a DynamoDB: a server that answers every request with the same canned response
     * ({@link CannedServer}). It measures the client alone, the ceiling of every server's rate.
     */
    CANNED {
        @Override
        AutoCloseable start(int port) throws Exception {
            return new CannedServer(port);
        }
    },
    /** DynamoDB Local's own network server, in memory. */
    DYNAMODB_LOCAL {
        @Override
        AutoCloseable start(int port) throws Exception {
            DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(
                    new String[] {"-inMemory", "-disableTelemetry", "-port", Integer.toString(port)});
            server.start();
            return server::stop;
        }
    };

    static final String TABLE = "bench";
    static final int ITEMS = 1000;

    abstract AutoCloseable start(int port) throws Exception;

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An SDK client over HTTP with keep-alive, as an application would have. */
    static DynamoDbClient client(int port) {
        return DynamoDbClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + port))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
                .httpClientBuilder(Apache5HttpClient.builder().maxConnections(64).socketTimeout(Duration.ofSeconds(30)))
                .build();
    }

    /** Creates the table and fills it with {@link #ITEMS} items of about 200 bytes. */
    static void fill(DynamoDbClient client) {
        client.createTable(b -> b.tableName(TABLE)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType("S"))
                .keySchema(k -> k.attributeName("pk").keyType("HASH")).billingMode("PAY_PER_REQUEST"));
        for (int i = 0; i < ITEMS; i++) {
            int id = i;
            put(client, id);
        }
    }

    /**
     * Sends {@code requests} GetItems and as many PutItems, so that the JIT has compiled the
     * client's path as well as the server's before anything is timed. The SDK's request path is
     * deep: its first ten thousand requests run several times slower than the rest, and a
     * warm-up counted in seconds leaves it cold on a busy machine.
     */
    static void warmUp(DynamoDbClient client, int requests) {
        for (int i = 0; i < requests; i++) {
            int id = i % ITEMS;
            get(client, id);
            put(client, id);
        }
    }

    static GetItemResponse get(DynamoDbClient client, int id) {
        return client.getItem(b -> b.tableName(TABLE).key(key(id)));
    }

    static PutItemResponse put(DynamoDbClient client, int id) {
        return client.putItem(b -> b.tableName(TABLE).item(item(id)));
    }

    static Map<String, AttributeValue> key(int id) {
        return Map.of("pk", AttributeValue.fromS("item-" + id));
    }

    static Map<String, AttributeValue> item(int id) {
        List<AttributeValue> tags = IntStream.range(0, 3).mapToObj(t -> AttributeValue.fromS("tag-" + t))
                .collect(Collectors.toList());
        return Map.of("pk", AttributeValue.fromS("item-" + id),
                "name", AttributeValue.fromS("A name of moderate length for item " + id),
                "count", AttributeValue.fromN(Integer.toString(id)),
                "price", AttributeValue.fromN("12.50"),
                "active", AttributeValue.fromBool(true),
                "tags", AttributeValue.fromL(tags),
                "address", AttributeValue.fromM(Map.of("street", AttributeValue.fromS("1 Main Street"),
                        "city", AttributeValue.fromS("Springfield"))));
    }
}
