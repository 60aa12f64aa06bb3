package dev.dynamoobjects.benchmarks.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Finds where one HTTP/1.1 response ends in the bytes read from a keep-alive connection, fed as
 * they arrive: the head up to its blank line, then a body of {@code Content-Length} bytes (the
 * framing every server compared here uses). It keeps the status and, only when asked, the body; it
 * parses no JSON and builds no strings, so the generator's cost per response stays one pass over its
 * bytes (this is what the {@link CannedServer} ceiling is made of, with the socket calls).
 */
final class HttpResponseFramer {
    private static final byte[] CONTENT_LENGTH = "content-length:".getBytes(StandardCharsets.US_ASCII);

    private final boolean keepBody;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private byte[] line = new byte[256];
    private int lineLength;
    private boolean inBody;
    private boolean firstLine = true;
    private long remaining = -1;
    private int status;

    HttpResponseFramer(boolean keepBody) {
        this.keepBody = keepBody;
    }

    /** Consumes bytes of the current response; true once it is complete (then {@link #status()} is set). */
    boolean feed(ByteBuffer bytes) {
        while (bytes.hasRemaining()) {
            if (inBody) {
                int take = (int) Math.min(remaining, bytes.remaining());
                if (keepBody) {
                    body.write(bytes.array(), bytes.arrayOffset() + bytes.position(), take);
                }
                bytes.position(bytes.position() + take);
                remaining -= take;
                if (remaining == 0) {
                    return true;
                }
            } else if (lineEnded(bytes.get()) && headEnded()) {
                return true;
            }
        }
        return false;
    }

    int status() {
        return status;
    }

    String body() {
        return body.toString(StandardCharsets.UTF_8);
    }

    /** Ready for the next response on the same connection. */
    void reset() {
        inBody = false;
        firstLine = true;
        remaining = -1;
        body.reset();
    }

    private boolean lineEnded(byte b) {
        if (b == '\n') {
            return true;
        }
        if (b != '\r') {
            if (lineLength == line.length) {
                line = Arrays.copyOf(line, 2 * line.length);
            }
            line[lineLength++] = b;
        }
        return false;
    }

    /** Takes in one line of the head; true when the head ended a response without a body. */
    private boolean headEnded() {
        int length = lineLength;
        lineLength = 0;
        if (firstLine) {
            firstLine = false;
            status = (int) digits(9, 12);
        } else if (startsWith(CONTENT_LENGTH, length)) {
            remaining = digits(CONTENT_LENGTH.length, length);
        } else if (length == 0) {
            if (remaining < 0) {
                throw new IllegalStateException("a response without Content-Length (HTTP " + status
                        + "): this generator frames no other bodies");
            }
            inBody = true;
            return remaining == 0;
        }
        return false;
    }

    /** The decimal number in {@code line[from, to)}, spaces skipped. */
    private long digits(int from, int to) {
        long value = 0;
        for (int i = from; i < to; i++) {
            if (line[i] != ' ') {
                value = value * 10 + (line[i] - '0');
            }
        }
        return value;
    }

    private boolean startsWith(byte[] lowerCaseName, int length) {
        if (length < lowerCaseName.length) {
            return false;
        }
        for (int i = 0; i < lowerCaseName.length; i++) {
            if ((line[i] | 0x20) != lowerCaseName[i]) {
                return false;
            }
        }
        return true;
    }
}
