package dev.dynamoobjects.benchmarks.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;

/**
 * The least a backend can do for the throughput benchmark (one table, keyed by its {@code pk}
 * string): under the server it leaves the cost of the server itself, HTTP and codec, alone.
 */
final class MapBackedClient implements DynamoDbClient {
    private final Map<String, Map<String, AttributeValue>> items = new ConcurrentHashMap<>();

    @Override
    public CreateTableResponse createTable(CreateTableRequest request) {
        return CreateTableResponse.builder().build();
    }

    @Override
    public PutItemResponse putItem(PutItemRequest request) {
        items.put(request.item().get("pk").s(), request.item());
        return PutItemResponse.builder().build();
    }

    @Override
    public GetItemResponse getItem(GetItemRequest request) {
        return GetItemResponse.builder().item(items.get(request.key().get("pk").s())).build();
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
    }
}
