package dev.dynamoobjects.mock.server;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How a {@link DynamoServer} listens and whom it lets in. Defaults: loopback only, a free port,
 * no credentials (any request is accepted, as DynamoDB Local does), DynamoDB's 16 MB request limit.
 *
 * <pre>{@code
 * ServerOptions options = ServerOptions.defaults().port(8000).credentials("AKIDTEST", "secret");
 * }</pre>
 */
public final class ServerOptions {
    /** DynamoDB's limit on the size of one HTTP request. */
    public static final int MAX_REQUEST_BYTES = 16 * 1024 * 1024;

    private String host = "127.0.0.1";
    private int port;
    private final Map<String, String> credentials = new LinkedHashMap<>();
    private int maxConnections = 512;
    private Duration idleTimeout = Duration.ofSeconds(60);
    private Duration requestTimeout = Duration.ofSeconds(30);
    private List<String> corsOrigins = List.of();
    private Consumer<String> errorLog = line -> System.err.println(Instant.now() + " dynamo-server: " + line);
    /** Command line only (the jar builds its own engine): {@code --data-dir}, null for memory only. */
    private Path dataDirectory;
    /** Command line only: {@code --durability relaxed}'s flush interval, null for a flush per write. */
    private Duration flushInterval;
    /** Command line only: {@code --keep-heap}, the JVM's own heap settings (see {@link HeapTuning}). */
    private boolean keepHeap;
    private Integer compactAfter;

    private ServerOptions() {
    }

    /** Loopback, a free port, no credentials. */
    public static ServerOptions defaults() {
        return new ServerOptions();
    }

    /** The address to bind; {@code 0.0.0.0} listens on every interface. */
    public ServerOptions host(String host) {
        this.host = Objects.requireNonNull(host, "host");
        return this;
    }

    /** The port to bind; 0 picks a free one (read it back from {@link DynamoServer#port()}). */
    public ServerOptions port(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        this.port = port;
        return this;
    }

    /**
     * Adds an access key and its secret; once any is given, every request must carry a valid AWS
     * Signature Version 4 made with one of them.
     */
    public ServerOptions credentials(String accessKeyId, String secretAccessKey) {
        if (accessKeyId.isEmpty() || secretAccessKey.isEmpty()) {
            throw new IllegalArgumentException("access key id and secret access key must not be empty");
        }
        credentials.put(accessKeyId, secretAccessKey);
        return this;
    }

    /**
     * Connections open at once. Default 512. At the limit a new connection closes the longest-idle
     * keep-alive connection (clients reconnect transparently); it is refused with HTTP 503 only when
     * every open connection is busy with a request.
     */
    public ServerOptions maxConnections(int maxConnections) {
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be at least 1, got " + maxConnections);
        }
        this.maxConnections = maxConnections;
        return this;
    }

    /** How long a connection may stay silent before it is closed. Default 60 s. */
    public ServerOptions idleTimeout(Duration idleTimeout) {
        this.idleTimeout = positive(idleTimeout, "idleTimeout");
        return this;
    }

    /** How long reading one request may take in all, against slow senders. Default 30 s. */
    public ServerOptions requestTimeout(Duration requestTimeout) {
        this.requestTimeout = positive(requestTimeout, "requestTimeout");
        return this;
    }

    /**
     * Lets browser pages from {@code origins} call the server (CORS), as DynamoDB Local's
     * {@code -cors} does: exact origins such as {@code http://localhost:3000}, or {@code *} for any.
     * Preflight {@code OPTIONS} requests are answered, and responses carry
     * {@code Access-Control-Allow-Origin}. Off by default.
     *
     * <pre>{@code
     * ServerOptions options = ServerOptions.defaults().cors("http://localhost:3000");
     * }</pre>
     */
    public ServerOptions cors(String... origins) {
        for (String origin : origins) {
            if (origin == null || origin.isBlank()) {
                throw new IllegalArgumentException("a CORS origin must not be empty; give one like "
                        + "http://localhost:3000, or * for any");
            }
        }
        this.corsOrigins = List.of(origins);
        return this;
    }

    /**
     * Where the one-line error reports go; each names the client's address and port. Default:
     * standard error, each line after its ISO-8601 time in UTC.
     */
    public ServerOptions errorLog(Consumer<String> errorLog) {
        this.errorLog = Objects.requireNonNull(errorLog, "errorLog");
        return this;
    }

    ServerOptions dataDirectory(Path directory, Duration relaxedFlushInterval, Integer compactAfter) {
        this.dataDirectory = directory;
        this.flushInterval = relaxedFlushInterval;
        this.compactAfter = compactAfter;
        return this;
    }

    ServerOptions keepHeap(boolean keepHeap) {
        this.keepHeap = keepHeap;
        return this;
    }

    boolean keepHeap() {
        return keepHeap;
    }

    /** The {@code --compact-after} entries, null for the engine's default. */
    Integer compactAfter() {
        return compactAfter;
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    Duration flushInterval() {
        return flushInterval;
    }

    String host() {
        return host;
    }

    int port() {
        return port;
    }

    Map<String, String> credentials() {
        return Map.copyOf(credentials);
    }

    int maxConnections() {
        return maxConnections;
    }

    Duration idleTimeout() {
        return idleTimeout;
    }

    Duration requestTimeout() {
        return requestTimeout;
    }

    List<String> corsOrigins() {
        return corsOrigins;
    }

    Consumer<String> errorLog() {
        return errorLog;
    }

    private static Duration positive(Duration duration, String name) {
        if (duration.isNegative() || duration.isZero() || duration.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " must be positive and under 24 days, got " + duration);
        }
        return duration;
    }
}
