/**
 * Not API: the engine's data directory, which makes tables and items survive restarts and crashes
 * ({@code EmbeddedDynamoDb.builder().dataDirectory(path)}, the server's {@code --data-dir}).
 *
 * <p>Files: the journal, in segments {@code journal-<generation>.log}; snapshots
 * {@code snapshot-<generation>.snap}, each the engine's whole state where the segment of its
 * generation starts; {@code *.tmp}, a snapshot being written; and {@code lock}, which keeps a second
 * engine out. (A directory of an earlier version holds one {@code journal.log}: it is renamed
 * {@code journal-0.log}.)
 *
 * <p>Journal: one entry per write request, appended to the current segment: the resulting item puts
 * and removals (whatever the operation: single items, batches, transactions, PartiQL, TTL expiry, all
 * reported by the tables' one write path), the control-plane requests that changed a table
 * (CreateTable, UpdateTable, DeleteTable, UpdateTimeToLive, UpdateContinuousBackups, TagResource,
 * UntagResource) and forced shard rollovers (the streams' test hook). An entry is written after the
 * engine applied the request and before the request is answered, framed by its length and a CRC32
 * of its bytes; a transaction is one entry, so it is replayed whole or not at all. TTL deletions are
 * journaled as expiries (their stream records name DynamoDB's service).
 *
 * <p>Durability: by default a request answers only once its entry is forced to the disk (fsync).
 * The entry is appended under the engine's write lock and forced after it is released; the forces
 * are shared (group commit): one runs at a time, and the requests whose entries were appended while
 * it ran are covered by the next one. A read waits likewise until every change it could have seen is
 * forced. Relaxed durability forces every interval instead, from a background thread. Positions run
 * on across segments, and a segment is forced before the next one starts.
 *
 * <p>Snapshot: the engine's whole durable state at one instant, in parts framed and checksummed as
 * journal entries are: a header (format, generation, time, the streams' sequence and shard
 * counters); each stream (ARN, label, table, key schema, view type, creation and disabling times)
 * followed by each of its shards (id, parent, sequence range, creation and closing times, how many
 * records it took and trimmed) with its untrimmed records (sequence number, time, whether DynamoDB's
 * service wrote it, both images); each table (as the CreateTable request that makes it as it is now,
 * with every index, billing, encryption, class, deletion protection, on-demand maximums and tags,
 * plus its creation time, its switch to on-demand, its class's update time, point-in-time recovery,
 * TTL and latest stream) followed by its items, a thousand a part, in a binary form (a journal
 * entry's JSON costs most of its replay); each remembered ClientRequestToken with its request,
 * answer and expiry; and an end part that repeats the counts. It is written to a temporary file,
 * forced, renamed into place, and the directory forced: a snapshot file that exists is complete, and
 * one whose parts do not all pass their checksums, or that lacks its end, is damaged.
 *
 * <p>Compaction, while the engine runs: when the current segment (the journal since the last
 * snapshot) holds more than {@code max(10,000, 2 x live items)} entries (the minimum is
 * {@code Builder.compactionThreshold}, the server's {@code --compact-after}), the write that crossed
 * it, still under the engine's write lock, takes a snapshot of the state (references to the
 * immutable items and records, no bytes: milliseconds for a million items) and starts the next
 * segment; a background thread writes the snapshot while writers go on, then deletes what it
 * supersedes: every snapshot but the new one and the one before it, and the segments before that
 * one. So a damaged newest snapshot can be passed over for the one before it without losing a
 * write, and the directory holds at most two snapshots and three segments. Should the journal reach
 * twice the threshold while a snapshot is still being written (a disk slower than the writers), the
 * next write waits for it: the journal stays bounded under any load. A write that fails (a full
 * disk) leaves the segments it would have superseded: nothing is lost, and a later compaction tries
 * again. {@code EmbeddedDynamoDb.compactDataDirectory()} compacts on request.
 *
 * <p>Start-up: the newest snapshot that is whole (every part's checksum, then its end) and followed
 * by every segment after it is loaded into an empty engine, then those segments are replayed, with
 * the clock reading each entry's original time (so creation times, stream records and shard ids come
 * back as they were). A damaged snapshot is passed over for the one before it (or the whole journal)
 * and named in the recovery; when nothing safe is left (a damaged snapshot and no journal before it),
 * the engine refuses to start rather than lose acknowledged writes. In the last segment, the first
 * frame that is short or fails its checksum ends the journal: it is the tail of a write that was cut
 * off (never acknowledged), and it is cut off the file before new entries are appended. In an
 * earlier segment (forced whole before the next began) such damage refuses the start.
 *
 * <p>Streams: while a write request runs the clock stands still ({@code ReplayClock.fix}), so the
 * stream records, shard ids and stream ARNs it makes carry the time its entry keeps. Replay applies
 * an entry's item changes on a table with an enabled stream as one net change per item through the
 * table's write path, which makes the same records with the same sequence numbers and shards (a
 * committed transaction's one record per item; a cancelled one's, whose entry holds its rollback too,
 * none), continuing from the records and counters the snapshot restored. A transaction's
 * ClientRequestToken is journaled with its request and response in the transaction's entry and
 * restored with the time it was used. Not kept: table ids.
 */
package dev.dynamoobjects.mock.internal.durable;
