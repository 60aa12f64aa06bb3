package dev.dynamoobjects.mock.internal.server.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads HTTP/1.1 requests from one connection, within {@link HttpLimits}: a request line, headers,
 * and a body framed by {@code Content-Length} or chunked encoding.
 */
final class HttpRequestReader {
    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_CHUNK_LINE = 1024;

    private final HttpInput in;
    private final OutputStream out;
    private final HttpLimits limits;
    private final String client;
    private long deadline;
    private int headerBudget;

    HttpRequestReader(HttpInput in, OutputStream out, HttpLimits limits, String client) {
        this.in = in;
        this.client = client;
        this.out = out;
        this.limits = limits;
    }

    /**
     * Waits for the first byte of the next request: false when the client closed the connection
     * instead.
     */
    boolean awaitRequest() throws IOException {
        return in.hasMore();
    }

    /** The next request, or null when the client closed the connection between requests. */
    HttpRequest read() throws IOException, HttpProtocolException {
        if (!in.hasMore()) {
            return null;
        }
        deadline = System.nanoTime() + limits.requestTimeout().toNanos();
        headerBudget = limits.maxHeaderBytes();
        String[] requestLine = headerLine().split(" ");
        if (requestLine.length != 3 || !requestLine[2].startsWith("HTTP/1.")) {
            throw new HttpProtocolException(400, "malformed request line");
        }
        HttpHeaders headers = readHeaders();
        byte[] body = readBody(headers);
        return new HttpRequest(requestLine[0], requestLine[1], headers, body, client);
    }

    private HttpHeaders readHeaders() throws IOException, HttpProtocolException {
        HttpHeaders headers = new HttpHeaders();
        for (String line = headerLine(); !line.isEmpty(); line = headerLine()) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new HttpProtocolException(400, "malformed header line");
            }
            headers.add(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
        return headers;
    }

    private String headerLine() throws IOException, HttpProtocolException {
        String line = in.readLine(headerBudget, this::checkDeadline);
        headerBudget -= line.length() + 2;
        if (headerBudget < 0) {
            throw new HttpProtocolException(431, "request headers exceed " + limits.maxHeaderBytes() + " bytes");
        }
        return line;
    }

    private byte[] readBody(HttpHeaders headers) throws IOException, HttpProtocolException {
        String transferEncoding = headers.first("transfer-encoding");
        String contentLength = headers.first("content-length");
        if (transferEncoding != null && !transferEncoding.equalsIgnoreCase("identity")) {
            if (!transferEncoding.equalsIgnoreCase("chunked")) {
                throw new HttpProtocolException(501, "unsupported transfer encoding " + transferEncoding);
            }
            acknowledgeExpectation(headers);
            return readChunked();
        }
        if (contentLength == null) {
            return new byte[0];
        }
        int length = parseLength(contentLength);
        acknowledgeExpectation(headers);
        return in.readBytes(length, this::checkDeadline);
    }

    private int parseLength(String contentLength) throws HttpProtocolException {
        long length;
        try {
            length = Long.parseLong(contentLength);
        } catch (NumberFormatException e) {
            throw new HttpProtocolException(400, "malformed Content-Length");
        }
        if (length < 0) {
            throw new HttpProtocolException(400, "malformed Content-Length");
        }
        if (length > limits.maxBodyBytes()) {
            throw new HttpProtocolException(413, "request body of " + length + " bytes exceeds the limit of "
                    + limits.maxBodyBytes());
        }
        return (int) length;
    }

    /** Clients that send {@code Expect: 100-continue} wait for this before sending the body. */
    private void acknowledgeExpectation(HttpHeaders headers) throws IOException {
        if ("100-continue".equalsIgnoreCase(headers.first("expect"))) {
            out.write(CONTINUE);
            out.flush();
        }
    }

    private byte[] readChunked() throws IOException, HttpProtocolException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = chunkSize(); size > 0; size = chunkSize()) {
            if (body.size() + (long) size > limits.maxBodyBytes()) {
                throw new HttpProtocolException(413, "chunked request body exceeds the limit of "
                        + limits.maxBodyBytes());
            }
            body.write(in.readBytes(size, this::checkDeadline));
            in.readLine(MAX_CHUNK_LINE, this::checkDeadline);
        }
        for (String trailer = headerLine(); !trailer.isEmpty(); trailer = headerLine()) {
            // Trailers carry nothing DynamoDB uses.
        }
        return body.toByteArray();
    }

    private int chunkSize() throws IOException, HttpProtocolException {
        String line = in.readLine(MAX_CHUNK_LINE, this::checkDeadline);
        int extension = line.indexOf(';');
        try {
            return Integer.parseInt((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
        } catch (NumberFormatException e) {
            throw new HttpProtocolException(400, "malformed chunk size");
        }
    }

    private void checkDeadline() throws HttpProtocolException {
        if (System.nanoTime() - deadline > 0) {
            throw new HttpProtocolException(408, "request not received within "
                    + limits.requestTimeout().toMillis() + " ms");
        }
    }
}
