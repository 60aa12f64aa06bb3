/**
 * Not API: the server's SigV4 request authentication, used by {@link dev.dynamoobjects.mock.server.DynamoServer};
 * may change without notice.
 */
package dev.dynamoobjects.mock.internal.server.auth;
