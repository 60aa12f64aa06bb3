package dev.dynamoobjects.mock.internal.expression;

import dev.dynamoobjects.mock.local.DynamoDbLocal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Answers {@link ExpressionCase}s with the JVM's shared DynamoDB Local (3.1.0, in process, no
 * native-library set-up needed). Call {@link #prepare()} before a test class's cases: other tests
 * may delete every table of the shared instance.
 */
final class LocalDynamo {
    static final String ITEMS = "expression_items";
    static final String RANGES = "expression_ranges";
    private static final AttributeValue KEY = AttributeValue.fromS("k");

    private LocalDynamo() {
    }

    private static DynamoDbClient client() {
        return DynamoDbLocal.shared().client();
    }

    /** Creates the two tables the cases use, unless they exist. */
    static void prepare() {
        DynamoDbClient dynamo = client();
        List<String> tables = dynamo.listTables().tableNames();
        if (!tables.contains(ITEMS)) {
            dynamo.createTable(b -> b.tableName(ITEMS).billingMode(BillingMode.PAY_PER_REQUEST)
                    .keySchema(key("id", KeyType.HASH))
                    .attributeDefinitions(attribute("id", ScalarAttributeType.S)));
        }
        if (!tables.contains(RANGES)) {
            dynamo.createTable(b -> b.tableName(RANGES).billingMode(BillingMode.PAY_PER_REQUEST)
                    .keySchema(key("id", KeyType.HASH), key("sk", KeyType.RANGE))
                    .attributeDefinitions(attribute("id", ScalarAttributeType.S), attribute("sk", ScalarAttributeType.N)));
            for (int i = 0; i < 5; i++) {
                Map<String, AttributeValue> item = Map.of("id", AttributeValue.fromS("p"), "sk", AttributeValue.fromN("" + i));
                dynamo.putItem(b -> b.tableName(RANGES).item(item));
            }
        }
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    private static AttributeDefinition attribute(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
    }

    /** DynamoDB Local's answer: "true"/"false", "error: message", an item or a list of sort keys. */
    static String answer(ExpressionCase c) {
        DynamoDbClient dynamo = client();
        dynamo.deleteItem(b -> b.tableName(ITEMS).key(Map.of("id", KEY)));
        Map<String, AttributeValue> stored = c.storedItem();
        if (stored != null) {
            dynamo.putItem(b -> b.tableName(ITEMS).item(stored));
        }
        try {
            return run(dynamo, c);
        } catch (ConditionalCheckFailedException e) {
            return "false";
        } catch (DynamoDbException e) {
            return "error: " + e.awsErrorDetails().errorMessage();
        }
    }

    private static String run(DynamoDbClient dynamo, ExpressionCase c) {
        Map<String, String> names = c.nameMap();
        Map<String, AttributeValue> values = c.valueMap();
        switch (c.operation()) {
            case "cond":
                // The condition needs an update to guard; it uses a placeholder of its own.
                Map<String, AttributeValue> withProbe = values == null ? new HashMap<>() : new HashMap<>(values);
                withProbe.put(":probe", AttributeValue.fromS("x"));
                dynamo.updateItem(b -> b.tableName(ITEMS).key(Map.of("id", KEY)).conditionExpression(c.expression())
                        .updateExpression("SET probe = :probe").expressionAttributeNames(names)
                        .expressionAttributeValues(withProbe));
                return "true";
            case "filter":
                int count = dynamo.scan(b -> b.tableName(ITEMS).filterExpression(c.expression())
                        .expressionAttributeNames(names).expressionAttributeValues(values)).count();
                return Boolean.toString(count == 1);
            case "upd":
                return update(dynamo, c, ReturnValue.ALL_NEW);
            case "updold":
                return update(dynamo, c, ReturnValue.UPDATED_OLD);
            case "updnew":
                return update(dynamo, c, ReturnValue.UPDATED_NEW);
            case "proj":
                return Canonical.of(dynamo.getItem(b -> b.tableName(ITEMS).key(Map.of("id", KEY))
                        .projectionExpression(c.expression()).expressionAttributeNames(names)).item());
            case "query":
                return dynamo.query(b -> b.tableName(RANGES).keyConditionExpression(c.expression())
                        .expressionAttributeNames(names).expressionAttributeValues(values))
                        .items().stream().map(item -> item.get("sk").n()).toList().toString();
            default:
                throw new IllegalArgumentException(c.operation());
        }
    }

    private static String update(DynamoDbClient dynamo, ExpressionCase c, ReturnValue returnValue) {
        return Canonical.of(dynamo.updateItem(b -> b.tableName(ITEMS).key(Map.of("id", KEY))
                .updateExpression(c.expression()).expressionAttributeNames(c.nameMap())
                .expressionAttributeValues(c.valueMap()).returnValues(returnValue)).attributes());
    }
}
