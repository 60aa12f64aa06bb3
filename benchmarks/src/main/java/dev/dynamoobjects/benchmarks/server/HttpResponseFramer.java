package dev.dynamoobjects.benchmarks.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Finds where one HTTP/1.1 response ends in the bytes read from a keep-alive connection, fed as
 * they arrive: the head up to its blank line, then a body framed by {@code Content-Length} or
 * chunked encoding. It keeps the status and, only when asked, the body; it parses no JSON, so the
 * load generator's cost per response stays a few scans over its bytes.
 */
final class HttpResponseFramer {
    private enum State { HEAD, BODY, CHUNK_SIZE, CHUNK_DATA, CHUNK_END, TRAILER }

    private final boolean keepBody;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(128);
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
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
            } else if (lineEnded(bytes.get()) && afterLine(line.toString(StandardCharsets.US_ASCII).trim())) {
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
            line.write(b);
        }
        return false;
    }

    /** Handles one line of the head, of a chunk size or of the trailer; true when the response ends. */
    private boolean afterLine(String text) {
        line.reset();
        switch (state) {
            case HEAD:
                return headLine(text);
            case CHUNK_SIZE:
                remaining = Long.parseLong(text.split(";", 2)[0].trim(), 16);
                state = remaining == 0 ? State.TRAILER : State.CHUNK_DATA;
                return false;
            case CHUNK_END:
                state = State.CHUNK_SIZE;
                return false;
            default:
                return text.isEmpty();
        }
    }

    private boolean headLine(String text) {
        if (firstLine) {
            firstLine = false;
            status = Integer.parseInt(text.substring(9, 12));
        } else if (text.isEmpty()) {
            state = chunked ? State.CHUNK_SIZE : State.BODY;
            return !chunked && remaining == 0;
        } else if (text.regionMatches(true, 0, "content-length:", 0, 15)) {
            remaining = Long.parseLong(text.substring(15).trim());
        } else if (text.regionMatches(true, 0, "transfer-encoding:", 0, 18)) {
            chunked = text.toLowerCase().contains("chunked");
        }
        return false;
    }

    private boolean afterData() {
        if (state == State.BODY) {
            return true;
        }
        state = State.CHUNK_END;
        return false;
    }
}
