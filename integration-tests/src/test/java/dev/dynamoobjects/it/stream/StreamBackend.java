package dev.dynamoobjects.it.stream;

import dev.dynamoobjects.mock.local.DynamoDbLocal;
import dev.dynamoobjects.table.DynamoDatabase;
import java.lang.reflect.Field;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.dynamodb.services.local.shared.access.AmazonDynamoDBLocal;

/**
 * The one place stream tests get their database and Streams client from.
 *
 * <p>Until the embedded engine serves DynamoDB Streams, every stream test runs on the JVM's shared
 * DynamoDB Local, whichever backend the pass selected, in tables under a prefix of its own (the
 * extension empties only the selected backend). When the engine has streams, return
 * {@code DynamoDatabase.of(injected)} and the extension's Streams client for it here, and the
 * tests run on every backend unchanged.
 *
 * @param database a database whose tables no other test sees
 * @param streams  a Streams client of the same endpoint
 */
record StreamBackend(DynamoDatabase database, DynamoDbStreamsClient streams) {
    /** Returns the backend for a test that the extension gave {@code injected}. */
    static StreamBackend of(DynamoDbClient injected) {
        DynamoDbClient local = DynamoDbLocal.shared().client();
        String prefix = "t" + UUID.randomUUID().toString().substring(0, 8) + "_";
        return new StreamBackend(DynamoDatabase.builder().client(local).tablePrefix(prefix).build(), LocalStreams.CLIENT);
    }

    /** DynamoDB Local's in-process Streams client, which {@link DynamoDbLocal} does not expose yet. */
    private static final class LocalStreams {
        static final DynamoDbStreamsClient CLIENT = streamsOf(DynamoDbLocal.shared());

        private static DynamoDbStreamsClient streamsOf(DynamoDbLocal local) {
            try {
                Field field = DynamoDbLocal.class.getDeclaredField("local");
                field.setAccessible(true);
                return ((AmazonDynamoDBLocal) field.get(local)).dynamoDbStreamsClient();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("DynamoDbLocal no longer holds its AmazonDynamoDBLocal in 'local'", e);
            }
        }
    }
}
