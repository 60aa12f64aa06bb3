package dev.dynamoobjects.mock.internal.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** At the connection limit, idle keep-alive connections make room; busy ones never do. */
class ConnectionLimitTest {
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch slowStarted = new CountDownLatch(1);
    private final List<String> errorLog = new CopyOnWriteArrayList<>();
    private HttpServerLoop server;

    @AfterEach
    void stop() {
        release.countDown();
        server.close();
    }

    @Test
    void aNewConnectionTakesThePlaceOfTheLongestIdleOne() throws Exception {
        start(2);
        try (Socket oldest = connect(); Socket newer = connect()) {
            assertEquals("fast", exchange(oldest, "/fast"));
            assertEquals("fast", exchange(newer, "/fast"));

            try (Socket third = connect()) {
                assertEquals("fast", exchange(third, "/fast"));
            }

            assertEquals(-1, oldest.getInputStream().read(), "the longest-idle connection was closed");
            assertEquals("fast", exchange(newer, "/fast"));
        }
    }

    @Test
    void neverClosesAConnectionWithARequestInFlight() throws Exception {
        start(2);
        try (Socket busy = connect(); Socket idle = connect()) {
            assertEquals("fast", exchange(idle, "/fast"));
            send(busy, "/slow");
            slowStarted.await();

            try (Socket third = connect()) {
                assertEquals("fast", exchange(third, "/fast"));
            }
            release.countDown();

            assertEquals("slow", readResponse(busy.getInputStream()));
            assertEquals(-1, idle.getInputStream().read(), "the idle connection made room, not the busy one");
        }
    }

    @Test
    void neverClosesAConnectionWhoseRequestIsHalfSent() throws Exception {
        start(1);
        try (Socket sending = connect()) {
            sending.getOutputStream().write(ascii(
                    "POST /fast HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n"));
            assertEquals("HTTP/1.1 100 Continue\r\n\r\n", readHead(sending.getInputStream()),
                    "the server has the headers and waits for the body");

            String refused = readAll(connectAndSend("/fast"));
            sending.getOutputStream().write(ascii("{}"));

            assertTrue(refused.startsWith("HTTP/1.1 503 "), refused);
            assertEquals("fast", readResponse(sending.getInputStream()));
            assertTrue(errorLog.get(0).matches("client 127\\.0\\.0\\.1:\\d+: connection refused, "
                    + "1 connections already open, all busy with a request"), errorLog.toString());
        }
    }

    private void start(int maxConnections) throws IOException {
        HttpLimits limits = new HttpLimits(1024, 1024, maxConnections, Duration.ofSeconds(30), Duration.ofSeconds(30));
        server = HttpServerLoop.start(new InetSocketAddress("127.0.0.1", 0), limits, this::handle, errorLog::add);
    }

    private HttpResponse handle(HttpRequest request) {
        String path = request.path().substring(1);
        if (path.equals("slow")) {
            slowStarted.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new HttpResponse(200, Map.of(), ascii(path));
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", server.port());
        socket.setSoTimeout(10_000);
        return socket;
    }

    private Socket connectAndSend(String path) throws IOException {
        Socket socket = connect();
        send(socket, path);
        return socket;
    }

    private static String exchange(Socket socket, String path) throws IOException {
        send(socket, path);
        return readResponse(socket.getInputStream());
    }

    private static void send(Socket socket, String path) throws IOException {
        socket.getOutputStream().write(ascii("GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n"));
    }

    private static String readResponse(InputStream in) throws IOException {
        String head = readHead(in);
        int at = head.indexOf("Content-Length: ") + 16;
        int length = Integer.parseInt(head.substring(at, head.indexOf("\r\n", at)));
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed after: " + head);
            }
            head.append((char) b);
        }
        return head.toString();
    }

    private static String readAll(Socket socket) throws IOException {
        try (socket) {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(all);
            return all.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
