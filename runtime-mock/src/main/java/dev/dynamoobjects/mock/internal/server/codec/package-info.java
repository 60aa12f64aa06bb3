/**
 * Not API: the server's JSON codec of the wire protocol, used by {@link dev.dynamoobjects.mock.server.DynamoServer};
 * may change without notice.
 */
package dev.dynamoobjects.mock.internal.server.codec;
