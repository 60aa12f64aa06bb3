package dev.dynamoobjects.mock.internal.durable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Strict durability's group commit: writers whose entries were appended while a force was in
 * progress share the next force, and each returns only once its own entry is forced.
 */
class GroupCommitTest {
    private static final int WRITERS = 4;
    @TempDir
    Path directory;

    @Test
    void writersQueuedBehindAForceShareTheNextOneAndEachReturnsOnlyOnceItsEntryIsForced() throws Exception {
        try (Journal journal = strictJournal()) {
            Object engineWriteLock = new Object();
            Map<Integer, Long> appendedTo = new ConcurrentHashMap<>();
            Map<Integer, Long> forcedWhenAnswered = new ConcurrentHashMap<>();
            List<Thread> writers = new ArrayList<>();
            synchronized (journal.forcing) { // a force in progress
                for (int i = 0; i < WRITERS; i++) {
                    int writer = i;
                    writers.add(started(() -> {
                        long position;
                        synchronized (engineWriteLock) {
                            journal.stored("t", Map.of("pk", AttributeValue.fromS("item " + writer)));
                            position = journal.commit();
                        }
                        appendedTo.put(writer, position);
                        journal.awaitDurable(position);
                        forcedWhenAnswered.put(writer, journal.forcedTo());
                    }));
                }
                while (appendedTo.size() < WRITERS) { // all appended: none is blocked on the engine's lock any more
                    Thread.sleep(1);
                }
                for (Thread writer : writers) {
                    awaitBlocked(writer);
                }
                assertTrue(forcedWhenAnswered.isEmpty(), "no writer answers before its entry is forced");
            }
            for (Thread writer : writers) {
                writer.join();
            }
            assertEquals(1, journal.forces(), "the four entries appended during the force share one force");
            for (int i = 0; i < WRITERS; i++) {
                assertTrue(forcedWhenAnswered.get(i) >= appendedTo.get(i), "writer " + i + " answered before its entry was forced");
            }
        }
    }

    @Test
    void aWriterWhoseEntryAForceAlreadyCoveredDoesNotForceAgain() {
        try (Journal journal = strictJournal()) {
            journal.stored("t", Map.of("pk", AttributeValue.fromS("a")));
            long first = journal.commit();
            journal.stored("t", Map.of("pk", AttributeValue.fromS("b")));
            long second = journal.commit();
            journal.awaitDurable(second);
            journal.awaitDurable(first);
            assertEquals(1, journal.forces());
            assertEquals(second, journal.forcedTo());
        }
    }

    private Journal strictJournal() {
        try {
            return new Journal(JournalFile.open(DirectoryFiles.segment(directory, 0)), 0, 0,
                    DirectoryLock.acquire(directory), Clock.systemUTC(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Thread started(Runnable writer) {
        Thread thread = new Thread(writer);
        thread.start();
        return thread;
    }

    /**
     * Waits (without a time limit: the test's own timeout applies) until the thread is blocked; once it
     * has appended, the only monitor left to block on is the force's.
     */
    private static void awaitBlocked(Thread thread) throws InterruptedException {
        while (thread.getState() != Thread.State.BLOCKED) {
            if (!thread.isAlive()) {
                throw new AssertionError(thread + " finished while a force was in progress");
            }
            Thread.sleep(1);
        }
    }
}
