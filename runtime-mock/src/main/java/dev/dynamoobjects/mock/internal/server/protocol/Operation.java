package dev.dynamoobjects.mock.internal.server.protocol;

import java.lang.invoke.MethodHandle;
import software.amazon.awssdk.awscore.AwsRequest;
import software.amazon.awssdk.awscore.AwsResponse;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * One DynamoDB operation: how to make an empty request builder and which client method serves it.
 * Both are method handles resolved once, when the {@link OperationTable} is built.
 */
final class Operation {
    private final String name;
    private final MethodHandle newBuilder;
    private final MethodHandle call;

    Operation(String name, MethodHandle newBuilder, MethodHandle call) {
        this.name = name;
        this.newBuilder = newBuilder;
        this.call = call;
    }

    String name() {
        return name;
    }

    /** A new, empty request builder; SDK model builders are {@link SdkPojo}s the codec can fill. */
    SdkPojo newRequestBuilder() {
        try {
            return (SdkPojo) newBuilder.invokeExact();
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Builds the request and calls the client; the client's exceptions pass through unchanged. */
    AwsResponse invoke(Object client, SdkPojo requestBuilder) {
        AwsRequest request = (AwsRequest) ((SdkBuilder<?, ?>) requestBuilder).build();
        try {
            return (AwsResponse) call.invokeExact(client, (Object) request);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
