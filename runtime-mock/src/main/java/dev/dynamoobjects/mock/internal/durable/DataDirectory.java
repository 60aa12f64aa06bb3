package dev.dynamoobjects.mock.internal.durable;

import dev.dynamoobjects.mock.Recovery;
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
import java.util.NavigableSet;

/**
 * A data directory: its newest whole snapshot loaded into an empty catalog at start-up and the
 * journal segments after it replayed, then kept open to record every change and compacted while the
 * engine runs. See the package documentation for the format and the guarantees.
 */
public final class DataDirectory {
    /** The fewest journal entries since the last snapshot that start a compaction, unless the builder says otherwise. */
    public static final long DEFAULT_COMPACTION_THRESHOLD = Compaction.DEFAULT_MIN_ENTRIES;
    private final Catalog catalog;
    private final IdempotencyTokens tokens;
    private final ReplayClock clock;
    private long entries;

    private DataDirectory(Catalog catalog, IdempotencyTokens tokens, ReplayClock clock) {
        this.catalog = catalog;
        this.tokens = tokens;
        this.clock = clock;
    }

    /**
     * The journal, opened and replayed.
     *
     * @param journal records the engine's changes from now on (install it with {@code Catalog.itemChanges})
     * @param recovery what the start-up found
     */
    public record Opened(Journal journal, Recovery recovery) {
    }

    /** Where start-up begins: a whole snapshot (or none), and the snapshots passed over as damaged. */
    private record Start(long snapshot, List<String> damaged) {
    }

    /**
     * Loads the directory's newest whole snapshot into {@code catalog} (empty, on {@code clock}) and
     * {@code tokens}, replays the journal after it and opens the journal for appending.
     *
     * @param flushInterval null to force every entry to the disk before the request is answered;
     *                      else how often a background flusher forces the journal
     * @param compactionMinEntries the fewest entries since the last snapshot that start a compaction
     * @throws UncheckedIOException when the directory cannot be created or read
     * @throws IllegalStateException when another engine holds the directory, an intact entry cannot be
     *                               applied, or damage leaves no way back to every acknowledged write
     */
    public static Opened open(Path directory, Duration flushInterval, long compactionMinEntries, Catalog catalog,
                              IdempotencyTokens tokens, ReplayClock clock) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw cannotOpen(directory, e);
        }
        DirectoryLock lock = null;
        JournalFile file = null;
        try {
            lock = DirectoryLock.acquire(directory);
            DirectoryFiles.tidy(directory);
            NavigableSet<Long> segments = DirectoryFiles.segments(directory);
            Start start = start(directory, segments);
            DataDirectory replay = new DataDirectory(catalog, tokens, clock);
            if (start.snapshot() >= 0) {
                SnapshotFile.load(DirectoryFiles.snapshot(directory, start.snapshot()), catalog, tokens, clock);
            }
            NavigableSet<Long> after = segments.tailSet(Math.max(0, start.snapshot()), true);
            long generation = after.isEmpty() ? Math.max(0, start.snapshot()) : after.last();
            for (long earlier : after.headSet(generation, false)) {
                replay.replayWhole(directory, earlier);
            }
            file = JournalFile.open(DirectoryFiles.segment(directory, generation));
            DirectoryFiles.force(directory);
            long entriesBefore = replay.entries;
            long dropped = replay.replay(file, true);
            clock.live();
            Recovery recovery = new Recovery(directory,
                    start.snapshot() < 0 ? null : DirectoryFiles.snapshot(directory, start.snapshot()).getFileName()
                            .toString(), replay.entries, catalog.tables().size(), itemCount(catalog), dropped,
                    start.damaged());
            Journal journal = new Journal(file, generation, replay.entries - entriesBefore, lock, clock, flushInterval);
            Compaction compaction = new Compaction(directory, catalog, tokens, clock, journal, compactionMinEntries,
                    start.snapshot());
            journal.compaction(compaction);
            compaction.appended(replay.entries - entriesBefore);
            return new Opened(journal, recovery);
        } catch (IOException e) {
            closeQuietly(file, lock);
            throw cannotOpen(directory, e);
        } catch (RuntimeException e) {
            closeQuietly(file, lock);
            throw e;
        }
    }

    /**
     * The newest snapshot that is whole and followed by every journal segment after it; with none,
     * the first segment (or an empty directory). A damaged snapshot is passed over, named in the
     * recovery; when that leaves no way back to every acknowledged write, start-up is refused.
     */
    private static Start start(Path directory, NavigableSet<Long> segments) throws IOException {
        List<String> damaged = new ArrayList<>();
        NavigableSet<Long> snapshots = DirectoryFiles.snapshots(directory);
        for (long generation : snapshots.descendingSet()) {
            Path snapshot = DirectoryFiles.snapshot(directory, generation);
            String damage = SnapshotFile.damage(snapshot);
            if (damage == null && contiguous(segments, generation)) {
                return new Start(generation, damaged);
            }
            damaged.add(snapshot.getFileName() + (damage != null ? " is damaged: " + damage
                    : " lacks journal segments after it"));
        }
        if (segments.isEmpty() ? snapshots.isEmpty() : contiguous(segments, 0)) {
            return new Start(-1, damaged);
        }
        throw new IllegalStateException("The data directory " + directory + " cannot be recovered without losing"
                + " acknowledged writes: " + (damaged.isEmpty() ? "its first journal segments are missing"
                : String.join("; ", damaged) + ", and the journal before it is gone")
                + ". Restore the directory from a backup, or start with an empty data directory.");
    }

    /** True when the segments from {@code generation} on are {@code generation}, the next, and so on (or none). */
    private static boolean contiguous(NavigableSet<Long> segments, long generation) {
        long expected = generation;
        for (long segment : segments.tailSet(generation, true)) {
            if (segment != expected++) {
                return false;
            }
        }
        return true;
    }

    /** Replays a segment before the last: it was forced whole before the next began, so damage there is refused. */
    private void replayWhole(Path directory, long generation) throws IOException {
        Path path = DirectoryFiles.segment(directory, generation);
        try (JournalFile segment = JournalFile.open(path)) {
            long damaged = replay(segment, false);
            if (damaged > 0) {
                throw new IllegalStateException("The journal segment " + path + " is damaged " + damaged
                        + " bytes before its end, and later segments hold writes made after it: restore the data"
                        + " directory from a backup, or start with an empty data directory.");
            }
        }
    }

    private long replay(JournalFile segment, boolean cutDamagedTail) throws IOException {
        return segment.replay(this::apply, cutDamagedTail);
    }

    private void apply(byte[] payload) {
        entries++;
        try {
            JournalEntry entry = JournalEntry.decode(payload);
            clock.replaying(Instant.ofEpochMilli(entry.appliedAtMillis()));
            Replay.apply(catalog, tokens, entry);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Journal entry " + entries + " is intact but cannot be applied ("
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
