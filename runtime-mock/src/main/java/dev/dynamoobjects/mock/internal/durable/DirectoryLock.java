package dev.dynamoobjects.mock.internal.durable;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The lock on a data directory's {@code lock} file, so two engines (in this process or another)
 * never write to one directory. A file of its own, as compaction replaces the journal file. The
 * operating system drops the lock of a killed process.
 */
final class DirectoryLock implements AutoCloseable {
    private final FileChannel channel;

    private DirectoryLock(FileChannel channel) {
        this.channel = channel;
    }

    static DirectoryLock acquire(Path directory) throws IOException {
        FileChannel channel = FileChannel.open(directory.resolve("lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("The data directory " + directory
                    + " is in use by another engine; stop it or choose another data directory.");
        }
        return new DirectoryLock(channel);
    }

    /** Releases the lock (closing the channel releases it). */
    @Override
    public void close() throws IOException {
        channel.close();
    }
}
