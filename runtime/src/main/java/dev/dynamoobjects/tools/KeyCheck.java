package dev.dynamoobjects.tools;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * The key attributes of a table and their types, to find an imported line without the table's key
 * before DynamoDB refuses a whole batch for it without saying which line it was.
 */
final class KeyCheck {
    private final Map<String, String> types = new LinkedHashMap<>();
    /** Whether an item is of the target's entity type; always true but for an entity table of a single table. */
    private final Predicate<Map<String, AttributeValue>> ofEntityType;

    KeyCheck(TableDescription table, Predicate<Map<String, AttributeValue>> ofEntityType) {
        this.ofEntityType = ofEntityType;
        Map<String, String> defined = table.attributeDefinitions().stream().collect(
                Collectors.toMap(AttributeDefinition::attributeName, AttributeDefinition::attributeTypeAsString));
        for (KeySchemaElement key : table.keySchema()) {
            types.put(key.attributeName(), defined.get(key.attributeName()));
        }
    }

    /** Returns what is wrong with the key of an item, as a clause, or null when nothing is. */
    String problem(Map<String, AttributeValue> item) {
        for (Map.Entry<String, String> key : types.entrySet()) {
            AttributeValue value = item.get(key.getKey());
            if (value == null) {
                return "it lacks the key attribute " + key.getKey() + " (the table's key is " + describe() + ")";
            }
            if (!value.type().toString().equals(key.getValue())) {
                return "its key attribute " + key.getKey() + " is of type " + value.type() + ", the table's is "
                        + key.getValue();
            }
        }
        if (!ofEntityType.test(item)) {
            return "it is not of the entity type of the table it is imported into, which shares its physical table with"
                    + " other types (import into the physical table by name to import every type)";
        }
        return null;
    }

    private String describe() {
        return types.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(" and "));
    }
}
