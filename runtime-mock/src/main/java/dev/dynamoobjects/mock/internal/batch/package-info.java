/**
 * Not API: the embedded engine's BatchGetItem and BatchWriteItem, used by
 * {@link dev.dynamoobjects.mock.EmbeddedDynamoDb} and its server; may change without notice.
 */
package dev.dynamoobjects.mock.internal.batch;
