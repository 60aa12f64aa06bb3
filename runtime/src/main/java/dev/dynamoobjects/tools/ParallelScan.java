package dev.dynamoobjects.tools;

import dev.dynamoobjects.internal.errors.Errors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * A parallel scan for the tools: each segment on a thread of its own, every page handed to a
 * handler on that thread. The first failure of any segment stops the others and is thrown.
 */
final class ParallelScan {
    private ParallelScan() {
    }

    /**
     * Scans every segment of {@code request} (its table, consistency) and hands each page's items to
     * {@code pages}, from the segment's thread.
     */
    static void run(DynamoDbClient client, ScanRequest request, int segments,
            Consumer<List<Map<String, AttributeValue>>> pages) {
        ExecutorService threads = Executors.newFixedThreadPool(segments, runnable -> {
            Thread thread = new Thread(runnable, "scan-" + request.tableName());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int segment = 0; segment < segments; segment++) {
                ScanRequest part = request.toBuilder().segment(segment).totalSegments(segments).build();
                running.add(threads.submit(() -> scan(client, part, pages)));
            }
            for (Future<?> segment : running) {
                await(segment);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** Returns what {@code request} returns, a DynamoDB error translated to the runtime's exceptions. */
    static <V> V call(String table, Supplier<V> request) {
        try {
            return request.get();
        } catch (SdkException e) {
            throw Errors.translate(e, table, null);
        }
    }

    /** Checks the number of segments of a scan. */
    static int checkSegments(int count) {
        if (count < 1 || count > 1_000_000) {
            throw new IllegalArgumentException("A scan has 1 to 1,000,000 segments, not " + count);
        }
        return count;
    }

    private static void scan(DynamoDbClient client, ScanRequest request,
            Consumer<List<Map<String, AttributeValue>>> pages) {
        try {
            for (ScanResponse page : client.scanPaginator(request)) {
                pages.accept(page.items());
            }
        } catch (SdkException e) {
            throw Errors.translate(e, request.tableName(), null);
        }
    }

    private static void await(Future<?> segment) {
        try {
            segment.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw (Error) e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while scanning " + segment, e);
        }
    }
}
