/**
 * Not API: the checks and jitter that the retry policies of batches and transactions share; it may
 * change without notice. Configure retries with {@link dev.dynamoobjects.batch.BatchRetry} and
 * {@link dev.dynamoobjects.transaction.TransactionRetry}.
 */
package dev.dynamoobjects.internal.retry;
