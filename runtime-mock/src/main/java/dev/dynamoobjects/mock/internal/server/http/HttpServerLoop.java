package dev.dynamoobjects.mock.internal.server.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A small blocking HTTP/1.1 server: one acceptor thread, one thread per open connection, at most
 * {@link HttpLimits#maxConnections()} of them. Blocking I/O on loopback is as fast as it gets for
 * request/response traffic, and it keeps every limit explicit. At the limit a new connection takes
 * the place of the longest-idle one, so clients whose pools keep hundreds of keep-alive connections
 * open never lock anyone out; only when every connection is busy with a request is it refused.
 *
 * <pre>{@code
 * try (HttpServerLoop server = HttpServerLoop.start(new InetSocketAddress("127.0.0.1", 0), limits,
 *         request -> new HttpResponse(200, Map.of(), new byte[0]), System.err::println)) {
 *     int port = server.port();
 * }
 * }</pre>
 */
public final class HttpServerLoop implements AutoCloseable {
    private static final AtomicInteger SERVERS = new AtomicInteger();
    /**
     * How long a new connection waits for a busy one to finish or turn idle before it is refused:
     * a connection that just wrote its response is busy until its thread marks it idle.
     */
    private static final long BUSY_WAIT_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final ServerSocket serverSocket;
    private final HttpHandler handler;
    private final HttpLimits limits;
    private final Consumer<String> errorLog;
    private final Semaphore connectionSlots;
    private final Set<HttpConnection> open = ConcurrentHashMap.newKeySet();
    private final ExecutorService workers;

    private HttpServerLoop(ServerSocket serverSocket, HttpHandler handler, HttpLimits limits,
                           Consumer<String> errorLog) {
        this.serverSocket = serverSocket;
        this.handler = handler;
        this.limits = limits;
        this.errorLog = errorLog;
        this.connectionSlots = new Semaphore(limits.maxConnections());
        String name = "dynamo-server-" + SERVERS.incrementAndGet();
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(task -> daemon(task, name + "-conn-" + threads.incrementAndGet()));
        daemon(this::acceptLoop, name + "-accept").start();
    }

    /** Binds {@code address} (port 0 picks a free port) and starts accepting connections. */
    public static HttpServerLoop start(InetSocketAddress address, HttpLimits limits, HttpHandler handler,
                                       Consumer<String> errorLog) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(address, 1024);
        return new HttpServerLoop(socket, handler, limits, errorLog);
    }

    /** The bound port. */
    public int port() {
        return serverSocket.getLocalPort();
    }

    private void acceptLoop() {
        while (!serverSocket.isClosed()) {
            try {
                dispatch(serverSocket.accept());
            } catch (IOException e) {
                if (!serverSocket.isClosed()) {
                    errorLog.accept("accept failed: " + e.getMessage());
                }
            }
        }
    }

    private void dispatch(Socket socket) {
        if (!acquireSlot()) {
            errorLog.accept("client " + HttpConnection.client(socket) + ": connection refused, "
                    + limits.maxConnections() + " connections already open, all busy with a request");
            HttpConnection.refuse(socket);
            return;
        }
        HttpConnection connection = new HttpConnection(socket, handler, limits, errorLog, closed -> {
            open.remove(closed);
            connectionSlots.release();
        });
        open.add(connection);
        workers.execute(connection);
    }

    /** A connection slot: a free one, else the one the longest-idle connection gives up. */
    private boolean acquireSlot() {
        long deadline = System.nanoTime() + BUSY_WAIT_NANOS;
        while (!connectionSlots.tryAcquire()) {
            if (evictLongestIdle()) {
                // Its thread, unblocked by the closed socket, gives the slot back as it ends.
                connectionSlots.acquireUninterruptibly();
                return true;
            }
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            try {
                if (connectionSlots.tryAcquire(10, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private boolean evictLongestIdle() {
        HttpConnection longestIdle = null;
        for (HttpConnection connection : open) {
            if (connection.isIdle() && (longestIdle == null || connection.idleSince() - longestIdle.idleSince() < 0)) {
                longestIdle = connection;
            }
        }
        return longestIdle != null && longestIdle.evictIfIdle();
    }

    /** Stops accepting, closes every open connection and stops the worker threads. */
    @Override
    public void close() {
        try {
            serverSocket.close();
        } catch (IOException e) {
            // Already closed.
        }
        open.forEach(HttpConnection::close);
        workers.shutdownNow();
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
