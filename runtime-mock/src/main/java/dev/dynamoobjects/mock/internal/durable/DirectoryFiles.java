package dev.dynamoobjects.mock.internal.durable;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of a data directory: journal segments {@code journal-<generation>.log}, snapshots
 * {@code snapshot-<generation>.snap} (the state where the segment of the same generation starts),
 * temporary files of snapshots being written, and the {@code lock}.
 */
final class DirectoryFiles {
    /** What a snapshot being written is named with, after its own name. */
    static final String TEMPORARY = ".tmp";
    /** The one journal of a directory written before journals had segments: generation 0. */
    private static final String FIRST_JOURNAL = "journal.log";
    private static final Pattern SEGMENT = Pattern.compile("journal-(\\d{1,18})\\.log");
    private static final Pattern SNAPSHOT = Pattern.compile("snapshot-(\\d{1,18})\\.snap");

    private DirectoryFiles() {
    }

    static Path segment(Path directory, long generation) {
        return directory.resolve("journal-" + generation + ".log");
    }

    static Path snapshot(Path directory, long generation) {
        return directory.resolve("snapshot-" + generation + ".snap");
    }

    /** The generations of the journal segments in the directory, oldest first. */
    static NavigableSet<Long> segments(Path directory) throws IOException {
        return generations(directory, SEGMENT);
    }

    /** The generations of the snapshots in the directory, oldest first. */
    static NavigableSet<Long> snapshots(Path directory) throws IOException {
        return generations(directory, SNAPSHOT);
    }

    private static NavigableSet<Long> generations(Path directory, Pattern name) throws IOException {
        NavigableSet<Long> generations = new TreeSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                Matcher matcher = name.matcher(file.getFileName().toString());
                if (matcher.matches()) {
                    generations.add(Long.parseLong(matcher.group(1)));
                }
            }
        }
        return generations;
    }

    /**
     * Readies a directory for opening: deletes the temporary files of snapshots a crash cut short,
     * and names the journal of a directory written by an engine without segments as generation 0.
     */
    static void tidy(Path directory) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + TEMPORARY)) {
            for (Path file : files) {
                Files.delete(file);
            }
        }
        Path first = directory.resolve(FIRST_JOURNAL);
        if (Files.exists(first) && segments(directory).isEmpty()) {
            Files.move(first, segment(directory, 0), StandardCopyOption.ATOMIC_MOVE);
            force(directory);
        }
    }

    /** Forces the directory itself, so that a file created, renamed or deleted in it stays so after a crash. */
    static void force(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
