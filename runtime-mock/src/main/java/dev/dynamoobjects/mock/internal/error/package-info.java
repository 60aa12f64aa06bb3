/**
 * Not API: the embedded engine's DynamoDB's error responses, used by
 * {@link dev.dynamoobjects.mock.EmbeddedDynamoDb} and its server; may change without notice.
 */
package dev.dynamoobjects.mock.internal.error;
