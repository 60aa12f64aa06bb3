package dev.dynamoobjects.mock.server.http;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads HTTP/1.1 requests from one connection, within {@link HttpLimits}: a request line, headers,
 * and a body framed by {@code Content-Length} or chunked encoding.
 */
final class HttpRequestReader {
    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final int DEADLINE_CHECK_BYTES = 256;

    private final InputStream in;
    private final OutputStream out;
    private final HttpLimits limits;
    private long deadline;
    private int headerBytes;

    HttpRequestReader(InputStream in, OutputStream out, HttpLimits limits) {
        this.in = in;
        this.out = out;
        this.limits = limits;
    }

    /** The next request, or null when the client closed the connection between requests. */
    HttpRequest read() throws IOException, HttpProtocolException {
        int first = in.read();
        if (first < 0) {
            return null;
        }
        deadline = System.nanoTime() + limits.requestTimeout().toNanos();
        headerBytes = 0;
        String[] requestLine = readLine(first).split(" ");
        if (requestLine.length != 3 || !requestLine[2].startsWith("HTTP/1.")) {
            throw new HttpProtocolException(400, "malformed request line");
        }
        HttpHeaders headers = readHeaders();
        byte[] body = readBody(headers);
        return new HttpRequest(requestLine[0], requestLine[1], headers, body);
    }

    private HttpHeaders readHeaders() throws IOException, HttpProtocolException {
        HttpHeaders headers = new HttpHeaders();
        for (String line = readLine(in.read()); !line.isEmpty(); line = readLine(in.read())) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new HttpProtocolException(400, "malformed header line");
            }
            headers.add(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
        return headers;
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
        long length = parseLength(contentLength);
        acknowledgeExpectation(headers);
        return readExactly((int) length);
    }

    private long parseLength(String contentLength) throws HttpProtocolException {
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
        return length;
    }

    /** Clients that send {@code Expect: 100-continue} wait for this before sending the body. */
    private void acknowledgeExpectation(HttpHeaders headers) throws IOException {
        if ("100-continue".equalsIgnoreCase(headers.first("expect"))) {
            out.write(CONTINUE);
            out.flush();
        }
    }

    private byte[] readExactly(int length) throws IOException, HttpProtocolException {
        byte[] body = new byte[length];
        int read = 0;
        while (read < length) {
            int n = in.read(body, read, Math.min(length - read, 65536));
            if (n < 0) {
                throw new EOFException("connection closed after " + read + " of " + length + " body bytes");
            }
            read += n;
            checkDeadline();
        }
        return body;
    }

    private byte[] readChunked() throws IOException, HttpProtocolException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = chunkSize(); size > 0; size = chunkSize()) {
            if (body.size() + (long) size > limits.maxBodyBytes()) {
                throw new HttpProtocolException(413, "chunked request body exceeds the limit of "
                        + limits.maxBodyBytes());
            }
            body.write(readExactly(size));
            readLine(in.read());
        }
        for (String trailer = readLine(in.read()); !trailer.isEmpty(); trailer = readLine(in.read())) {
            // Trailers carry nothing DynamoDB uses.
        }
        return body.toByteArray();
    }

    private int chunkSize() throws IOException, HttpProtocolException {
        headerBytes = 0;
        String line = readLine(in.read());
        int extension = line.indexOf(';');
        try {
            return Integer.parseInt((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
        } catch (NumberFormatException e) {
            throw new HttpProtocolException(400, "malformed chunk size");
        }
    }

    /** Reads one CRLF- (or LF-) terminated line of ISO-8859-1 text, starting with {@code first}. */
    private String readLine(int first) throws IOException, HttpProtocolException {
        StringBuilder line = new StringBuilder(64);
        for (int b = first; b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("connection closed in the middle of a request");
            }
            if (++headerBytes > limits.maxHeaderBytes()) {
                throw new HttpProtocolException(431, "request headers exceed " + limits.maxHeaderBytes() + " bytes");
            }
            if (headerBytes % DEADLINE_CHECK_BYTES == 0) {
                checkDeadline();
            }
            line.append((char) b);
        }
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
    }

    private void checkDeadline() throws HttpProtocolException {
        if (System.nanoTime() - deadline > 0) {
            throw new HttpProtocolException(408, "request not received within "
                    + limits.requestTimeout().toMillis() + " ms");
        }
    }
}
