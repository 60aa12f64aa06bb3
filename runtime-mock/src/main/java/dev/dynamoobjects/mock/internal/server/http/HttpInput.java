package dev.dynamoobjects.mock.internal.server.http;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;

/**
 * A connection's input with its own buffer: lines are cut out of the buffer whole, not read byte by
 * byte through a synchronized {@code BufferedInputStream}, which made header parsing the largest
 * cost of a request. Calls {@code onFill} before every read from the socket, so a request's
 * deadline is checked however slowly the client sends.
 */
final class HttpInput {
    interface FillCheck {
        void beforeFill() throws HttpProtocolException;
    }

    private final InputStream in;
    private final ReadSpin spin = new ReadSpin();
    private final byte[] buffer = new byte[16384];
    private int position;
    private int limit;

    HttpInput(InputStream in) {
        this.in = in;
    }

    /**
     * Whether another request starts here: false when the client closed the connection instead,
     * or reset it, as the SDK's HTTP clients do when they close their pools.
     */
    boolean hasMore() throws IOException {
        try {
            if (position < limit) {
                return true;
            }
            spin.await(in);
            return fill() > 0;
        } catch (SocketException e) {
            return false;
        }
    }

    /**
     * The next line without its CR LF (or LF), as ISO-8859-1 text; {@code budget} bytes at most,
     * else {@link HttpProtocolException} 431.
     */
    String readLine(int budget, FillCheck check) throws IOException, HttpProtocolException {
        StringBuilder longLine = null;
        while (true) {
            for (int i = position; i < limit; i++) {
                if (buffer[i] == '\n') {
                    int end = i > position && buffer[i - 1] == '\r' ? i - 1 : i;
                    String line = new String(buffer, position, end - position, StandardCharsets.ISO_8859_1);
                    position = i + 1;
                    return longLine == null ? line : longLine.append(line).toString();
                }
            }
            int pending = limit - position;
            if (pending >= budget || (longLine != null && longLine.length() + pending >= budget)) {
                throw new HttpProtocolException(431, "request headers exceed their limit");
            }
            if (pending > 0) {
                longLine = (longLine == null ? new StringBuilder() : longLine)
                        .append(new String(buffer, position, pending, StandardCharsets.ISO_8859_1));
                position = limit;
            }
            check.beforeFill();
            if (fill() < 0) {
                throw new EOFException("connection closed in the middle of a request");
            }
        }
    }

    /** Reads exactly {@code length} bytes. */
    byte[] readBytes(int length, FillCheck check) throws IOException, HttpProtocolException {
        byte[] bytes = new byte[length];
        int copied = Math.min(length, limit - position);
        System.arraycopy(buffer, position, bytes, 0, copied);
        position += copied;
        while (copied < length) {
            check.beforeFill();
            int n = in.read(bytes, copied, Math.min(length - copied, 65536));
            if (n < 0) {
                throw new EOFException("connection closed after " + copied + " of " + length + " body bytes");
            }
            copied += n;
        }
        return bytes;
    }

    private int fill() throws IOException {
        position = 0;
        limit = 0;
        int n = in.read(buffer, 0, buffer.length);
        if (n > 0) {
            limit = n;
        }
        return n;
    }
}
