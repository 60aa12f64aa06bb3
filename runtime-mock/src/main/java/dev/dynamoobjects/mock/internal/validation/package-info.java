/**
 * Not API: the embedded engine's request and item validation with DynamoDB's messages, used by
 * {@link dev.dynamoobjects.mock.EmbeddedDynamoDb} and its server; may change without notice.
 */
package dev.dynamoobjects.mock.internal.validation;
