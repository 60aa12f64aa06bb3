/**
 * Not API: the embedded engine's DynamoDB's size and count limits, used by
 * {@link dev.dynamoobjects.mock.EmbeddedDynamoDb} and its server; may change without notice.
 */
package dev.dynamoobjects.mock.internal.limit;
