package dev.dynamoobjects.mock.internal.durable;

import dev.dynamoobjects.mock.internal.table.Catalog;
import dev.dynamoobjects.mock.internal.transaction.IdempotencyTokens;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A snapshot on disk: a sequence of parts framed as journal entries are (length, CRC32, payload),
 * each part a kind byte and its data: the header (format, generation, time, the streams' counters),
 * each stream then each of its shards with its records, each table then its items (in parts of
 * {@value #ITEMS_PER_PART}), each ClientRequestToken, and an end part that repeats the counts. A
 * file whose parts do not all pass their checksums, or that lacks its end, is damaged: it is never
 * used. Written to a temporary file, forced to the disk, then renamed into place (and the directory
 * forced), so a snapshot file that exists is complete.
 */
final class SnapshotFile {
    static final int MAGIC = 0x44534e50; // "DSNP"
    static final int VERSION = 1;
    static final int ITEMS_PER_PART = 1000;
    static final int HEADER = 1;
    static final int STREAM = 2;
    static final int SHARD = 3;
    static final int TABLE = 4;
    static final int ITEMS = 5;
    static final int TOKEN = 6;
    static final int END = 7;

    private SnapshotFile() {
    }

    /** Writes the snapshot as {@code target}: into a temporary file first, renamed once it is on the disk. */
    static void write(Snapshot snapshot, Path target) throws IOException {
        Path temporary = target.resolveSibling(target.getFileName() + DirectoryFiles.TEMPORARY);
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            new SnapshotWriter(channel).write(snapshot);
            channel.force(true);
        }
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        DirectoryFiles.force(target.getParent());
    }

    /**
     * Reads every part's frame and checksum, parsing nothing.
     *
     * @return why the file cannot be used (short, a part damaged, no end part), or null when it is whole
     */
    static String damage(Path file) throws IOException {
        long size = Files.size(file);
        long valid = 0;
        byte[] last = null;
        try (DataInputStream in = open(file)) {
            byte[] payload;
            while ((payload = Frames.next(in, size - valid)) != null) {
                valid += Frames.HEADER_BYTES + payload.length;
                if (last == null && (payload[0] != HEADER || payload.length < 9
                        || ByteBuffer.wrap(payload, 1, 8).getInt() != MAGIC)) {
                    return "it is not a snapshot of this format";
                }
                last = payload;
            }
        }
        if (valid < size) {
            return "its part at byte " + valid + " of " + size + " is cut short or fails its checksum";
        }
        if (last == null || last[0] != END) {
            return "it ends before its last part (" + size + " bytes)";
        }
        return null;
    }

    /**
     * Puts the snapshot (whole: see {@link #damage}) back into the empty {@code catalog} and
     * {@code tokens}, with the clock standing at each table's creation time.
     */
    static void load(Path file, Catalog catalog, IdempotencyTokens tokens, ReplayClock clock) throws IOException {
        try (DataInputStream frames = open(file)) {
            new SnapshotReader(frames, Files.size(file), catalog, tokens, clock).read();
        }
    }

    private static DataInputStream open(Path file) throws IOException {
        InputStream stream = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return new DataInputStream(stream);
    }
}
