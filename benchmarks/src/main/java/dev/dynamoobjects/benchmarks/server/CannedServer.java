package dev.dynamoobjects.benchmarks.server;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The fastest server an SDK client can meet: it reads each request only as far as HTTP framing
 * needs and answers every one with the same empty JSON object, which the SDK takes for a GetItem
 * that found nothing and for a PutItem done. It stores nothing and checks nothing. Against it the
 * client's own cost is all that is left, so its requests per second are the ceiling of any server's,
 * and its ratio to DynamoDB Local's is the largest ratio a benchmark through this client can show.
 */
final class CannedServer implements AutoCloseable {
    private static final byte[] RESPONSE = ("HTTP/1.1 200 OK\r\n"
            + "Content-Type: application/x-amz-json-1.0\r\n"
            + "x-amzn-RequestId: canned\r\n"
            + "Content-Length: 2\r\n\r\n{}").getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket socket;

    CannedServer(int port) throws IOException {
        socket = new ServerSocket(port, 64, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "canned-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                Thread worker = new Thread(() -> serve(connection), "canned-connection");
                worker.setDaemon(true);
                worker.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void serve(Socket connection) {
        try (connection) {
            connection.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(connection.getInputStream(), 16384);
            OutputStream out = connection.getOutputStream();
            while (skipRequest(in)) {
                out.write(RESPONSE);
                out.flush();
            }
        } catch (IOException e) {
            // The client closed the connection.
        }
    }

    /** Reads one request's head and body; returns false at the end of the connection. */
    private static boolean skipRequest(InputStream in) throws IOException {
        long length = 0;
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0; c = in.read()) {
            if (c != '\n') {
                line.append((char) c);
                continue;
            }
            String header = line.toString().trim();
            line.setLength(0);
            if (header.isEmpty()) {
                in.skipNBytes(length);
                return true;
            }
            if (header.regionMatches(true, 0, "content-length:", 0, 15)) {
                length = Long.parseLong(header.substring(15).trim());
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
