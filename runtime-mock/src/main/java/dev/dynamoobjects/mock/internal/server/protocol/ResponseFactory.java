package dev.dynamoobjects.mock.internal.server.protocol;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import dev.dynamoobjects.mock.internal.error.RequestIds;
import dev.dynamoobjects.mock.internal.server.http.HttpResponse;

/**
 * Frames DynamoDB responses: every one carries a request id and the CRC32 of its body, which the
 * SDKs check.
 */
final class ResponseFactory {
    static final String JSON_1_0 = "application/x-amz-json-1.0";
    private static final byte[] UNKNOWN_OPERATION_BODY =
            "<UnknownOperationException/>\n".getBytes(StandardCharsets.US_ASCII);

    private ResponseFactory() {
    }

    static HttpResponse json(int status, String contentType, byte[] body) {
        return framed(status, contentType, body);
    }

    /** What DynamoDB answers to a request that is not a JSON POST at all. */
    static HttpResponse notAnOperation() {
        return framed(404, "text/xml", UNKNOWN_OPERATION_BODY);
    }

    static HttpResponse text(int status, String text) {
        return framed(status, "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse framed(int status, String contentType, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>(4);
        headers.put("x-amzn-RequestId", RequestIds.next());
        headers.put("x-amz-crc32", Long.toString(crc32(body)));
        headers.put("Content-Type", contentType);
        return new HttpResponse(status, headers, body);
    }

    private static long crc32(byte[] body) {
        CRC32 crc = new CRC32();
        crc.update(body);
        return crc.getValue();
    }
}
