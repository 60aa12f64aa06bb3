package dev.dynamoobjects.mock.internal.server.protocol;

import dev.dynamoobjects.mock.internal.server.http.HttpRequest;

/** Decides whether a request may be served; throws a {@link ProtocolError} when it may not. */
@FunctionalInterface
public interface RequestAuthenticator {
    /** Accepts every request, signed or not, as DynamoDB Local does. */
    RequestAuthenticator ANYONE = request -> { };

    /** Returns normally when {@code request} is allowed in. */
    void authenticate(HttpRequest request);
}
