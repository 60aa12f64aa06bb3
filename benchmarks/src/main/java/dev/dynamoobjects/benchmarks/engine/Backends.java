package dev.dynamoobjects.benchmarks.engine;

import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import dev.dynamoobjects.mock.local.DynamoDbLocal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** The two DynamoDBs the engine benchmarks compare, and the table and items they work on. */
final class Backends {
    static final String EMBEDDED = "embedded";
    static final String LOCAL = "dynamodb-local";
    /** Not a DynamoDB: the stub that measures what the SDK alone costs (see {@link SdkFloor}). */
    static final String SDK_FLOOR = "sdk-floor";
    static final String TABLE = "bench";

    private Backends() {
    }

    /** A running backend: its client, and how to stop it. */
    record Backend(DynamoDbClient client, AutoCloseable stopper) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            stopper.close();
        }
    }

    static Backend start(String name) {
        if (EMBEDDED.equals(name)) {
            EmbeddedDynamoDb embedded = new EmbeddedDynamoDb();
            return new Backend(embedded, embedded);
        }
        if (LOCAL.equals(name)) {
            DynamoDbLocal local = DynamoDbLocal.start();
            return new Backend(local.client(), local);
        }
        if (SDK_FLOOR.equals(name)) {
            SdkFloor stub = new SdkFloor();
            return new Backend(stub, stub);
        }
        throw new IllegalArgumentException("Unknown backend " + name + ": use " + EMBEDDED + ", " + LOCAL
                + " or " + SDK_FLOOR);
    }

    /** Creates the benchmark table: partition key {@code pk} (S), sort key {@code sk} (N). */
    static void createTable(DynamoDbClient client) {
        client.createTable(t -> t.tableName(TABLE)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("sk").attributeType(ScalarAttributeType.N))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH),
                        k -> k.attributeName("sk").keyType(KeyType.RANGE))
                .billingMode(BillingMode.PAY_PER_REQUEST));
    }

    /** A small item of five attributes, about 60 bytes. */
    static Map<String, AttributeValue> item(String pk, long sk) {
        return Map.of(
                "pk", AttributeValue.fromS(pk),
                "sk", AttributeValue.fromN(Long.toString(sk)),
                "name", AttributeValue.fromS("item " + sk),
                "count", AttributeValue.fromN("1"),
                "active", AttributeValue.fromBool(true));
    }

    static Map<String, AttributeValue> key(String pk, long sk) {
        return Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromN(Long.toString(sk)));
    }

    /** Writes {@code count} items into one partition, 25 to a batch. */
    static void fillPartition(DynamoDbClient client, String pk, int count) {
        List<WriteRequest> batch = new ArrayList<>();
        for (int sk = 0; sk < count; sk++) {
            Map<String, AttributeValue> item = item(pk, sk);
            batch.add(WriteRequest.builder().putRequest(p -> p.item(item)).build());
            if (batch.size() == 25 || sk == count - 1) {
                List<WriteRequest> requests = List.copyOf(batch);
                client.batchWriteItem(b -> b.requestItems(Map.of(TABLE, requests)));
                batch.clear();
            }
        }
    }
}
