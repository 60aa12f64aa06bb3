package dev.dynamoobjects.mock.internal.durable;

import dev.dynamoobjects.mock.Recovery;
import dev.dynamoobjects.mock.internal.durable.JournalEntry.Change;
import dev.dynamoobjects.mock.internal.durable.JournalEntry.Kind;
import dev.dynamoobjects.mock.internal.table.Catalog;
import dev.dynamoobjects.mock.internal.table.Table;
import dev.dynamoobjects.mock.internal.transaction.IdempotencyTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A data directory: its journal replayed into an empty catalog at start-up (and compacted when it
 * is mostly superseded item changes), then kept open to record every change. See the package
 * documentation for the format and the guarantees.
 */
public final class DataDirectory {
    /** The journal's file name inside the data directory. */
    static final String JOURNAL = "journal.log";

    private final Catalog catalog;
    private final IdempotencyTokens tokens;
    private final ReplayClock clock;
    private final List<JournalEntry> tableChanges = new ArrayList<>();
    private long entries;
    private long itemChanges;

    private DataDirectory(Catalog catalog, IdempotencyTokens tokens, ReplayClock clock) {
        this.catalog = catalog;
        this.tokens = tokens;
        this.clock = clock;
    }

    /**
     * The journal, opened and replayed.
     *
     * @param journal records the engine's changes from now on (install it with {@code Catalog.itemChanges})
     * @param recovery what the replay found
     */
    public record Opened(Journal journal, Recovery recovery) {
    }

    /**
     * Replays the directory's journal into {@code catalog} (empty, on {@code clock}) and
     * {@code tokens} and opens the journal for appending.
     *
     * @param flushInterval null to force every entry to the disk before the request is answered;
     *                      else how often a background flusher forces the journal
     * @throws UncheckedIOException when the directory cannot be created or the journal read
     * @throws IllegalStateException when another engine holds the directory, or an intact entry cannot be applied
     */
    public static Opened open(Path directory, Duration flushInterval, Catalog catalog, IdempotencyTokens tokens,
                              ReplayClock clock) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw cannotOpen(directory, e);
        }
        DirectoryLock lock = null;
        JournalFile file = null;
        try {
            lock = DirectoryLock.acquire(directory);
            Path path = directory.resolve(JOURNAL);
            file = JournalFile.open(path);
            DataDirectory replay = new DataDirectory(catalog, tokens, clock);
            long dropped = file.replay(replay::apply);
            clock.live();
            Recovery recovery = new Recovery(directory, replay.entries, catalog.tables().size(), itemCount(catalog),
                    dropped);
            if (Compaction.worthIt(replay.itemChanges, recovery.items(), catalog)) {
                file.close();
                Compaction.rewrite(path, replay.tableChanges, catalog, clock.millis());
                file = JournalFile.open(path);
                file.positionAtEnd();
            }
            return new Opened(new Journal(file, lock, clock, flushInterval), recovery);
        } catch (IOException e) {
            closeQuietly(file, lock);
            throw cannotOpen(directory, e);
        } catch (RuntimeException e) {
            closeQuietly(file, lock);
            throw e;
        }
    }

    private void apply(byte[] payload) {
        entries++;
        try {
            JournalEntry entry = JournalEntry.decode(payload);
            clock.replaying(Instant.ofEpochMilli(entry.appliedAtMillis()));
            Replay.apply(catalog, tokens, entry);
            remember(entry);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Journal entry " + entries + " is intact but cannot be applied ("
                    + e.getMessage() + "); the data directory was written by an incompatible version.", e);
        }
    }

    /** Keeps the entry's table changes, which compaction writes again, and counts its item changes. */
    private void remember(JournalEntry entry) {
        List<Change> tables = null;
        for (Change change : entry.changes()) {
            if (change.kind() != Kind.TABLE_CHANGED) {
                itemChanges++; // a token counts too: compaction drops the tokens, which last ten minutes
            } else {
                if (tables == null) {
                    tables = new ArrayList<>();
                }
                tables.add(change);
            }
        }
        if (tables != null) {
            tableChanges.add(new JournalEntry(entry.appliedAtMillis(), tables));
        }
    }

    private static long itemCount(Catalog catalog) {
        long count = 0;
        for (Table table : catalog.tables().values()) {
            count += table.items().itemCount();
        }
        return count;
    }

    private static UncheckedIOException cannotOpen(Path directory, IOException e) {
        return new UncheckedIOException("Cannot open the data directory " + directory + ": " + e.getMessage(), e);
    }

    private static void closeQuietly(AutoCloseable... resources) {
        for (AutoCloseable resource : resources) {
            try {
                if (resource != null) {
                    resource.close();
                }
            } catch (Exception ignored) {
                // The original failure is the one to report.
            }
        }
    }
}
