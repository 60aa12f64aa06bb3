/**
 * Not API: the embedded engine's single-table operations (items, queries, scans, table management), used by
 * {@link dev.dynamoobjects.mock.EmbeddedDynamoDb} and its server; may change without notice.
 */
package dev.dynamoobjects.mock.internal.operation;
