package dev.dynamoobjects.mock.differential;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One HTTP request exactly as the raw differential run sends it: method, headers (in order, a null
 * value leaves the header out) and body bytes, with a label for reports.
 */
record RawRequest(String label, String method, Map<String, String> headers, byte[] body) {
    static final String TARGET_PREFIX = "DynamoDB_20120810.";
    static final String JSON_1_0 = "application/x-amz-json-1.0";
    /** Signed in shape only: neither server checks the signature, DynamoDB Local wants the header. */
    static final String AUTHORIZATION = "AWS4-HMAC-SHA256 Credential=dummy/20261206/us-east-1/dynamodb/aws4_request,"
            + " SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=0000";

    /** A POST of {@code body} to {@code operation}, with the headers an SDK sends. */
    static RawRequest post(String operation, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", JSON_1_0);
        headers.put("X-Amz-Target", TARGET_PREFIX + operation);
        headers.put("X-Amz-Date", "20261206T100000Z");
        headers.put("Authorization", AUTHORIZATION);
        return new RawRequest(operation + " " + body, "POST", headers, body.getBytes(StandardCharsets.UTF_8));
    }

    /** The operation this request names, for grouping mismatches ("?" for none). */
    String operation() {
        String target = headers.get("X-Amz-Target");
        return target == null ? "?" : target.substring(target.indexOf('.') + 1);
    }

    /** True when X-Amz-Target is DynamoDB's prefix and one name: "DynamoDB_20120810.GetItem". */
    boolean targetIsWellFormed() {
        String target = headers.get("X-Amz-Target");
        return target != null && target.startsWith(TARGET_PREFIX) && target.length() > TARGET_PREFIX.length()
                && target.indexOf('.', TARGET_PREFIX.length()) < 0;
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    RawRequest withBody(String what, String text) {
        return new RawRequest(label + " [" + what + "]", method, headers, text.getBytes(StandardCharsets.UTF_8));
    }

    RawRequest withBytes(String what, byte[] bytes) {
        return new RawRequest(label + " [" + what + "]", method, headers, bytes);
    }

    /** The same request with header {@code name} set to {@code value} (null: left out). */
    RawRequest withHeader(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(headers);
        changed.put(name, value);
        return new RawRequest(label + " [" + name + ": " + value + "]", method, changed, body);
    }

    RawRequest withMethod(String other) {
        return new RawRequest(label + " [" + other + "]", other, headers, body);
    }

    @Override
    public String toString() {
        return method + " " + label;
    }
}
