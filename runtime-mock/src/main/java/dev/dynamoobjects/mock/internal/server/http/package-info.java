/**
 * Not API: the server's minimal HTTP/1.1 server, used by {@link dev.dynamoobjects.mock.server.DynamoServer};
 * may change without notice.
 */
package dev.dynamoobjects.mock.internal.server.http;
