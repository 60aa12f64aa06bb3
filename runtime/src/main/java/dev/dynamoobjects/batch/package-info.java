/**
 * Batch reads and writes of any size across tables: {@link dev.dynamoobjects.batch.BatchGet} and
 * {@link dev.dynamoobjects.batch.BatchWrite} cut the work into DynamoDB's chunks
 * ({@link dev.dynamoobjects.batch.BatchLimits}), retry what DynamoDB leaves unprocessed with
 * exponential backoff and jitter ({@link dev.dynamoobjects.batch.BatchRetry}) and report in a typed
 * exception whatever could not be done.
 *
 * <pre>{@code
 * new BatchWrite().save(products, changed).delete(stores, closedKeys).execute();
 * BatchGetResult found = new BatchGet().add(products, keys).execute();
 * }</pre>
 */
package dev.dynamoobjects.batch;
