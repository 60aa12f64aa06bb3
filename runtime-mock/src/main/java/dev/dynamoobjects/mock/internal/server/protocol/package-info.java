/**
 * Not API: the server's DynamoDB JSON protocol: operations, errors and responses, used by {@link dev.dynamoobjects.mock.server.DynamoServer};
 * may change without notice.
 */
package dev.dynamoobjects.mock.internal.server.protocol;
