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

/**
 * DynamoDB's JSON 1.0 protocol over any {@link DynamoDbClient}: reads the operation from
 * {@code X-Amz-Target}, the request from the body, calls the client, and writes its response or
 * exception back as DynamoDB does.
 *
 * <pre>{@code
 * HttpHandler handler = new DynamoProtocol(client, RequestAuthenticator.ANYONE, System.err::println);
 * }</pre>
 */
public final class DynamoProtocol implements HttpHandler {
    private static final String TARGET_PREFIX = "DynamoDB_20120810.";
    private static final String HEALTHY = "healthy: dynamo-objects";

    private final DynamoDbClient client;
    private final RequestAuthenticator authenticator;
    private final Consumer<String> errorLog;

    /** Serves {@code client}, letting in what {@code authenticator} accepts, logging failures to {@code errorLog}. */
    public DynamoProtocol(DynamoDbClient client, RequestAuthenticator authenticator, Consumer<String> errorLog) {
        this.client = client;
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
            errorLog.accept(e.errorCode() + ": " + e.getMessage());
            return ResponseFactory.json(e.status(), contentType, ErrorBodies.of(e));
        } catch (AwsServiceException e) {
            return ResponseFactory.json(e.statusCode(), contentType, ErrorBodies.of(e));
        } catch (UnsupportedOperationException e) {
            ProtocolError error = new ProtocolError("UnknownOperationException", 400,
                    ProtocolMessages.notSupported(operationName(request)));
            return ResponseFactory.json(400, contentType, ErrorBodies.of(error));
        } catch (RuntimeException e) {
            errorLog.accept("InternalServerError in " + operationName(request) + ": " + e);
            ProtocolError error = new ProtocolError("InternalServerError", 500, ProtocolMessages.INTERNAL_ERROR);
            return ResponseFactory.json(500, contentType, ErrorBodies.of(error));
        }
    }

    private byte[] serve(HttpRequest request) {
        Operation operation = OperationTable.find(operationName(request)).orElseThrow(() ->
                new ProtocolError("UnknownOperationException", 400, ProtocolMessages.UNKNOWN_OPERATION));
        SdkPojo builder = operation.newRequestBuilder();
        try {
            PojoReader.read(request.body(), builder);
        } catch (MalformedJsonException e) {
            throw new ProtocolError("SerializationException", 400, e.getMessage());
        }
        return PojoWriter.write(operation.invoke(client, builder));
    }

    private static String operationName(HttpRequest request) {
        String target = request.headers().first("x-amz-target");
        return target != null && target.startsWith(TARGET_PREFIX) ? target.substring(TARGET_PREFIX.length()) : "";
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
