package dev.dynamoobjects.batch;

import dev.dynamoobjects.exception.DynamoObjectsException;
import dev.dynamoobjects.exception.ThrottledException;
import dev.dynamoobjects.internal.errors.Errors;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Sends pending work in chunks until all of it is done or the batch gives up: unprocessed work
 * goes back to the front of the queue (so it joins the next chunk), with a pause before the next
 * request; a throttled request counts as all of its work unprocessed; any other error stops the
 * loop. It gives up after {@link BatchRetry#maxAttempts()} requests in a row that did nothing, so
 * work that makes progress, however slowly, is finished.
 */
final class RetryLoop<T> {
    /** Sends one chunk and returns the work DynamoDB left unprocessed. */
    @FunctionalInterface
    interface Sender<T> {
        Collection<Pending<T>> send(Chunk<T> chunk);
    }

    /**
     * What was not done and the error that explains it: null when everything was done, or when
     * the last request left its work unprocessed rather than failing.
     */
    record Outcome<T>(List<Pending<T>> undone, DynamoObjectsException cause, BatchStats stats) {
    }

    private final int chunkSize;
    private final BatchRetry retry;
    private final Sender<T> sender;
    private final Deque<Pending<T>> queue;
    /** The pause level in nanoseconds, as {@link BatchRetry} paces it; 0 before any setback. */
    private long level;
    private int fruitless;
    private final int fewestRequests;
    private int requests;
    private long pausedNanos;

    private RetryLoop(Collection<Pending<T>> work, int chunkSize, BatchRetry retry, Sender<T> sender) {
        this.queue = new ArrayDeque<>(work);
        this.chunkSize = chunkSize;
        this.fewestRequests = (work.size() + chunkSize - 1) / chunkSize;
        this.retry = retry;
        this.sender = sender;
    }

    static <T> Outcome<T> run(Collection<Pending<T>> work, int chunkSize, BatchRetry retry, Sender<T> sender) {
        return new RetryLoop<>(work, chunkSize, retry, sender).run();
    }

    private Outcome<T> run() {
        while (!queue.isEmpty()) {
            Chunk<T> chunk = nextChunk();
            List<Pending<T>> unprocessed;
            DynamoObjectsException throttle = null;
            requests++;
            try {
                unprocessed = new ArrayList<>(sender.send(chunk));
            } catch (SdkException e) {
                DynamoObjectsException error = Errors.translate(e, String.join(", ", chunk.tableNames()), null);
                if (!(error instanceof ThrottledException)) {
                    return stop(chunk.all(), error);
                }
                throttle = error;
                unprocessed = chunk.all();
            }
            boolean didNothing = unprocessed.size() == chunk.all().size();
            fruitless = didNothing ? fruitless + 1 : 0;
            level = didNothing ? retry.raised(level) : level / 2;
            if (fruitless >= retry.maxAttempts()) {
                return stop(unprocessed, throttle);
            }
            requeue(unprocessed);
            if (!pause(unprocessed.isEmpty())) {
                return stop(List.of(), new DynamoObjectsException(BatchMessages.interrupted(), null, null,
                        new InterruptedException()));
            }
        }
        return new Outcome<>(List.of(), null, stats());
    }

    private BatchStats stats() {
        return new BatchStats(requests, Math.max(0, requests - fewestRequests), Duration.ofNanos(pausedNanos));
    }

    private Chunk<T> nextChunk() {
        List<Pending<T>> work = new ArrayList<>(chunkSize);
        while (work.size() < chunkSize && !queue.isEmpty()) {
            work.add(queue.pollFirst());
        }
        return new Chunk<>(work);
    }

    /** Puts unprocessed work back in front, in its order. */
    private void requeue(List<Pending<T>> unprocessed) {
        for (int i = unprocessed.size() - 1; i >= 0; i--) {
            queue.addFirst(unprocessed.get(i));
        }
    }

    /** Waits before the next request when this one left work undone; false when interrupted. */
    private boolean pause(boolean allDone) {
        if (allDone) {
            return true;
        }
        try {
            Duration pause = retry.pause(level);
            retry.sleeper().sleep(pause);
            pausedNanos += pause.toNanos();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Outcome<T> stop(List<Pending<T>> failed, DynamoObjectsException cause) {
        List<Pending<T>> undone = new ArrayList<>(failed);
        undone.addAll(queue);
        return new Outcome<>(undone, cause, stats());
    }
}
