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

/**
 * One load-generator thread, as in {@code wrk}: it keeps its keep-alive connections busy from one
 * selector, each with one request in flight (a closed loop: the next request leaves when the answer
 * to the last one is complete). Per request it writes pre-encoded bytes and frames the response;
 * nothing is built, signed or parsed as JSON. Latency runs from the write to the response's last
 * byte; only responses completed inside the measured window count.
 */
final class ConnectionLoop implements Runnable {
    private final InetSocketAddress address;
    private final int connections;
    private final int firstRequest;
    private final List<byte[]> requests;
    private final long measureFrom;
    private final long measureUntil;
    private final ByteBuffer readBuffer = ByteBuffer.allocate(64 * 1024);
    final LatencyHistogram latencies = new LatencyHistogram();
    long errors;
    int lastErrorStatus;
    /** Why this thread stopped early, if it did: read by {@link LoadRun} after joining it. */
    Exception failure;

    /** Times are {@link System#nanoTime()} values; {@code firstRequest} spreads threads over the keys. */
    ConnectionLoop(InetSocketAddress address, int connections, int firstRequest, List<byte[]> requests,
                   long measureFrom, long measureUntil) {
        this.address = address;
        this.connections = connections;
        this.firstRequest = firstRequest;
        this.requests = requests;
        this.measureFrom = measureFrom;
        this.measureUntil = measureUntil;
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
            while (System.nanoTime() < measureUntil) {
                selector.select(Math.max(1, (measureUntil - System.nanoTime()) / 1_000_000));
                for (SelectionKey key : selector.selectedKeys()) {
                    receive((Connection) key.attachment());
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException | RuntimeException e) {
            failure = e;
        } finally {
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

    private void send(Connection connection) throws IOException {
        ByteBuffer request = ByteBuffer.wrap(requests.get(connection.next % requests.size()));
        connection.next++;
        connection.sentAt = System.nanoTime();
        // A request of a few hundred bytes fits the socket's send buffer: this loop runs once.
        while (request.hasRemaining()) {
            connection.channel.write(request);
        }
    }

    private void receive(Connection connection) throws IOException {
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

    private static void close(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Closing at the end of a run: nothing left to lose.
        }
    }
}
