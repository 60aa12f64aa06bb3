package dev.dynamoobjects.mock.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Stream;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

@DynamoTest
class DynamoDbExtensionTest {
    DynamoDbClient dynamo;
    DynamoDbStreamsClient streams;
    private DynamoDbClient fromBeforeEach;

    @BeforeEach
    void rememberClient(DynamoDbClient client) {
        fromBeforeEach = client;
    }

    @Test
    void injectsOneClientIntoFieldsAndParameters(DynamoDbClient parameter) {
        assertSame(dynamo, parameter);
        assertSame(dynamo, fromBeforeEach);
    }

    @Test
    void injectsTheStreamsClientOfTheSameBackend(DynamoDbStreamsClient parameter) {
        assertSame(streams, parameter);
        String table = "streamed-" + UUID.randomUUID();
        dynamo.createTable(b -> b.tableName(table)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .billingMode("PAY_PER_REQUEST")
                .streamSpecification(spec -> spec.streamEnabled(true).streamViewType(StreamViewType.KEYS_ONLY)));
        String arn = dynamo.describeTable(b -> b.tableName(table)).table().latestStreamArn();
        assertEquals(List.of(arn), streams.listStreams(b -> b.tableName(table)).streams().stream()
                .map(Stream::streamArn).toList(), "the streams client sees the client's tables");
    }

    @Test
    void tellsTheSelectedBackend(DynamoBackend backend) {
        assertEquals(DynamoBackend.selected(), backend);
    }

    /** Runs three times: a table left over from an earlier run would make createTable fail. */
    @RepeatedTest(3)
    void everyTestStartsWithNoTables() {
        assertEquals(List.of(), dynamo.listTables().tableNames());
        createTable(dynamo, "leftover");
        assertEquals(List.of("leftover"), dynamo.listTables().tableNames());
    }

    @Nested
    class Nested_ {
        DynamoDbClient inner;

        @Test
        void injectsIntoNestedAndEnclosingInstances() {
            assertSame(dynamo, inner);
            assertEquals(List.of(), inner.listTables().tableNames());
        }
    }

    static void createTable(DynamoDbClient client, String name) {
        client.createTable(table -> table.tableName(name)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .billingMode("PAY_PER_REQUEST"));
    }
}
