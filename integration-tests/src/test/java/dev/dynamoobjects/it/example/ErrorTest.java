package dev.dynamoobjects.it.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.exception.DynamoObjectsException;
import dev.dynamoobjects.exception.ThrottledException;
import dev.dynamoobjects.exception.ValidationException;
import dev.dynamoobjects.table.DynamoDatabase;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

/** How SDK errors surface: the runtime's exception, with table, key and the SDK's exception as cause. */
class ErrorTest {
    private static final Map<String, AttributeValue> KEY =
            Map.of("storeId", AttributeValue.fromS("s1"), "sku", AttributeValue.fromS("a"));

    @Test
    void throttlingAfterRetries() {
        SdkException cause = ProvisionedThroughputExceededException.builder()
                .message("Rate exceeded").awsErrorDetails(details("ProvisionedThroughputExceededException")).build();
        ThrottledException e = assertThrows(ThrottledException.class, () -> failingTable(cause).find("s1", "a"));
        assertSame(cause, e.getCause());
        assertEquals("product", e.table());
        assertEquals(KEY, e.key());
        assertTrue(e.getMessage().contains("Rate exceeded"), e.getMessage());
    }

    @Test
    void validationError() {
        SdkException cause = DynamoDbException.builder()
                .message("One or more parameter values were invalid").awsErrorDetails(details("ValidationException")).build();
        ValidationException e = assertThrows(ValidationException.class, () -> failingTable(cause).find("s1", "a"));
        assertSame(cause, e.getCause());
        assertEquals(KEY, e.key());
    }

    @Test
    void anyOtherServiceError() {
        SdkException cause = DynamoDbException.builder()
                .message("Internal server error").awsErrorDetails(details("InternalServerError")).build();
        DynamoObjectsException e = assertThrows(DynamoObjectsException.class, () -> failingTable(cause).find("s1", "a"));
        assertEquals(DynamoObjectsException.class, e.getClass());
        assertSame(cause, e.getCause());
    }

    @Test
    void clientSideError() {
        SdkException cause = SdkClientException.create("Unable to execute HTTP request");
        DynamoObjectsException e = assertThrows(DynamoObjectsException.class, () -> failingTable(cause).find("s1", "a"));
        assertSame(cause, e.getCause());
        assertTrue(e.getMessage().contains("Unable to execute HTTP request"), e.getMessage());
    }

    private static AwsErrorDetails details(String code) {
        return AwsErrorDetails.builder().errorCode(code).build();
    }

    /** A table whose every GetItem fails with {@code error}; creation is off, so nothing else is sent. */
    private static ProductTable failingTable(SdkException error) {
        DynamoDbClient client = new DynamoDbClient() {
            @Override
            public GetItemResponse getItem(GetItemRequest request) {
                throw error;
            }

            @Override
            public String serviceName() {
                return SERVICE_NAME;
            }

            @Override
            public void close() {
            }
        };
        return new ProductTable(DynamoDatabase.builder().client(client).createTables(false).build());
    }
}
