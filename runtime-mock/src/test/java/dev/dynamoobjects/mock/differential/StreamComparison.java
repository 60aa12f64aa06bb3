package dev.dynamoobjects.mock.differential;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The stream records of the differential run's tables on both backends, compared after every
 * operation: event names, keys and images, in order. Ids, sequence numbers and times differ by
 * nature and are left out; their order is what is compared.
 */
final class StreamComparison {
    private final List<StreamCursor> reference = new ArrayList<>();
    private final List<StreamCursor> candidate = new ArrayList<>();
    private final List<String> tables;
    private int compared;

    StreamComparison(List<String> tables, DynamoDbClient referenceClient, DynamoDbStreamsClient referenceStreams,
                     DynamoDbClient candidateClient, DynamoDbStreamsClient candidateStreams) {
        this.tables = tables;
        for (String table : tables) {
            reference.add(new StreamCursor(referenceStreams, latestArn(referenceClient, table)));
            candidate.add(new StreamCursor(candidateStreams, latestArn(candidateClient, table)));
        }
    }

    /**
     * Compares the records the last operation wrote; returns a mismatch text, or null when they agree.
     * DynamoDB orders records per item only: those of one batch or transaction (one per item) compare
     * in any order ({@code unordered}).
     */
    String compare(boolean unordered) {
        for (int i = 0; i < tables.size(); i++) {
            List<String> expected = shown(reference.get(i).poll(), unordered);
            List<String> actual = shown(candidate.get(i).poll(), unordered);
            compared += expected.size();
            if (!expected.equals(actual)) {
                return "stream of " + tables.get(i) + "\n    DynamoDB Local: " + expected + "\n    embedded:       " + actual;
            }
        }
        return null;
    }

    /** Drops the records written since the last poll: a write answered differently, and its resync. */
    void skip() {
        reference.forEach(StreamCursor::poll);
        candidate.forEach(StreamCursor::poll);
    }

    int comparedRecords() {
        return compared;
    }

    private static List<String> shown(List<Record> records, boolean unordered) {
        List<String> shown = records.stream().map(StreamComparison::shown).toList();
        return unordered ? shown.stream().sorted().toList() : shown;
    }

    private static String latestArn(DynamoDbClient client, String table) {
        return client.describeTable(b -> b.tableName(table)).table().latestStreamArn();
    }

    /** The compared part of a record, canonical: maps by name, sets sorted (neither order means anything). */
    private static String shown(Record record) {
        return record.eventName() + " keys=" + Outcomes.canonical(record.dynamodb().keys(), false)
                + " new=" + Outcomes.canonical(record.dynamodb().newImage(), false)
                + " old=" + Outcomes.canonical(record.dynamodb().oldImage(), false);
    }
}
