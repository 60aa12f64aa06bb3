package dev.dynamoobjects.mock.internal.server.auth;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import dev.dynamoobjects.mock.internal.server.http.HttpRequest;

/**
 * The canonical request of AWS Signature Version 4: method, canonical URI, canonical query,
 * canonical headers, signed header list and payload hash, each on its own line.
 */
final class CanonicalRequest {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private CanonicalRequest() {
    }

    static String of(HttpRequest request, List<String> signedHeaders, String payloadHash) {
        return request.method() + '\n'
                + uri(request.path()) + '\n'
                + query(request.query()) + '\n'
                + headers(request, signedHeaders) + '\n'
                + String.join(";", signedHeaders) + '\n'
                + payloadHash;
    }

    /** Services other than S3 encode the (already encoded) path once more, keeping the slashes. */
    private static String uri(String path) {
        return path.isEmpty() ? "/" : encode(path, false);
    }

    private static String query(String query) {
        if (query.isEmpty()) {
            return "";
        }
        List<String> pairs = new ArrayList<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            pairs.add(encode(decode(name), true) + '=' + encode(decode(value), true));
        }
        pairs.sort(null);
        return String.join("&", pairs);
    }

    private static String headers(HttpRequest request, List<String> signedHeaders) {
        StringBuilder canonical = new StringBuilder();
        for (String name : signedHeaders) {
            List<String> values = request.headers().all(name);
            canonical.append(name).append(':');
            for (int i = 0; i < values.size(); i++) {
                canonical.append(i > 0 ? "," : "").append(values.get(i).trim().replaceAll("\\s+", " "));
            }
            canonical.append('\n');
        }
        return canonical.toString();
    }

    /** RFC 3986 percent-encoding of everything but unreserved characters (and '/' in paths). */
    static String encode(String text, boolean encodeSlash) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (isUnreserved(c) || (c == '/' && !encodeSlash)) {
                out.append(c);
            } else {
                out.append('%').append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == '~';
    }

    private static String decode(String text) {
        try {
            return java.net.URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
