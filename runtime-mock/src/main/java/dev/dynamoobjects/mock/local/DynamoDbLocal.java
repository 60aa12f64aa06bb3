package dev.dynamoobjects.mock.local;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.dynamodb.services.local.embedded.DynamoDBEmbedded;
import software.amazon.dynamodb.services.local.shared.access.AmazonDynamoDBLocal;

/**
 * Starts Amazon's DynamoDB Local in this JVM, in memory, as the reference the embedded engine is
 * compared against. DynamoDB Local 3.x carries its SQLite native libraries inside its own jar and
 * unpacks them itself, so no {@code sqlite4java.library.path} or copied {@code .so} files are needed.
 *
 * <p>DynamoDB Local is an optional dependency of this module: add
 * {@code software.amazon.dynamodb:DynamoDBLocal:3.1.0} (test scope) to use this class.
 *
 * <pre>{@code
 * try (DynamoDbLocal local = DynamoDbLocal.start()) {
 *     DynamoDbClient client = local.client();
 *     client.listTables();
 * }
 * }</pre>
 */
public final class DynamoDbLocal implements AutoCloseable {
    /**
     * DynamoDB Local 3.x reports each start to AWS unless told not to (its {@code create(Boolean)}
     * argument); tests have no business calling home.
     */
    private static final boolean DISABLE_TELEMETRY = true;

    private final AmazonDynamoDBLocal local;
    private final DynamoDbClient client;
    private final DynamoDbStreamsClient streamsClient;

    private DynamoDbLocal(AmazonDynamoDBLocal local) {
        this.local = local;
        this.client = local.dynamoDbClient();
        this.streamsClient = local.dynamoDbStreamsClient();
    }

    /**
     * Starts a new in-memory DynamoDB Local (one to two seconds); {@link #close()} stops it.
     *
     * @throws IllegalStateException when DynamoDB Local is not on the class path
     */
    public static DynamoDbLocal start() {
        try {
            return new DynamoDbLocal(DynamoDBEmbedded.create(DISABLE_TELEMETRY));
        } catch (NoClassDefFoundError e) {
            throw new IllegalStateException("DynamoDB Local is not on the class path: add the dependency "
                    + "software.amazon.dynamodb:DynamoDBLocal:3.1.0 (test scope) to use it", e);
        }
    }

    /**
     * Returns the JVM-wide instance, started on first use and stopped when the JVM exits. Tables
     * live as long as the JVM: callers that need a clean slate delete them.
     */
    public static DynamoDbLocal shared() {
        return Shared.INSTANCE;
    }

    /** Returns the in-process client: no sockets, but every request goes through DynamoDB Local's full stack. */
    public DynamoDbClient client() {
        return client;
    }

    /** Returns the in-process DynamoDB Streams client of this DynamoDB Local. */
    public DynamoDbStreamsClient streamsClient() {
        return streamsClient;
    }

    /** Closes every open shard and opens its child, as DynamoDB Local's own test hook does. */
    public void rolloverShards() {
        local.triggerShardRollovers();
    }

    /** Stops this DynamoDB Local and drops its tables. */
    @Override
    public void close() {
        streamsClient.close();
        client.close();
        local.shutdownNow();
    }

    /** Lazy holder: the class loads, and DynamoDB Local starts, on the first call to {@link #shared()}. */
    private static final class Shared {
        static final DynamoDbLocal INSTANCE = startWithShutdownHook();

        private static DynamoDbLocal startWithShutdownHook() {
            DynamoDbLocal local = start();
            Runtime.getRuntime().addShutdownHook(new Thread(local::close, "dynamodb-local-shutdown"));
            return local;
        }
    }
}
