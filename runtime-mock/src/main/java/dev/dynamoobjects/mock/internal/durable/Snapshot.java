package dev.dynamoobjects.mock.internal.durable;

import dev.dynamoobjects.mock.internal.stream.StreamState;
import dev.dynamoobjects.mock.internal.stream.TableStream;
import dev.dynamoobjects.mock.internal.table.Catalog;
import dev.dynamoobjects.mock.internal.table.Table;
import dev.dynamoobjects.mock.internal.transaction.IdempotencyTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The engine's whole durable state at one instant: the streams (with their records), the tables
 * (with their items) and the remembered ClientRequestTokens. Taken under the engine's write lock,
 * between two writes; it holds the engine's own immutable items and records, so taking it copies
 * references (a few milliseconds for a million items), and writing it to the disk can run while
 * the engine goes on writing.
 *
 * @param generation the journal segment that starts where the snapshot was taken
 */
record Snapshot(long generation, long takenAtMillis, StreamState streams, List<TableState> tables,
                List<IdempotencyTokens.Remembered> tokens) {

    static Snapshot take(long generation, long nowMillis, Catalog catalog, IdempotencyTokens tokens) {
        List<TableState> tables = new ArrayList<>(catalog.tables().size());
        List<TableStream> tableStreams = new ArrayList<>();
        for (Table table : catalog.tables().values()) {
            tables.add(TableState.of(table));
            tableStreams.add(table.stream());
        }
        tableStreams.removeIf(Objects::isNull);
        return new Snapshot(generation, nowMillis, catalog.streams().state(tableStreams), tables, tokens.remembered());
    }

    long items() {
        long items = 0;
        for (TableState table : tables) {
            items += table.items().length;
        }
        return items;
    }
}
