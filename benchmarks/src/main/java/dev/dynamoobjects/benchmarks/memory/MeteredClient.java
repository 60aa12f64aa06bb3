package dev.dynamoobjects.benchmarks.memory;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.utils.builder.SdkBuilder;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Passes every call to a backend, counting requests by operation and asking the backend for the
 * capacity each item request consumed ({@code ReturnConsumedCapacity TOTAL}), summed.
 */
final class MeteredClient implements InvocationHandler {
    private static final ReturnConsumedCapacity TOTAL = ReturnConsumedCapacity.TOTAL;

    private final DynamoDbClient backend;
    private final Map<String, Long> requests = new TreeMap<>();
    private double capacityUnits;

    private MeteredClient(DynamoDbClient backend) {
        this.backend = backend;
    }

    static MeteredClient on(DynamoDbClient backend) {
        return new MeteredClient(backend);
    }

    DynamoDbClient client() {
        return (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(),
                new Class<?>[] {DynamoDbClient.class}, this);
    }

    synchronized Map<String, Long> requests() {
        return new TreeMap<>(requests);
    }

    synchronized long totalRequests() {
        return requests.values().stream().mapToLong(Long::longValue).sum();
    }

    synchronized double capacityUnits() {
        return capacityUnits;
    }

    synchronized void reset() {
        requests.clear();
        capacityUnits = 0;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class || method.getName().equals("close")
                || method.getName().equals("serviceName")) {
            return method.invoke(backend, args);
        }
        if (args != null && args[0] instanceof Consumer<?> consumer) {
            return invokeWithRequest(proxy, method, consumer);
        }
        Object request = args == null ? null : args[0];
        count(Character.toUpperCase(method.getName().charAt(0)) + method.getName().substring(1));
        if (request instanceof GetItemRequest get) {
            GetItemResponse response = backend.getItem(get.toBuilder().returnConsumedCapacity(TOTAL).build());
            add(response.consumedCapacity());
            return response;
        }
        if (request instanceof PutItemRequest put) {
            PutItemResponse response = backend.putItem(put.toBuilder().returnConsumedCapacity(TOTAL).build());
            add(response.consumedCapacity());
            return response;
        }
        if (request instanceof BatchGetItemRequest get) {
            BatchGetItemResponse response = backend.batchGetItem(get.toBuilder().returnConsumedCapacity(TOTAL).build());
            add(response.consumedCapacity());
            return response;
        }
        if (request instanceof BatchWriteItemRequest write) {
            BatchWriteItemResponse response =
                    backend.batchWriteItem(write.toBuilder().returnConsumedCapacity(TOTAL).build());
            add(response.consumedCapacity());
            return response;
        }
        try {
            return method.invoke(backend, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Builds the request a {@code Consumer<Builder>} overload describes, and sends it through the metered path. */
    @SuppressWarnings("unchecked")
    private Object invokeWithRequest(Object proxy, Method method, Consumer<?> consumer) throws Throwable {
        String requestType = "software.amazon.awssdk.services.dynamodb.model."
                + Character.toUpperCase(method.getName().charAt(0)) + method.getName().substring(1) + "Request";
        Class<?> requestClass = Class.forName(requestType);
        Object builder = requestClass.getMethod("builder").invoke(null);
        ((Consumer<Object>) consumer).accept(builder);
        Object request = ((SdkBuilder<?, ?>) builder).build();
        return invoke(proxy, DynamoDbClient.class.getMethod(method.getName(), requestClass), new Object[] {request});
    }

    private synchronized void count(String operation) {
        requests.merge(operation, 1L, Long::sum);
    }

    private synchronized void add(ConsumedCapacity consumed) {
        if (consumed != null && consumed.capacityUnits() != null) {
            capacityUnits += consumed.capacityUnits();
        }
    }

    private void add(List<ConsumedCapacity> consumed) {
        consumed.forEach(this::add);
    }
}
