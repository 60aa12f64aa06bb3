/**
 * JUnit 5 support: {@link dev.dynamoobjects.mock.junit.DynamoTest} gives each test an empty DynamoDB,
 * the embedded engine by default or DynamoDB Local or any endpoint when
 * {@code -Ddynamo.objects.backend=local|http://host:port} (or {@code DYNAMO_OBJECTS_BACKEND}) says so.
 */
package dev.dynamoobjects.mock.junit;
