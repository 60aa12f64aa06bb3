package dev.dynamoobjects.mock.internal.server.protocol;

import java.util.Locale;
import java.util.function.Consumer;
import dev.dynamoobjects.mock.internal.server.codec.MalformedJsonException;
import dev.dynamoobjects.mock.internal.server.codec.PojoReader;
import dev.dynamoobjects.mock.internal.server.codec.PojoWriter;
import dev.dynamoobjects.mock.internal.server.http.HttpHandler;
import dev.dynamoobjects.mock.internal.server.http.HttpRequest;
import dev.dynamoobjects.mock.internal.server.http.HttpResponse;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * DynamoDB's JSON 1.0 protocol over any {@link DynamoDbClient}: reads the operation from
 * {@code X-Amz-Target}, the request from the body, calls the client, and writes its response or
 * exception back as DynamoDB does. DynamoDB Streams' protocol ({@code DynamoDBStreams_20120810.*})
 * is served on the same port when a streams client is given, as DynamoDB Local serves it.
 *
 * <pre>{@code
 * HttpHandler handler = new DynamoProtocol(client, streams, RequestAuthenticator.ANYONE, System.err::println);
 * }</pre>
 */
public final class DynamoProtocol implements HttpHandler {
    private static final String TARGET_PREFIX = "DynamoDB_20120810.";
    private static final String STREAMS_TARGET_PREFIX = "DynamoDBStreams_20120810.";
    private static final String HEALTHY = "healthy: dynamo-objects";

    private final DynamoDbClient client;
    private final DynamoDbStreamsClient streams;
    private final RequestAuthenticator authenticator;
    private final Consumer<String> errorLog;

    /**
     * Serves {@code client} and {@code streams} (null: no streams protocol), letting in what
     * {@code authenticator} accepts, logging failures to {@code errorLog}.
     */
    public DynamoProtocol(DynamoDbClient client, DynamoDbStreamsClient streams, RequestAuthenticator authenticator,
                          Consumer<String> errorLog) {
        this.client = client;
        this.streams = streams;
        this.authenticator = authenticator;
        this.errorLog = errorLog;
    }

    @Override
    public HttpResponse handle(HttpRequest request) {
        if (request.method().equals("GET") && request.path().equals("/")) {
            return ResponseFactory.text(200, HEALTHY);
        }
        String contentType = jsonContentType(request);
        if (!request.method().equals("POST") || contentType == null) {
            return ResponseFactory.notAnOperation();
        }
        try {
            authenticator.authenticate(request);
            return ResponseFactory.json(200, contentType, serve(request));
        } catch (ProtocolError e) {
            errorLog.accept("client " + request.client() + ": " + e.errorCode() + ": " + e.getMessage());
            return ResponseFactory.json(e.status(), contentType, ErrorBodies.of(e));
        } catch (AwsServiceException e) {
            return ResponseFactory.json(e.statusCode(), contentType, ErrorBodies.of(e));
        } catch (UnsupportedOperationException e) {
            ProtocolError error = new ProtocolError("UnknownOperationException", 400,
                    ProtocolMessages.notSupported(operationName(request)));
            return ResponseFactory.json(400, contentType, ErrorBodies.of(error));
        } catch (RuntimeException e) {
            errorLog.accept("client " + request.client() + ": InternalServerError in " + operationName(request)
                    + ": " + e);
            ProtocolError error = new ProtocolError("InternalServerError", 500, ProtocolMessages.INTERNAL_ERROR);
            return ResponseFactory.json(500, contentType, ErrorBodies.of(error));
        }
    }

    private byte[] serve(HttpRequest request) {
        boolean streamsTarget = streams != null && isStreamsTarget(request);
        OperationTable operations = streamsTarget ? OperationTable.STREAMS : OperationTable.DYNAMODB;
        Operation operation = operations.find(operationName(request)).orElseThrow(() -> ProtocolError.withoutMessage(
                "UnknownOperationException", 400, ProtocolMessages.UNKNOWN_OPERATION));
        SdkPojo builder = operation.newRequestBuilder();
        try {
            PojoReader.read(request.body(), builder);
        } catch (MalformedJsonException e) {
            throw e.sent() ? new ProtocolError("SerializationException", 400, e.getMessage())
                    : ProtocolError.withoutMessage("SerializationException", 400, e.getMessage());
        }
        return PojoWriter.write(operation.invoke(streamsTarget ? streams : client, builder));
    }

    private static boolean isStreamsTarget(HttpRequest request) {
        String target = request.headers().first("x-amz-target");
        return target != null && target.startsWith(STREAMS_TARGET_PREFIX);
    }

    private String operationName(HttpRequest request) {
        String target = request.headers().first("x-amz-target");
        if (target != null && target.startsWith(TARGET_PREFIX)) {
            return target.substring(TARGET_PREFIX.length());
        }
        if (streams != null && target != null && target.startsWith(STREAMS_TARGET_PREFIX)) {
            return target.substring(STREAMS_TARGET_PREFIX.length());
        }
        return "";
    }

    /**
     * The response's content type: DynamoDB answers in the JSON flavour it was asked in, and treats
     * a body of any other type as no operation at all.
     */
    private static String jsonContentType(HttpRequest request) {
        String header = request.headers().first("content-type");
        String type = header == null ? "" : header.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (type.equals(ResponseFactory.JSON_1_0) || type.equals("application/json")) {
            return type;
        }
        return type.isEmpty() && request.body().length == 0 ? ResponseFactory.JSON_1_0 : null;
    }
}
