package dev.dynamoobjects.mock.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bad, slow, greedy and broken connections get an answer or a closed socket, and the server carries on. */
class HttpRobustnessTest {
    private static final String LIST_TABLES = "POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-amz-json-1.0\r\n"
            + "X-Amz-Target: DynamoDB_20120810.ListTables\r\n";

    private ServerFixture fixture;

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void refusesABodyOverSixteenMegabytesBeforeReadingIt() throws IOException {
        fixture = new ServerFixture();

        String response = RawHttp.exchange(fixture.server.port(),
                ascii(LIST_TABLES + "Content-Length: " + (16 * 1024 * 1024 + 1) + "\r\n\r\n{}"));

        assertTrue(response.startsWith("HTTP/1.1 413 "), response);
        assertTrue(response.contains("Connection: close"), response);
        assertEquals(1, fixture.errorLog.size());
        assertStillServing();
    }

    @Test
    void answersAGarbledRequestLineWith400() throws IOException {
        fixture = new ServerFixture();

        String response = RawHttp.exchange(fixture.server.port(), ascii("HELLO\r\n\r\n"));

        assertTrue(response.startsWith("HTTP/1.1 400 "), response);
        assertStillServing();
    }

    @Test
    void survivesAClientThatHangsUpHalfWayThroughTheBody() throws Exception {
        fixture = new ServerFixture();
        try (Socket socket = new Socket("127.0.0.1", fixture.server.port())) {
            socket.getOutputStream().write(ascii(LIST_TABLES + "Content-Length: 100\r\n\r\n{\"Li"));
        }

        assertStillServing();
    }

    @Test
    void servesKeepAliveChunkedAndExpectContinueRequests() throws IOException {
        fixture = new ServerFixture();
        try (Socket socket = new Socket("127.0.0.1", fixture.server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(ascii(LIST_TABLES + "Content-Length: 2\r\n\r\n{}"));
            assertTrue(readResponse(in).endsWith("{\"TableNames\":[]}"));

            out.write(ascii(LIST_TABLES + "Transfer-Encoding: chunked\r\nExpect: 100-continue\r\n\r\n"));
            assertTrue(readHead(in).startsWith("HTTP/1.1 100 Continue"));
            out.write(ascii("1\r\n{\r\n1;ext=1\r\n}\r\n0\r\n\r\n"));
            assertTrue(readResponse(in).endsWith("{\"TableNames\":[]}"));
        }
    }

    @Test
    void answersASlowSenderWith408() throws Exception {
        fixture = new ServerFixture(ServerOptions.defaults().requestTimeout(Duration.ofMillis(300)));
        try (Socket socket = new Socket("127.0.0.1", fixture.server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(ascii(LIST_TABLES + "Content-Length: 2000\r\n\r\n"));
            for (int i = 0; i < 20 && !socket.isInputShutdown(); i++) {
                Thread.sleep(50);
                try {
                    out.write(new byte[100]);
                } catch (IOException closed) {
                    break;
                }
            }
            assertTrue(RawHttp.readAll(socket.getInputStream()).startsWith("HTTP/1.1 408 "));
        }
        assertStillServing();
    }

    @Test
    void closesAnIdleConnection() throws IOException {
        fixture = new ServerFixture(ServerOptions.defaults().idleTimeout(Duration.ofMillis(200)));
        try (Socket socket = new Socket("127.0.0.1", fixture.server.port())) {
            socket.setSoTimeout(10_000);

            assertEquals(-1, socket.getInputStream().read(), "the server closes the silent connection");
        }
        assertTrue(fixture.errorLog.isEmpty(), "an idle timeout is routine, not an error");
    }

    @Test
    void takesAResetBetweenRequestsForAClose() throws Exception {
        fixture = new ServerFixture(ServerOptions.defaults().maxConnections(1));
        try (Socket socket = new Socket("127.0.0.1", fixture.server.port())) {
            socket.getOutputStream().write(ascii(LIST_TABLES + "Content-Length: 2\r\n\r\n{}"));
            readResponse(socket.getInputStream());
            socket.setSoLinger(true, 0);
        }
        // With one connection slot, a request is answered only after the reset connection is done with.
        byte[] request = ascii(LIST_TABLES + "Connection: close\r\nContent-Length: 2\r\n\r\n{}");
        while (!RawHttp.exchange(fixture.server.port(), request).startsWith("HTTP/1.1 200 ")) {
            Thread.sleep(10);
        }

        assertTrue(fixture.errorLog.stream().allMatch(line -> line.contains(": connection refused, ")),
                "the SDK's HTTP clients reset their connections on close: routine, not an error "
                        + fixture.errorLog);
    }

    @Test
    void hundredsOfIdleKeepAliveConnectionsNeverLockOutANewClient() throws IOException {
        fixture = new ServerFixture();
        List<Socket> idle = new ArrayList<>();
        try {
            for (int i = 0; i < 600; i++) {
                Socket socket = new Socket("127.0.0.1", fixture.server.port());
                idle.add(socket);
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(ascii(LIST_TABLES + "Content-Length: 2\r\n\r\n{}"));
                assertTrue(readResponse(socket.getInputStream()).startsWith("HTTP/1.1 200 "));
            }

            assertStillServing();

            assertEquals(-1, idle.get(0).getInputStream().read(), "the longest-idle connection made room");
            Socket newest = idle.get(idle.size() - 1);
            newest.getOutputStream().write(ascii(LIST_TABLES + "Content-Length: 2\r\n\r\n{}"));
            assertTrue(readResponse(newest.getInputStream()).startsWith("HTTP/1.1 200 "));
            assertTrue(fixture.errorLog.isEmpty(), "making room is routine, not an error " + fixture.errorLog);
        } finally {
            for (Socket socket : idle) {
                socket.close();
            }
        }
    }

    private void assertStillServing() {
        assertEquals(200, RawHttp.post(fixture.server.endpoint(), "ListTables", "{}").statusCode());
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        return head.toString();
    }

    private static String readResponse(InputStream in) throws IOException {
        String head = readHead(in);
        int at = head.toLowerCase(java.util.Locale.ROOT).indexOf("content-length: ") + 16;
        int length = Integer.parseInt(head.substring(at, head.indexOf("\r\n", at)));
        return head + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
