package dev.dynamoobjects.example;

import dev.dynamoobjects.table.DynamoDatabase;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.dynamodb.services.local.embedded.DynamoDBEmbedded;

/**
 * The DynamoDB the tests run on: one client per JVM, and a fresh table prefix per test so that
 * tests never see each other's tables.
 */
final class Backend {
    static final DynamoDbClient CLIENT = DynamoDBEmbedded.create().dynamoDbClient();
    private static final AtomicInteger PREFIXES = new AtomicInteger();

    private Backend() {
    }

    /** Returns a database with a prefix no other test uses. */
    static DynamoDatabase freshDatabase() {
        return DynamoDatabase.builder().client(CLIENT).tablePrefix(freshPrefix()).build();
    }

    static String freshPrefix() {
        return "t" + PREFIXES.incrementAndGet() + "_";
    }
}
