package dev.dynamoobjects.benchmarks.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * One load-generator thread, as in {@code wrk}: it keeps its keep-alive connections busy from one
 * selector, each with one request in flight (a closed loop: the next request leaves when the answer
 * to the last one is complete). Per request it writes pre-encoded bytes and frames the response;
 * nothing is built, signed or parsed as JSON, and nothing is allocated. Latency runs from the write
 * to the response's last byte; only responses completed inside the measured window count.
 *
 * <p>When nothing is ready it polls the selector for up to {@value #SPIN_NANOS} ns before it
 * blocks: an answer that comes back within that time is taken without a thread wake-up, which on a
 * loaded machine costs more than a fast server's whole round trip. It spins for every server alike.
 */
final class ConnectionLoop implements Runnable {
    /** Long enough for a fast server's round trip at one connection, short against a slow one's. */
    static final long SPIN_NANOS = 100_000;

    private final InetSocketAddress address;
    private final int connections;
    private final int firstRequest;
    /** Each request as a direct buffer of its own: written as is, without a copy per write. */
    private final ByteBuffer[] requests;
    private final long measureFrom;
    private final long measureUntil;
    private final CountDownLatch closeAfter;
    private final ByteBuffer readBuffer = ByteBuffer.allocateDirect(64 * 1024);
    private IOException receiveFailure;
    final LatencyHistogram latencies = new LatencyHistogram();
    long errors;
    int lastErrorStatus;
    /** Why this thread stopped early, if it did: read by {@link LoadRun} after joining it. */
    Exception failure;

    /**
     * Times are {@link System#nanoTime()} values; {@code firstRequest} spreads threads over the keys;
     * the connections stay open after the window until {@code closeAfter} opens, so that a server
     * whose threads end with their connection is still there to have its CPU counted.
     */
    ConnectionLoop(InetSocketAddress address, int connections, int firstRequest, List<byte[]> requests,
                   long measureFrom, long measureUntil, CountDownLatch closeAfter) {
        this.address = address;
        this.connections = connections;
        this.firstRequest = firstRequest;
        this.requests = requests.stream().map(ConnectionLoop::direct).toArray(ByteBuffer[]::new);
        this.measureFrom = measureFrom;
        this.measureUntil = measureUntil;
        this.closeAfter = closeAfter;
    }

    /** One connection's state: its next request and when the one in flight left. */
    private static final class Connection {
        final SocketChannel channel;
        final HttpResponseFramer framer = new HttpResponseFramer(false);
        int next;
        long sentAt;

        Connection(SocketChannel channel, int next) {
            this.channel = channel;
            this.next = next;
        }
    }

    @Override
    public void run() {
        List<Connection> open = new ArrayList<>();
        try (Selector selector = Selector.open()) {
            for (int i = 0; i < connections; i++) {
                // A prime stride: connections start on different keys rather than all on the same one.
                Connection connection = connect(selector, firstRequest + i * 7919);
                open.add(connection);
                send(connection);
            }
            Consumer<SelectionKey> onReady = key -> receive((Connection) key.attachment());
            long spinUntil = System.nanoTime() + SPIN_NANOS;
            for (long now = System.nanoTime(); now < measureUntil; now = System.nanoTime()) {
                int ready = selector.selectNow(onReady);
                if (ready == 0 && now - spinUntil > 0) {
                    ready = selector.select(onReady, Math.max(1, (measureUntil - now) / 1_000_000));
                }
                if (receiveFailure != null) {
                    throw receiveFailure;
                }
                if (ready > 0) {
                    spinUntil = System.nanoTime() + SPIN_NANOS;
                } else {
                    Thread.onSpinWait();
                }
            }
        } catch (IOException | RuntimeException e) {
            failure = e;
        } finally {
            awaitQuietly(closeAfter);
            open.forEach(connection -> close(connection.channel));
        }
    }

    private Connection connect(Selector selector, int next) throws IOException {
        SocketChannel channel = SocketChannel.open(address);
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        channel.configureBlocking(false);
        Connection connection = new Connection(channel, next);
        channel.register(selector, SelectionKey.OP_READ, connection);
        return connection;
    }

    private static ByteBuffer direct(byte[] bytes) {
        return ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
    }

    private void send(Connection connection) throws IOException {
        ByteBuffer request = requests[connection.next % requests.length].clear();
        connection.next++;
        connection.sentAt = System.nanoTime();
        // A request of a few hundred bytes fits the socket's send buffer: this loop runs once.
        while (request.hasRemaining()) {
            connection.channel.write(request);
        }
    }

    /** Called from the selector, which takes no checked exceptions: a failure ends the loop after it. */
    private void receive(Connection connection) {
        try {
            readAnswer(connection);
        } catch (IOException e) {
            receiveFailure = e;
        }
    }

    private void readAnswer(Connection connection) throws IOException {
        readBuffer.clear();
        if (connection.channel.read(readBuffer) < 0) {
            throw new IOException("the server closed a keep-alive connection");
        }
        readBuffer.flip();
        if (connection.framer.feed(readBuffer)) {
            complete(connection);
        }
    }

    private void complete(Connection connection) throws IOException {
        long now = System.nanoTime();
        if (now >= measureFrom && now < measureUntil) {
            latencies.record(now - connection.sentAt);
            if (connection.framer.status() != 200) {
                errors++;
                lastErrorStatus = connection.framer.status();
            }
        }
        connection.framer.reset();
        if (now < measureUntil) {
            send(connection);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void close(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Closing at the end of a run: nothing left to lose.
        }
    }
}
