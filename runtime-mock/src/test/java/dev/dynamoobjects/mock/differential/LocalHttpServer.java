package dev.dynamoobjects.mock.differential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * DynamoDB Local's own HTTP server (Jetty, in this JVM, in memory): the reference of the raw-HTTP
 * differential run, which has to reach DynamoDB Local through its wire protocol, not its in-process
 * client. One database for every credential ({@code -sharedDb}), so the signature's access key does
 * not pick the tables.
 */
final class LocalHttpServer implements AutoCloseable {
    private final DynamoDBProxyServer server;
    private final URI endpoint;

    private LocalHttpServer(DynamoDBProxyServer server, int port) {
        this.server = server;
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/");
    }

    static LocalHttpServer start() {
        int port = freePort();
        try {
            DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(new String[] {
                "-inMemory", "-sharedDb", "-disableTelemetry", "-port", Integer.toString(port)});
            server.start();
            return new LocalHttpServer(server, port);
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local's HTTP server did not start on port " + port, e);
        }
    }

    URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local's HTTP server did not stop", e);
        }
    }

    /** A port free now; DynamoDB Local takes a port number, not a bound socket. */
    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
