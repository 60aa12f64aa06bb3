package dev.dynamoobjects.tools;

import dev.dynamoobjects.batch.BatchRetry;
import dev.dynamoobjects.batch.BatchWrite;
import dev.dynamoobjects.batch.BatchWriteException;
import dev.dynamoobjects.batch.ItemTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Writes imported items with batch writes on several threads. Each key always goes to the same
 * thread (its lane), which writes its batches in order: when a file holds one key twice, the later
 * line wins, as it would with one thread. At most two batches per lane wait or run at a time, so a
 * slow table slows the reading of the file instead of filling the memory.
 */
final class ImportLanes implements AutoCloseable {
    /** Items per task: four BatchWriteItem requests. */
    static final int BATCH = 100;

    private final ItemTable table;
    private final BatchRetry retry;
    private final Progress progress;
    private final ExecutorService[] lanes;
    private final List<List<Map<String, AttributeValue>>> buffers = new ArrayList<>();
    private final Semaphore inFlight;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    ImportLanes(ItemTable table, int threads, BatchRetry retry, Progress progress) {
        this.table = table;
        this.retry = retry;
        this.progress = progress;
        this.lanes = new ExecutorService[threads];
        for (int lane = 0; lane < threads; lane++) {
            lanes[lane] = Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "import-" + table.name());
                thread.setDaemon(true);
                return thread;
            });
            buffers.add(new ArrayList<>(BATCH));
        }
        this.inFlight = new Semaphore(2 * threads);
    }

    /** Adds an item to write; throws the first failure of any lane so far. */
    void add(Map<String, AttributeValue> item) {
        throwFailure();
        int lane = Math.floorMod(table.keyOf(item).hashCode(), lanes.length);
        buffers.get(lane).add(item);
        if (buffers.get(lane).size() == BATCH) {
            send(lane);
        }
    }

    /** Writes what is left, waits for every lane and throws the first failure of any. */
    void finish() {
        for (int lane = 0; lane < lanes.length; lane++) {
            if (!buffers.get(lane).isEmpty()) {
                send(lane);
            }
        }
        await();
        throwFailure();
    }

    /** Waits for the batches sent; what was not sent yet is not written. */
    @Override
    public void close() {
        await();
    }

    private void send(int lane) {
        List<Map<String, AttributeValue>> items = buffers.get(lane);
        buffers.set(lane, new ArrayList<>(BATCH));
        inFlight.acquireUninterruptibly();
        lanes[lane].execute(() -> {
            try {
                if (failure.get() == null) {
                    write(items);
                }
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            } finally {
                inFlight.release();
            }
        });
    }

    private void write(List<Map<String, AttributeValue>> items) {
        BatchWrite batch = new BatchWrite().retry(retry).put(table, items);
        try {
            batch.execute();
        } catch (BatchWriteException e) {
            progress.add(e.written(), items.size(), e.stats());
            throw e;
        }
        progress.add(items.size(), items.size(), batch.stats());
    }

    private void await() {
        for (ExecutorService lane : lanes) {
            lane.shutdown();
        }
        for (ExecutorService lane : lanes) {
            try {
                while (!lane.awaitTermination(1, TimeUnit.MINUTES)) {
                    // A lane keeps retrying as its BatchRetry says; wait for it.
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while importing into " + table.name(), e);
            }
        }
    }

    private void throwFailure() {
        RuntimeException first = failure.get();
        if (first != null) {
            throw first;
        }
    }
}
