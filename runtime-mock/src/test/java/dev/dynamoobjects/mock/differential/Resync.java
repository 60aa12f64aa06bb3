package dev.dynamoobjects.mock.differential;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;

/**
 * Makes one backend hold exactly what the other holds, after a write they answered differently:
 * otherwise every later read of that item would differ too, and the report would bury the one cause
 * under its echoes.
 */
final class Resync {
    private Resync() {
    }

    private static final List<String> WRITES = List.of("PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem",
            "TransactWriteItems");

    /** Control-plane requests that change tables: after one answered differently, both start again with none. */
    private static final List<String> TABLE_CHANGES = List.of("CreateTable", "UpdateTable", "DeleteTable",
            "UpdateTimeToLive");

    /** Copies every table of {@code from} into {@code to} when the operation may have written. */
    static void afterWrite(Operation operation, DynamoDbClient from, DynamoDbClient to) {
        if (WRITES.stream().anyMatch(operation.label()::startsWith)) {
            tables(from, to);
        } else if (TABLE_CHANGES.stream().anyMatch(operation.label()::startsWith)) {
            dropTables(from);
            dropTables(to);
        }
    }

    private static void dropTables(DynamoDbClient client) {
        for (String table : client.listTables().tableNames()) {
            if (Boolean.TRUE.equals(client.describeTable(d -> d.tableName(table)).table().deletionProtectionEnabled())) {
                client.updateTable(u -> u.tableName(table).deletionProtectionEnabled(false));
            }
            client.deleteTable(d -> d.tableName(table));
        }
    }

    private static void tables(DynamoDbClient from, DynamoDbClient to) {
        tables(from, to, from.listTables().tableNames());
    }

    /** Copies the {@code tables} of {@code from} into {@code to}, whatever the last operation was. */
    static void tables(DynamoDbClient from, DynamoDbClient to, List<String> tables) {
        for (String table : tables) {
            List<String> keys = from.describeTable(d -> d.tableName(table)).table().keySchema().stream()
                    .map(KeySchemaElement::attributeName).toList();
            to.scanPaginator(s -> s.tableName(table)).items()
                    .forEach(item -> to.deleteItem(d -> d.tableName(table).key(keyOf(item, keys))));
            from.scanPaginator(s -> s.tableName(table)).items().forEach(item -> {
                if (!copied(to, table, item)) {
                    from.deleteItem(d -> d.tableName(table).key(keyOf(item, keys)));
                }
            });
        }
    }

    /**
     * Copies an item, or returns false for one DynamoDB would not hold: DynamoDB Local lets an
     * UpdateItem give an index key the wrong type, which DynamoDB and the engine refuse. Such an
     * item is then deleted from where it came from too, so that the two agree again.
     */
    private static boolean copied(DynamoDbClient to, String table, Map<String, AttributeValue> item) {
        try {
            to.putItem(p -> p.tableName(table).item(item));
            return true;
        } catch (DynamoDbException e) {
            if (!e.getMessage().contains("Type mismatch for Index Key")) {
                throw e;
            }
            return false;
        }
    }

    private static Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item, List<String> keys) {
        return keys.stream().collect(Collectors.toMap(name -> name, item::get));
    }
}
