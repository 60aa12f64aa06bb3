package dev.dynamoobjects.mock.internal.server.http;

import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;

/** Serves the requests of one keep-alive connection, one after the other, on its own thread. */
final class HttpConnection implements Runnable {
    private final Socket socket;
    private final HttpHandler handler;
    private final HttpLimits limits;
    private final Consumer<String> errorLog;
    private final Runnable onClose;

    HttpConnection(Socket socket, HttpHandler handler, HttpLimits limits, Consumer<String> errorLog,
                   Runnable onClose) {
        this.socket = socket;
        this.handler = handler;
        this.limits = limits;
        this.errorLog = errorLog;
        this.onClose = onClose;
    }

    @Override
    public void run() {
        try (socket) {
            socket.setSoTimeout((int) limits.idleTimeout().toMillis());
            socket.setTcpNoDelay(true);
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 16384);
            HttpRequestReader reader = new HttpRequestReader(new HttpInput(socket.getInputStream()), out, limits);
            serve(reader, out);
        } catch (IOException e) {
            // Closing a connection that is already broken: nothing left to tell anyone.
        } finally {
            onClose.run();
        }
    }

    private void serve(HttpRequestReader reader, OutputStream out) throws IOException {
        try {
            for (HttpRequest request = reader.read(); request != null; request = reader.read()) {
                boolean keepAlive = keepAlive(request);
                HttpResponses.write(out, handler.handle(request), keepAlive);
                if (!keepAlive) {
                    return;
                }
            }
        } catch (HttpProtocolException e) {
            errorLog.accept(describe() + ": " + e.getMessage() + " (HTTP " + e.status() + ")");
            HttpResponses.write(out, new HttpResponse(e.status(), Map.of(), new byte[0]), false);
        } catch (SocketTimeoutException e) {
            // An idle keep-alive connection reaching its timeout is routine; closing it is the answer.
        } catch (EOFException e) {
            errorLog.accept(describe() + ": " + e.getMessage());
        } catch (IOException e) {
            if (!socket.isClosed()) {
                errorLog.accept(describe() + ": " + e.getMessage());
            }
        }
    }

    private static boolean keepAlive(HttpRequest request) {
        String connection = request.headers().first("connection");
        return connection == null || !connection.equalsIgnoreCase("close");
    }

    private String describe() {
        return "connection from " + socket.getRemoteSocketAddress();
    }

    /** Writes the minimal refusal used when the server is at its connection limit. */
    static void refuse(Socket socket) {
        try (socket) {
            socket.getOutputStream().write(
                    "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            // The client went away first.
        }
    }
}
