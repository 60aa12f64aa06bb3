/**
 * Not API: the engine's data directory, which makes tables and items survive restarts and crashes
 * ({@code EmbeddedDynamoDb.builder().dataDirectory(path)}, the server's {@code --data-dir}).
 *
 * <p>Design: the directory holds one append-only journal, {@code journal.log}, of the changes the
 * engine applied, one entry per write request: the resulting item puts and removals (whatever the
 * operation: single items, batches, transactions, PartiQL, TTL expiry, all reported by the tables'
 * one write path) and the control-plane requests that changed a table (CreateTable, UpdateTable,
 * DeleteTable, UpdateTimeToLive, UpdateContinuousBackups, TagResource, UntagResource). An entry is
 * written after the engine applied the request and before the request is answered, framed by its
 * length and a CRC32 of its bytes; a transaction is one entry, so it is replayed whole or not at
 * all. TTL deletions are journaled as expiries (their stream records name DynamoDB's service).
 *
 * <p>Durability: by default a request answers only once its entry is forced to the disk (fsync).
 * The entry is appended under the engine's write lock and forced after it is released; the forces
 * are shared (group commit): one runs at a time, and the requests whose entries were appended while
 * it ran are covered by the next one. A read waits likewise until every change it could have seen is
 * forced. Relaxed durability forces every interval instead, from a background thread.
 *
 * <p>At start-up the journal is replayed into an empty engine, with the clock reading each entry's
 * original time (so creation times survive). The first frame that is short or fails its checksum
 * ends the journal: it is the tail of a write that was cut off (never acknowledged), and it is cut
 * off the file before new entries are appended.
 *
 * <p>Streams: while a write request runs the clock stands still ({@code ReplayClock.fix}), so the
 * stream records, shard ids and stream ARNs it makes carry the time its entry keeps. Replay applies
 * an entry's item changes on a table with an enabled stream as one net change per item through the
 * table's write path, which makes the same records with the same sequence numbers and shards (a
 * committed transaction's one record per item; a cancelled one's, whose entry holds its rollback too,
 * none). A transaction's ClientRequestToken is journaled with its request and response in the
 * transaction's entry and restored with the time it was used. Not kept: table ids, and shard
 * rollovers forced by the test hook.
 *
 * <p>Compaction: when, at start-up, the replayed item changes number at least 1000 and more than
 * twice the live items, and no table has a stream (its records replay from the item changes), the
 * journal is rewritten as its table changes (with their times) followed by the live items, into a
 * new file that atomically replaces the old one (a crash meanwhile leaves the old journal). It runs
 * only at start-up, not while the engine runs, and drops the idempotency tokens (ten minutes' worth). A {@code lock} file keeps a second engine out of the directory.
 */
package dev.dynamoobjects.mock.internal.durable;
