/**
 * Typed change feeds of generated tables: the records of a table's DynamoDB stream, read across all
 * its shards in order (parents before children, each item's changes in the order they happened) and
 * decoded by the record's mapper, with a checkpoint a job stores to resume where it stopped. The
 * table's record declares its stream with {@link dev.dynamoobjects.annotation.Stream @Stream}.
 *
 * <pre>{@code
 * ChangeFeed<Product> feed = ChangeFeed.of(products, DynamoDbStreamsClient.create());
 * ChangeReader<Product> reader = saved == null ? feed.fromTrimHorizon() : feed.from(saved);
 * for (Change<Product> change : reader.poll()) {
 *     change.newRecord().ifPresent(search::index);
 * }
 * saved = reader.checkpoint();
 * }</pre>
 */
package dev.dynamoobjects.stream;
