package dev.dynamoobjects.mock.internal.server.protocol;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.awscore.AwsResponse;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbStreamsRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbStreamsResponse;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Every operation of one SDK client interface ({@link DynamoDbClient}, or {@link DynamoDbStreamsClient}
 * for the streams protocol), by its wire name ({@code GetItem}), derived from the SDK's own
 * conventions: operation {@code Xxx} is the client method {@code xxx(XxxRequest)} returning
 * {@code XxxResponse}, and {@code XxxRequest.builder()} makes its request.
 *
 * <p>Each operation is bound on first use and kept: binding all of them up front would load every
 * model class of the SDK (about 250) before the first answer, which is most of the start-up time.
 * After that, finding an operation is a map access and calling it a method-handle call.
 */
final class OperationTable {
    static final OperationTable DYNAMODB =
            new OperationTable(DynamoDbClient.class, DynamoDbRequest.class, DynamoDbResponse.class);
    static final OperationTable STREAMS =
            new OperationTable(DynamoDbStreamsClient.class, DynamoDbStreamsRequest.class, DynamoDbStreamsResponse.class);
    private static final String MODEL_PACKAGE = DynamoDbRequest.class.getPackageName() + '.';
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.publicLookup();

    private final Class<?> clientType;
    private final Class<?> requestBase;
    private final Class<?> responseBase;
    private final Map<String, Operation> bound = new ConcurrentHashMap<>();

    private OperationTable(Class<?> clientType, Class<?> requestBase, Class<?> responseBase) {
        this.clientType = clientType;
        this.requestBase = requestBase;
        this.responseBase = responseBase;
    }

    Optional<Operation> find(String name) {
        Operation operation = bound.get(name);
        if (operation == null) {
            operation = bind(name);
            if (operation != null) {
                bound.putIfAbsent(name, operation);
            }
        }
        return Optional.ofNullable(operation);
    }

    /** The operation called {@code name}, or null when the client has no such operation. */
    private Operation bind(String name) {
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
            return null;
        }
        try {
            Class<?> request = Class.forName(MODEL_PACKAGE + name + "Request");
            Class<?> response = Class.forName(MODEL_PACKAGE + name + "Response");
            if (!requestBase.isAssignableFrom(request) || !responseBase.isAssignableFrom(response)) {
                return null;
            }
            String method = Character.toLowerCase(name.charAt(0)) + name.substring(1);
            MethodHandle call = LOOKUP.findVirtual(clientType, method, MethodType.methodType(response, request))
                    .asType(MethodType.methodType(AwsResponse.class, Object.class, Object.class));
            Class<?> builderType = Class.forName(request.getName() + "$Builder");
            MethodHandle builder = LOOKUP.findStatic(request, "builder", MethodType.methodType(builderType))
                    .asType(MethodType.methodType(SdkPojo.class));
            return new Operation(name, builder, call);
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }
}
