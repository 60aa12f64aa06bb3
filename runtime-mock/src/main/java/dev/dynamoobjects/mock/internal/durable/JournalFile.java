package dev.dynamoobjects.mock.internal.durable;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * The journal on disk: a sequence of entries, each framed as a 4-byte length, the CRC32 of the
 * payload (4 bytes) and the payload. A frame whose length runs past the end of the file or whose
 * checksum does not match ends the readable journal: it is a write cut short by a crash (or damage),
 * and it and everything after it are cut off when the journal is opened.
 *
 * <p>Engine-internal. Appends are called under the engine's write lock; {@link #force} may run
 * concurrently from the relaxed-durability flusher.
 */
final class JournalFile implements AutoCloseable {
    private final Path path;
    private final FileChannel channel;
    /** Where the last complete entry ends: what a force started now covers. */
    private volatile long appendedTo;

    private JournalFile(Path path, FileChannel channel) {
        this.path = path;
        this.channel = channel;
    }

    /** Opens the journal, creating it if needed (the caller holds the directory's lock). */
    static JournalFile open(Path path) throws IOException {
        return new JournalFile(path, FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE));
    }

    /**
     * Hands each intact entry's payload to {@code entries}, in order, then (when
     * {@code cutDamagedTail}) cuts off a damaged tail and positions the file for appending.
     *
     * @return the number of bytes after the last intact entry (0 when the journal was intact)
     */
    long replay(Consumer<byte[]> entries, boolean cutDamagedTail) throws IOException {
        long size = channel.size();
        long valid = 0;
        InputStream stream = new BufferedInputStream(Channels.newInputStream(channel.position(0)), 1 << 16);
        DataInputStream in = new DataInputStream(stream);
        byte[] payload;
        while ((payload = Frames.next(in, size - valid)) != null) {
            entries.accept(payload);
            valid += Frames.HEADER_BYTES + payload.length;
        }
        if (valid < size && cutDamagedTail) {
            channel.truncate(valid);
            channel.force(true);
        }
        channel.position(valid);
        appendedTo = valid;
        return size - valid;
    }

    /**
     * Appends one entry (length, checksum, payload); durable only after {@link #force}. A write that
     * fails (a full disk) is taken back, so that the entries after it are not hidden behind a torn frame.
     */
    void append(byte[] payload) throws IOException {
        ByteBuffer frame = Frames.frame(payload);
        long start = channel.position();
        try {
            while (frame.hasRemaining()) {
                channel.write(frame);
            }
        } catch (IOException e) {
            channel.truncate(start);
            channel.position(start);
            throw e;
        }
        appendedTo = channel.position();
    }

    /** Where the last complete entry appended ends. */
    long appendedTo() {
        return appendedTo;
    }

    /** Waits until every appended entry is on the disk. */
    void force() throws IOException {
        channel.force(false);
    }

    Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        if (channel.isOpen()) {
            channel.force(false);
            channel.close();
        }
    }
}
