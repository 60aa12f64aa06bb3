package dev.dynamoobjects.mock.internal.server.http;

/**
 * One HTTP request, read whole.
 *
 * @param method the method, e.g. {@code POST}
 * @param target the request target as sent: path and optional query, still percent-encoded
 * @param headers the headers
 * @param body the body (empty when there is none)
 * @param client the client's address and port, e.g. {@code 127.0.0.1:53122}, for log lines
 */
public record HttpRequest(String method, String target, HttpHeaders headers, byte[] body, String client) {
    /** The target's path, without the query. */
    public String path() {
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }

    /** The target's query string without {@code ?}, or an empty string. */
    public String query() {
        int query = target.indexOf('?');
        return query < 0 ? "" : target.substring(query + 1);
    }
}
