package dev.dynamoobjects.mock.internal.server.http;

/** Answers requests; called from many connection threads at once. */
@FunctionalInterface
public interface HttpHandler {
    /** Returns the response to {@code request}; must not throw. */
    HttpResponse handle(HttpRequest request);
}
