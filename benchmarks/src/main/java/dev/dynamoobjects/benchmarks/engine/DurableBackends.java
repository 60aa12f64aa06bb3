package dev.dynamoobjects.benchmarks.engine;

import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.dynamodb.services.local.embedded.DynamoDBEmbedded;
import software.amazon.dynamodb.services.local.shared.access.AmazonDynamoDBLocal;

/**
 * The backends the durability benchmarks compare: the embedded engine in memory, with a data
 * directory under strict and relaxed durability, and DynamoDB Local in process with its SQLite file
 * (what its server's {@code -dbPath} uses), each in a fresh temporary directory deleted on close.
 */
final class DurableBackends {
    static final String MEMORY = "memory";
    static final String STRICT = "strict";
    static final String RELAXED = "relaxed";
    static final String LOCAL_FILE = "dynamodb-local-file";
    /** The server's default flush interval under {@code --durability relaxed}. */
    static final Duration RELAXED_INTERVAL = Duration.ofMillis(100);

    private DurableBackends() {
    }

    /** A running backend: its client, and how to stop it and remove its files. */
    record Backend(DynamoDbClient client, AutoCloseable stopper, Path directory) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            stopper.close();
            if (directory != null) {
                delete(directory);
            }
        }
    }

    static Backend start(String name) {
        Path directory = name.equals(MEMORY) ? null : temporaryDirectory();
        return switch (name) {
            case MEMORY -> embedded(EmbeddedDynamoDb.builder().build(), null);
            case STRICT -> embedded(EmbeddedDynamoDb.builder().dataDirectory(directory).build(), directory);
            case RELAXED -> embedded(EmbeddedDynamoDb.builder().dataDirectory(directory)
                    .relaxedDurability(RELAXED_INTERVAL).build(), directory);
            case LOCAL_FILE -> localWithFile(directory);
            default -> throw new IllegalArgumentException("Unknown backend " + name + ": use " + MEMORY + ", "
                    + STRICT + ", " + RELAXED + " or " + LOCAL_FILE);
        };
    }

    private static Backend embedded(EmbeddedDynamoDb engine, Path directory) {
        return new Backend(engine, engine, directory);
    }

    /** DynamoDB Local's server with {@code -dbPath DIR} keeps its tables in {@code DIR/shared-local-instance.db}. */
    private static Backend localWithFile(Path directory) {
        AmazonDynamoDBLocal local = DynamoDBEmbedded.create(directory.resolve("shared-local-instance.db").toFile(),
                true);
        DynamoDbClient client = local.dynamoDbClient();
        return new Backend(client, () -> {
            client.close();
            local.shutdownNow();
        }, directory);
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("dynamo-durable-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
