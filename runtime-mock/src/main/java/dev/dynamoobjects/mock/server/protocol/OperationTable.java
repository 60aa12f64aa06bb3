package dev.dynamoobjects.mock.server.protocol;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;

/**
 * Every operation of {@link DynamoDbClient}, by its wire name ({@code GetItem}), derived from the
 * SDK itself: each {@code xxx(XxxRequest)} method of the client interface is the operation whose
 * name is the request class's name without {@code Request}. Built once; looking an operation up is
 * a map access, calling it a method-handle call.
 */
final class OperationTable {
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.publicLookup();
    private static final Map<String, Operation> OPERATIONS = discover();

    private OperationTable() {
    }

    static Optional<Operation> find(String name) {
        return Optional.ofNullable(OPERATIONS.get(name));
    }

    static int size() {
        return OPERATIONS.size();
    }

    private static Map<String, Operation> discover() {
        Map<String, Operation> operations = new HashMap<>();
        for (Method method : DynamoDbClient.class.getMethods()) {
            if (isOperation(method)) {
                Operation operation = operation(method);
                operations.put(operation.name(), operation);
            }
        }
        return Map.copyOf(operations);
    }

    private static boolean isOperation(Method method) {
        return !Modifier.isStatic(method.getModifiers())
                && method.getParameterCount() == 1
                && DynamoDbRequest.class.isAssignableFrom(method.getParameterTypes()[0])
                && DynamoDbResponse.class.isAssignableFrom(method.getReturnType());
    }

    private static Operation operation(Method method) {
        Class<?> requestType = method.getParameterTypes()[0];
        String name = requestType.getSimpleName().replaceFirst("Request$", "");
        try {
            MethodHandle builder = LOOKUP.findStatic(requestType, "builder",
                            MethodType.methodType(requestType.getMethod("builder").getReturnType()))
                    .asType(MethodType.methodType(SdkPojo.class));
            MethodHandle call = LOOKUP.unreflect(method)
                    .asType(MethodType.methodType(DynamoDbResponse.class, DynamoDbClient.class, Object.class));
            return new Operation(name, builder, call);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot bind DynamoDB operation " + name, e);
        }
    }
}
