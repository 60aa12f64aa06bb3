package dev.dynamoobjects.it.example;

import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/** Passes the calls the tests need to the backend, counting {@code CreateTable} and {@code DescribeTable}. */
final class CountingClient implements DynamoDbClient {
    final AtomicInteger creates = new AtomicInteger();
    final AtomicInteger describes = new AtomicInteger();
    private final DynamoDbClient backend;

    CountingClient(DynamoDbClient backend) {
        this.backend = backend;
    }

    @Override
    public CreateTableResponse createTable(CreateTableRequest request) {
        creates.incrementAndGet();
        return backend.createTable(request);
    }

    @Override
    public DescribeTableResponse describeTable(DescribeTableRequest request) {
        describes.incrementAndGet();
        return backend.describeTable(request);
    }

    @Override
    public GetItemResponse getItem(GetItemRequest request) {
        return backend.getItem(request);
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
    }
}
