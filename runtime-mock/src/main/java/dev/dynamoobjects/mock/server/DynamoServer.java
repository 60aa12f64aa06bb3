package dev.dynamoobjects.mock.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import dev.dynamoobjects.mock.internal.server.auth.SigV4Authenticator;
import dev.dynamoobjects.mock.internal.server.http.CorsHandler;
import dev.dynamoobjects.mock.internal.server.http.HttpHandler;
import dev.dynamoobjects.mock.internal.server.http.HttpLimits;
import dev.dynamoobjects.mock.internal.server.http.HttpServerLoop;
import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import dev.dynamoobjects.mock.internal.server.protocol.DynamoProtocol;
import dev.dynamoobjects.mock.internal.server.protocol.RequestAuthenticator;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * DynamoDB's HTTP protocol in front of any {@link DynamoDbClient}, usually the embedded engine: the
 * AWS SDKs of every language and the AWS CLI can use it as their endpoint.
 *
 * <pre>{@code
 * try (DynamoServer server = DynamoServer.start(new EmbeddedDynamoDb(), ServerOptions.defaults())) {
 *     DynamoDbClient client = DynamoDbClient.builder().endpointOverride(server.endpoint()) ... .build();
 * }
 * }</pre>
 */
public final class DynamoServer implements AutoCloseable {
    private final HttpServerLoop http;
    private final String host;
    private final boolean authenticating;

    private DynamoServer(HttpServerLoop http, String host, boolean authenticating) {
        this.http = http;
        this.host = host;
        this.authenticating = authenticating;
    }

    /**
     * Starts serving {@code client} as {@code options} say; {@link #close()} stops it. An
     * {@link EmbeddedDynamoDb} is served with its DynamoDB Streams ({@code DynamoDBStreams_20120810.*}
     * targets) on the same port.
     */
    public static DynamoServer start(DynamoDbClient client, ServerOptions options) {
        return start(client, client instanceof EmbeddedDynamoDb engine ? engine.streams() : null, options);
    }

    /**
     * Starts serving {@code client}, and {@code streams} (null for none) for DynamoDB Streams' targets on
     * the same port, as {@code options} say.
     *
     * <pre>{@code
     * DynamoServer server = DynamoServer.start(local.client(), local.streamsClient(), ServerOptions.defaults());
     * }</pre>
     */
    public static DynamoServer start(DynamoDbClient client, DynamoDbStreamsClient streams, ServerOptions options) {
        boolean authenticating = !options.credentials().isEmpty();
        RequestAuthenticator authenticator = authenticating
                ? new SigV4Authenticator(options.credentials(), Clock.systemUTC())
                : RequestAuthenticator.ANYONE;
        HttpLimits limits = new HttpLimits(ServerOptions.MAX_REQUEST_BYTES, 64 * 1024, options.maxConnections(),
                options.idleTimeout(), options.requestTimeout());
        HttpHandler handler = new DynamoProtocol(client, streams, authenticator, options.errorLog());
        if (!options.corsOrigins().isEmpty()) {
            handler = new CorsHandler(options.corsOrigins(), handler);
        }
        try {
            HttpServerLoop http = HttpServerLoop.start(new InetSocketAddress(options.host(), options.port()), limits,
                    handler, options.errorLog());
            return new DynamoServer(http, options.host(), authenticating);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on " + options.host() + ":" + options.port()
                    + ": " + e.getMessage() + ". Pick another port, or 0 for a free one.", e);
        }
    }

    /** The port the server listens on. */
    public int port() {
        return http.port();
    }

    /** The endpoint to give clients, e.g. {@code http://127.0.0.1:8000}. */
    public URI endpoint() {
        String address = host.equals("0.0.0.0") ? "127.0.0.1" : host;
        return URI.create("http://" + (address.contains(":") ? "[" + address + "]" : address) + ":" + port());
    }

    /** Whether requests must be signed with one of the configured credentials. */
    public boolean isAuthenticating() {
        return authenticating;
    }

    /** Stops listening and closes every open connection. */
    @Override
    public void close() {
        http.close();
    }
}
