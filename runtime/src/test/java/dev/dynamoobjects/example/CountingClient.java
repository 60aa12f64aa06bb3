package dev.dynamoobjects.example;

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

    @Override
    public CreateTableResponse createTable(CreateTableRequest request) {
        creates.incrementAndGet();
        return Backend.CLIENT.createTable(request);
    }

    @Override
    public DescribeTableResponse describeTable(DescribeTableRequest request) {
        describes.incrementAndGet();
        return Backend.CLIENT.describeTable(request);
    }

    @Override
    public GetItemResponse getItem(GetItemRequest request) {
        return Backend.CLIENT.getItem(request);
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
    }
}
