package dev.dynamoobjects.mock.internal.server.http;

import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Serves the requests of one keep-alive connection, one after the other, on its own thread. Between
 * requests it is idle, and the server may close it to make room for a new connection; from the first
 * byte of a request until its response is written it is busy, and nothing closes it but the server's
 * own shutdown.
 */
final class HttpConnection implements Runnable {
    private static final long BUSY = Long.MIN_VALUE;
    private static final long CLOSED = Long.MIN_VALUE + 1;

    private final Socket socket;
    private final HttpHandler handler;
    private final HttpLimits limits;
    private final Consumer<String> errorLog;
    private final Consumer<HttpConnection> onClose;
    /** {@link System#nanoTime()} when it last turned idle, or {@link #BUSY} or {@link #CLOSED}. */
    private final AtomicLong idleSince = new AtomicLong(System.nanoTime());

    HttpConnection(Socket socket, HttpHandler handler, HttpLimits limits, Consumer<String> errorLog,
                   Consumer<HttpConnection> onClose) {
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
            HttpRequestReader reader = new HttpRequestReader(new HttpInput(socket.getInputStream()), out, limits,
                    client(socket));
            serve(reader, out);
        } catch (IOException e) {
            // Closing a connection that is already broken: nothing left to tell anyone.
        } finally {
            onClose.accept(this);
        }
    }

    private void serve(HttpRequestReader reader, OutputStream out) throws IOException {
        try {
            while (reader.awaitRequest() && turnBusy()) {
                HttpRequest request = reader.read();
                boolean keepAlive = keepAlive(request);
                HttpResponse response = handler.handle(request);
                // Timed before the write: a client's next request on another connection, sent once this
                // answer arrived, must find this connection idle for longer, however late this thread runs on.
                long answered = System.nanoTime();
                HttpResponses.write(out, response, keepAlive);
                if (!keepAlive) {
                    return;
                }
                idleSince.set(answered);
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

    /** Whether it waits for a request, and may be closed to make room. */
    boolean isIdle() {
        long since = idleSince.get();
        return since != BUSY && since != CLOSED;
    }

    /** When it turned idle, as {@link System#nanoTime()}; meaningful only while {@link #isIdle()}. */
    long idleSince() {
        return idleSince.get();
    }

    /** Closes it if it is still idle: a request that has begun to arrive is always served. */
    boolean evictIfIdle() {
        long since = idleSince.get();
        if (since == BUSY || since == CLOSED || !idleSince.compareAndSet(since, CLOSED)) {
            return false;
        }
        close();
        return true;
    }

    /** Closes the socket, which ends the connection's thread. */
    void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // Already closed.
        }
    }

    /** False when the server closed it to make room just as the request arrived. */
    private boolean turnBusy() {
        long since = idleSince.get();
        return since != CLOSED && idleSince.compareAndSet(since, BUSY);
    }

    private static boolean keepAlive(HttpRequest request) {
        String connection = request.headers().first("connection");
        return connection == null || !connection.equalsIgnoreCase("close");
    }

    private String describe() {
        return "client " + client(socket);
    }

    /** The peer as log lines name it: address and port, without a host name lookup. */
    static String client(Socket socket) {
        return socket.getInetAddress().getHostAddress() + ":" + socket.getPort();
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
