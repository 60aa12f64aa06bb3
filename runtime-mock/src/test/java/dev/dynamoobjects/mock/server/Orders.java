package dev.dynamoobjects.mock.server;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The conformance tests' table: orders keyed by customer (string) and order number (number). */
final class Orders {
    static final String TABLE = "orders";

    private Orders() {
    }

    static String create(DynamoDbClient client) {
        return client.createTable(b -> b.tableName(TABLE)
                .attributeDefinitions(attribute("customer", ScalarAttributeType.S),
                        attribute("orderNo", ScalarAttributeType.N))
                .keySchema(key("customer", KeyType.HASH), key("orderNo", KeyType.RANGE))
                .billingMode(BillingMode.PAY_PER_REQUEST)).tableDescription().tableName();
    }

    static Map<String, AttributeValue> order(String customer, int orderNo, int amount) {
        return Map.of("customer", s(customer), "orderNo", n(Integer.toString(orderNo)),
                "amount", n(Integer.toString(amount)));
    }

    static Map<String, AttributeValue> orderKey(String customer, String orderNo) {
        return Map.of("customer", s(customer), "orderNo", n(orderNo));
    }

    static List<String> amounts(List<Map<String, AttributeValue>> items) {
        return items.stream().map(i -> i.get("amount").n()).collect(Collectors.toList());
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(String value) {
        return AttributeValue.fromN(value);
    }

    static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    private static AttributeDefinition attribute(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
    }
}
