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
 * all. By default each entry is forced to the disk (fsync) before the answer; relaxed durability
 * forces every interval instead.
 *
 * <p>At start-up the journal is replayed into an empty engine, with the clock reading each entry's
 * original time (so creation times survive). The first frame that is short or fails its checksum
 * ends the journal: it is the tail of a write that was cut off (never acknowledged), and it is cut
 * off the file before new entries are appended. Not kept: stream records (a table's stream
 * specification is kept, its records start afresh), table ids, and idempotency tokens.
 *
 * <p>Compaction: when, at start-up, the replayed item changes number at least 1000 and more than
 * twice the live items, the journal is rewritten as its table changes (with their times) followed
 * by the live items, into a new file that atomically replaces the old one (a crash meanwhile leaves
 * the old journal). A {@code lock} file keeps a second engine out of the directory.
 */
package dev.dynamoobjects.mock.internal.durable;
