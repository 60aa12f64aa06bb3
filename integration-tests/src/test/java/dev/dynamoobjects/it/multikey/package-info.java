/**
 * Generated queries of global indexes with multi-attribute keys. DynamoDB Local 3.1.0 refuses such
 * indexes, so the build's {@code dynamodb-local} execution leaves this package out (see this
 * module's pom); the embedded engine and the HTTP server run it, following DynamoDB's documentation.
 */
package dev.dynamoobjects.it.multikey;
