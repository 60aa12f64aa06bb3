/**
 * Not API: the embedded engine's table and index definitions and the catalog of tables, used by
 * {@link dev.dynamoobjects.mock.EmbeddedDynamoDb} and its server; may change without notice.
 */
package dev.dynamoobjects.mock.internal.table;
