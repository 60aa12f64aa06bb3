/**
 * Not API: the embedded engine's attribute value helpers (numbers, sizes, comparisons), used by
 * {@link dev.dynamoobjects.mock.EmbeddedDynamoDb} and its server; may change without notice.
 */
package dev.dynamoobjects.mock.internal.value;
