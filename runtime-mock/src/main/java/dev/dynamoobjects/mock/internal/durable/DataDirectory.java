package dev.dynamoobjects.mock.internal.durable;

import dev.dynamoobjects.mock.Recovery;
import dev.dynamoobjects.mock.internal.table.Catalog;
import dev.dynamoobjects.mock.internal.table.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A data directory: its journal replayed into an empty catalog at start-up, then kept open to
 * record every change. See the package documentation for the format and the guarantees.
 */
public final class DataDirectory {
    /** The journal's file name inside the data directory. */
    static final String JOURNAL = "journal.log";

    private DataDirectory() {
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
     * Replays the directory's journal into {@code catalog} (empty, on {@code clock}) and opens the
     * journal for appending.
     *
     * @param flushInterval null to force every entry to the disk before the request is answered;
     *                      else how often a background flusher forces the journal
     * @throws UncheckedIOException when the directory cannot be created or the journal read
     * @throws IllegalStateException when another process holds the directory, or an intact entry cannot be applied
     */
    public static Opened open(Path directory, Duration flushInterval, Catalog catalog, ReplayClock clock) {
        JournalFile file = null;
        try {
            Files.createDirectories(directory);
            file = JournalFile.open(directory.resolve(JOURNAL));
            long[] entries = {0};
            long dropped = file.replay(payload -> apply(catalog, clock, payload, ++entries[0]));
            clock.live();
            Recovery recovery = new Recovery(directory, entries[0], catalog.tables().size(), itemCount(catalog), dropped);
            return new Opened(new Journal(file, clock, flushInterval), recovery);
        } catch (IOException e) {
            closeQuietly(file);
            throw new UncheckedIOException("Cannot open the data directory " + directory + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(file);
            throw e;
        }
    }

    private static void apply(Catalog catalog, ReplayClock clock, byte[] payload, long number) {
        try {
            JournalEntry entry = JournalEntry.decode(payload);
            clock.replaying(Instant.ofEpochMilli(entry.appliedAtMillis()));
            Replay.apply(catalog, entry);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Journal entry " + number + " is intact but cannot be applied ("
                    + e.getMessage() + "); the data directory was written by an incompatible version.", e);
        }
    }

    private static long itemCount(Catalog catalog) {
        long count = 0;
        for (Table table : catalog.tables().values()) {
            count += table.items().itemCount();
        }
        return count;
    }

    private static void closeQuietly(JournalFile file) {
        if (file != null) {
            try {
                file.close();
            } catch (IOException ignored) {
                // The original failure is the one to report.
            }
        }
    }
}
