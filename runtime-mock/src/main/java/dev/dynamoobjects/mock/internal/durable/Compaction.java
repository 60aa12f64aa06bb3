package dev.dynamoobjects.mock.internal.durable;

import dev.dynamoobjects.mock.internal.durable.JournalEntry.Change;
import dev.dynamoobjects.mock.internal.durable.JournalEntry.Kind;
import dev.dynamoobjects.mock.internal.table.Catalog;
import dev.dynamoobjects.mock.internal.table.Table;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * Rewrites a journal that holds mostly superseded item changes as the shortest journal with the same
 * replay: every table change as it was (with its time), then the live items. Not for a catalog
 * with a stream, whose records replay from the item changes themselves. Done at start-up, after
 * replay, into a new file that replaces the journal atomically, so a crash during compaction leaves
 * the old journal.
 */
final class Compaction {
    /** Below this many replayed item changes a journal is not worth rewriting. */
    static final long MIN_ITEM_CHANGES = 1000;
    private static final int ITEMS_PER_ENTRY = 500;

    private Compaction() {
    }

    /**
     * True when most item changes replayed are superseded (more than twice as many as live items) and
     * no table has a stream: a stream's records are made again by replaying the item changes that
     * made them, which compaction would replace.
     */
    static boolean worthIt(long itemChangesReplayed, long liveItems, Catalog catalog) {
        return itemChangesReplayed >= MIN_ITEM_CHANGES && itemChangesReplayed > 2 * liveItems
                && catalog.tables().values().stream().allMatch(table -> table.stream() == null);
    }

    /** Replaces {@code journal} with the table changes and the catalog's live items. */
    static void rewrite(Path journal, List<JournalEntry> tableChanges, Catalog catalog, long nowMillis)
            throws IOException {
        Path compacted = journal.resolveSibling(journal.getFileName() + ".compacting");
        Files.deleteIfExists(compacted);
        try (JournalFile file = JournalFile.open(compacted)) {
            for (JournalEntry entry : tableChanges) {
                file.append(entry.encode());
            }
            for (Table table : catalog.tables().values()) {
                appendItems(file, table, nowMillis);
            }
        }
        Files.move(compacted, journal, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel directory = FileChannel.open(journal.getParent(), StandardOpenOption.READ)) {
            directory.force(true);
        }
    }

    private static void appendItems(JournalFile file, Table table, long nowMillis) throws IOException {
        List<Change> batch = new ArrayList<>();
        var partitions = table.items().partitionsFrom(null, true);
        while (partitions.hasNext()) {
            var items = table.items().items(partitions.next().getValue(), null);
            while (items.hasNext()) {
                batch.add(Change.of(Kind.ITEM_STORED, "", PutItemRequest.builder().tableName(table.name())
                        .item(items.next().attributes()).build()));
                if (batch.size() == ITEMS_PER_ENTRY) {
                    file.append(new JournalEntry(nowMillis, List.copyOf(batch)).encode());
                    batch.clear();
                }
            }
        }
        if (!batch.isEmpty()) {
            file.append(new JournalEntry(nowMillis, batch).encode());
        }
    }
}
