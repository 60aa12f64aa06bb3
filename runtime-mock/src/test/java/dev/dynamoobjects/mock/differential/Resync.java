package dev.dynamoobjects.mock.differential;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;

/**
 * Makes the candidate hold exactly what the reference holds, after a mismatch: otherwise one write
 * answered differently would make every later read of that item differ too, and the report would
 * bury the one cause under its echoes.
 */
final class Resync {
    private Resync() {
    }

    static void tables(DynamoDbClient reference, DynamoDbClient candidate) {
        for (String table : reference.listTables().tableNames()) {
            List<String> keys = reference.describeTable(d -> d.tableName(table)).table().keySchema().stream()
                    .map(KeySchemaElement::attributeName).toList();
            candidate.scanPaginator(s -> s.tableName(table)).items()
                    .forEach(item -> candidate.deleteItem(d -> d.tableName(table).key(keyOf(item, keys))));
            reference.scanPaginator(s -> s.tableName(table)).items().forEach(item -> {
                if (!copied(candidate, table, item)) {
                    reference.deleteItem(d -> d.tableName(table).key(keyOf(item, keys)));
                }
            });
        }
    }

    /**
     * Copies an item, or returns false for one DynamoDB would not hold: DynamoDB Local lets an
     * UpdateItem give an index key the wrong type, which DynamoDB and the engine refuse. Such an
     * item is then deleted from the reference too, so that the two agree again.
     */
    private static boolean copied(DynamoDbClient candidate, String table, Map<String, AttributeValue> item) {
        try {
            candidate.putItem(p -> p.tableName(table).item(item));
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
