package dev.dynamoobjects.benchmarks.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Finds where one HTTP/1.1 response ends in the bytes read from a keep-alive connection, fed as
 * they arrive: the head up to its blank line, then a body framed by {@code Content-Length} or
 * chunked encoding. It keeps the status and, only when asked, the body; it parses no JSON and
 * builds no strings for the head, so the generator's cost per response stays one pass over its
 * bytes (this is what the {@link CannedServer} ceiling is made of, with the socket calls).
 */
final class HttpResponseFramer {
    private enum State { HEAD, BODY, CHUNK_SIZE, CHUNK_DATA, CHUNK_END, TRAILER }

    private static final byte[] CONTENT_LENGTH = "content-length:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TRANSFER_ENCODING = "transfer-encoding:".getBytes(StandardCharsets.US_ASCII);

    private final boolean keepBody;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private byte[] line = new byte[256];
    private int lineLength;
    private State state = State.HEAD;
    private boolean firstLine = true;
    private boolean chunked;
    private long remaining;
    private int status;

    HttpResponseFramer(boolean keepBody) {
        this.keepBody = keepBody;
    }

    /** Consumes bytes of the current response; true once it is complete (then {@link #status()} is set). */
    boolean feed(ByteBuffer bytes) {
        while (bytes.hasRemaining()) {
            if (state == State.BODY || state == State.CHUNK_DATA) {
                int take = (int) Math.min(remaining, bytes.remaining());
                if (keepBody) {
                    body.write(bytes.array(), bytes.arrayOffset() + bytes.position(), take);
                }
                bytes.position(bytes.position() + take);
                remaining -= take;
                if (remaining == 0 && afterData()) {
                    return true;
                }
            } else if (lineEnded(bytes.get()) && afterLine()) {
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
        state = State.HEAD;
        firstLine = true;
        chunked = false;
        remaining = 0;
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

    /** Handles one line of the head, of a chunk size or of the trailer; true when the response ends. */
    private boolean afterLine() {
        int length = lineLength;
        lineLength = 0;
        switch (state) {
            case HEAD:
                return headLine(length);
            case CHUNK_SIZE:
                String size = new String(line, 0, length, StandardCharsets.US_ASCII);
                remaining = Long.parseLong(size.split(";", 2)[0].trim(), 16);
                state = remaining == 0 ? State.TRAILER : State.CHUNK_DATA;
                return false;
            case CHUNK_END:
                state = State.CHUNK_SIZE;
                return false;
            default:
                return length == 0;
        }
    }

    private boolean headLine(int length) {
        if (firstLine) {
            firstLine = false;
            status = (int) digits(9, 12);
        } else if (length == 0) {
            state = chunked ? State.CHUNK_SIZE : State.BODY;
            return !chunked && remaining == 0;
        } else if (startsWith(CONTENT_LENGTH, length)) {
            remaining = digits(CONTENT_LENGTH.length, length);
        } else if (startsWith(TRANSFER_ENCODING, length)) {
            chunked = new String(line, 0, length, StandardCharsets.US_ASCII).toLowerCase().contains("chunked");
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

    private boolean afterData() {
        if (state == State.BODY) {
            return true;
        }
        state = State.CHUNK_END;
        return false;
    }
}
