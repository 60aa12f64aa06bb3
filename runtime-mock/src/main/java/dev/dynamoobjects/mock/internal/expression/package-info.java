/**
 * Not API: the embedded engine's expression parsing and evaluation (conditions, updates, projections, key conditions), used by
 * {@link dev.dynamoobjects.mock.EmbeddedDynamoDb} and its server; may change without notice.
 */
package dev.dynamoobjects.mock.internal.expression;
