/**
 * Not API: the embedded engine's consumed-capacity tallies, used by
 * {@link dev.dynamoobjects.mock.EmbeddedDynamoDb} and its server; may change without notice.
 */
package dev.dynamoobjects.mock.internal.capacity;
