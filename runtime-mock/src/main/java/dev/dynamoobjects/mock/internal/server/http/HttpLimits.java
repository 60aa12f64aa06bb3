package dev.dynamoobjects.mock.internal.server.http;

import java.time.Duration;

/**
 * The bounds that keep one client from exhausting the server.
 *
 * @param maxBodyBytes the largest request body accepted (larger gets 413 and a closed connection)
 * @param maxHeaderBytes the largest request line plus headers accepted (larger gets 431)
 * @param maxConnections connections open at once; a new one closes the longest-idle, and is refused
 *     with 503 only when all are busy with a request
 * @param idleTimeout how long a connection may stay silent, between or within requests
 * @param requestTimeout how long reading one request may take in all, against slow senders
 */
public record HttpLimits(int maxBodyBytes, int maxHeaderBytes, int maxConnections, Duration idleTimeout,
                         Duration requestTimeout) {
}
