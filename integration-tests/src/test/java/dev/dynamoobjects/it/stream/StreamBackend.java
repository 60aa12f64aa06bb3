package dev.dynamoobjects.it.stream;

import dev.dynamoobjects.table.DynamoDatabase;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The one place stream tests get their database and Streams client from: the backend the pass
 * selected (the embedded engine, DynamoDB Local or the server), as the extension injected it.
 *
 * @param database a database on the selected backend
 * @param streams  the Streams client of the same backend
 */
record StreamBackend(DynamoDatabase database, DynamoDbStreamsClient streams) {
    /** Returns the backend for a test that the extension gave {@code injected} and {@code streams}. */
    static StreamBackend of(DynamoDbClient injected, DynamoDbStreamsClient streams) {
        return new StreamBackend(DynamoDatabase.of(injected), streams);
    }
}
