package dev.dynamoobjects.mock.internal.server.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cross-origin resource sharing for browser clients, as DynamoDB Local's {@code -cors} gives it:
 * answers preflight {@code OPTIONS} requests itself and lets the allowed origins read every other
 * response, with the headers the SDKs read from it.
 *
 * <pre>{@code
 * HttpHandler handler = new CorsHandler(List.of("http://localhost:3000"), protocol);
 * }</pre>
 */
public final class CorsHandler implements HttpHandler {
    /** Allows every origin. */
    public static final String ANY_ORIGIN = "*";
    private static final String ALLOWED_METHODS = "GET, POST, OPTIONS";
    private static final String DEFAULT_ALLOWED_HEADERS = "Content-Type, X-Amz-Target, X-Amz-Date, Authorization, "
            + "X-Amz-Security-Token, X-Amz-User-Agent, amz-sdk-invocation-id, amz-sdk-request";
    private static final String EXPOSED_HEADERS = "x-amzn-RequestId, x-amz-crc32";
    private static final String PREFLIGHT_MAX_AGE_SECONDS = "86400";

    private final List<String> origins;
    private final HttpHandler next;

    /** Lets {@code origins} (exact origins, or {@link #ANY_ORIGIN}) call {@code next}. */
    public CorsHandler(List<String> origins, HttpHandler next) {
        this.origins = List.copyOf(origins);
        this.next = next;
    }

    @Override
    public HttpResponse handle(HttpRequest request) {
        String origin = request.headers().first("origin");
        if (origin == null || !allows(origin)) {
            return next.handle(request);
        }
        if (request.method().equals("OPTIONS")) {
            return preflight(request, origin);
        }
        HttpResponse response = next.handle(request);
        Map<String, String> headers = withOrigin(response.headers(), origin);
        headers.put("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        return new HttpResponse(response.status(), headers, response.body());
    }

    private boolean allows(String origin) {
        return origins.contains(ANY_ORIGIN) || origins.contains(origin);
    }

    private HttpResponse preflight(HttpRequest request, String origin) {
        String requested = request.headers().first("access-control-request-headers");
        Map<String, String> headers = withOrigin(Map.of(), origin);
        headers.put("Access-Control-Allow-Methods", ALLOWED_METHODS);
        headers.put("Access-Control-Allow-Headers", requested == null ? DEFAULT_ALLOWED_HEADERS : requested);
        headers.put("Access-Control-Max-Age", PREFLIGHT_MAX_AGE_SECONDS);
        return new HttpResponse(200, headers, new byte[0]);
    }

    /** A list of origins answers with the caller's own, which makes the answer vary by origin. */
    private Map<String, String> withOrigin(Map<String, String> headers, String origin) {
        Map<String, String> withOrigin = new LinkedHashMap<>(headers);
        if (origins.contains(ANY_ORIGIN)) {
            withOrigin.put("Access-Control-Allow-Origin", ANY_ORIGIN);
        } else {
            withOrigin.put("Access-Control-Allow-Origin", origin);
            withOrigin.put("Vary", "Origin");
        }
        return withOrigin;
    }
}
