package dev.dynamoobjects.mock.internal.server.http;

import java.util.Map;

/**
 * One HTTP response. The server adds {@code Content-Length} and the connection headers.
 *
 * @param status the status code
 * @param headers further headers, in the order to send them
 * @param body the body
 */
public record HttpResponse(int status, Map<String, String> headers, byte[] body) {
}
