package dev.dynamoobjects.mock.server;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The runnable jar's entry point: an in-memory DynamoDB on a port. Under G1 it asks the JVM to keep
 * little free heap and to return it when idle ({@link HeapTuning}), unless {@code --keep-heap}.
 *
 * <pre>
 * java -jar dynamo-objects-mock-server.jar --port 8000
 * aws dynamodb list-tables --endpoint-url http://127.0.0.1:8000
 * </pre>
 */
public final class Main {
    /** The exit status for options it cannot make sense of. */
    static final int USAGE_ERROR = 2;
    /** The exit status when the address cannot be bound, or the data directory cannot be used. */
    static final int CANNOT_LISTEN = 3;

    private Main() {
    }

    /** Starts the server over a fresh embedded engine and serves until the process is stopped. */
    public static void main(String[] args) throws InterruptedException {
        Optional<DynamoServer> server;
        try {
            server = launch(args, EmbeddedDynamoDb::new, System.out, HeapTuning::applyToThisJvm);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(CommandLine.USAGE);
            System.exit(USAGE_ERROR);
            return;
        } catch (IllegalStateException | UncheckedIOException e) {
            System.err.println(e.getMessage());
            System.exit(CANNOT_LISTEN);
            return;
        }
        if (server.isPresent()) {
            Runtime.getRuntime().addShutdownHook(new Thread(server.get()::close, "dynamo-server-shutdown"));
            new CountDownLatch(1).await();
        }
    }

    /**
     * Starts a server as {@code args} say over the client {@code backend} makes, and tells
     * {@code out} where it listens, whom it lets in, and what {@code heap} did to the heap (after the
     * server listens, so that it does not hold up the first request); empty (after printing the usage)
     * for {@code --help}.
     */
    static Optional<DynamoServer> launch(String[] args, Supplier<? extends DynamoDbClient> backend, PrintStream out,
            HeapTuning.Tuner heap) {
        Optional<ServerOptions> options = CommandLine.parse(args);
        if (options.isEmpty()) {
            out.print(CommandLine.USAGE);
            return Optional.empty();
        }
        DynamoServer server = DynamoServer.start(engine(options.get(), backend, out), options.get());
        out.println("dynamo-objects mock server listening on " + server.endpoint());
        out.println(server.isAuthenticating()
                ? "Requests must be signed (AWS Signature Version 4) with one of the given access keys."
                : "No credentials given: any request is accepted, signed or not, as DynamoDB Local does.");
        out.flush();
        out.println(heap.tune(options.get().keepHeap()));
        out.flush();
        return Optional.of(server);
    }

    /** The {@code backend}'s client, or with {@code --data-dir} an engine on that directory (after saying what it recovered). */
    private static DynamoDbClient engine(ServerOptions options, Supplier<? extends DynamoDbClient> backend, PrintStream out) {
        if (options.dataDirectory() == null) {
            return backend.get();
        }
        EmbeddedDynamoDb.Builder builder = EmbeddedDynamoDb.builder().dataDirectory(options.dataDirectory());
        if (options.flushInterval() != null) {
            builder.relaxedDurability(options.flushInterval());
        }
        if (options.compactAfter() != null) {
            builder.compactionThreshold(options.compactAfter());
        }
        EmbeddedDynamoDb engine = builder.build();
        engine.recovery().ifPresent(recovery -> out.println(recovery.summary()));
        return engine;
    }
}
