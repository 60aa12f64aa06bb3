package dev.dynamoobjects.mock.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Short builders for the conformance tests, which run on the embedded engine and on DynamoDB Local. */
final class Fixtures {
    private Fixtures() {
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(String value) {
        return AttributeValue.fromN(value);
    }

    static KeySchemaElement hash(String name) {
        return KeySchemaElement.builder().attributeName(name).keyType(KeyType.HASH).build();
    }

    static KeySchemaElement range(String name) {
        return KeySchemaElement.builder().attributeName(name).keyType(KeyType.RANGE).build();
    }

    static AttributeDefinition attribute(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
    }

    /** Creates an on-demand table keyed by the string {@code id}. */
    static void hashTable(DynamoDbClient dynamo, String name) {
        dynamo.createTable(b -> b.tableName(name).keySchema(hash("id"))
                .attributeDefinitions(attribute("id", ScalarAttributeType.S))
                .billingMode(BillingMode.PAY_PER_REQUEST));
    }

    /** Creates an on-demand table keyed by the string {@code pk} and the number {@code sk}. */
    static void sortedTable(DynamoDbClient dynamo, String name) {
        dynamo.createTable(b -> b.tableName(name).keySchema(hash("pk"), range("sk"))
                .attributeDefinitions(attribute("pk", ScalarAttributeType.S), attribute("sk", ScalarAttributeType.N))
                .billingMode(BillingMode.PAY_PER_REQUEST));
    }

    /** Asserts that the call fails with DynamoDB's error code and message text, and returns the error. */
    static <T extends DynamoDbException> T assertError(Class<T> type, String code, String message, Executable call) {
        T error = assertThrows(type, call);
        assertEquals(code, error.awsErrorDetails().errorCode());
        assertEquals(message, error.awsErrorDetails().errorMessage());
        assertEquals(400, error.statusCode());
        return error;
    }

    /** Asserts a ValidationException with this message. */
    static DynamoDbException assertValidation(String message, Executable call) {
        return assertError(DynamoDbException.class, "ValidationException", message, call);
    }

    static Map<String, AttributeValue> item(Object... namesAndValues) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            item.put((String) namesAndValues[i], (AttributeValue) namesAndValues[i + 1]);
        }
        return item;
    }
}
