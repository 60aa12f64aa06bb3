/**
 * Not API: the embedded engine's time-to-live expiry, used by
 * {@link dev.dynamoobjects.mock.EmbeddedDynamoDb} and its server; may change without notice.
 */
package dev.dynamoobjects.mock.internal.ttl;
