/**
 * DynamoDB Streams inside the engine: each table's streams, their shards and change records, and
 * the four Streams operations. Engine-internal.
 */
package dev.dynamoobjects.mock.internal.stream;
