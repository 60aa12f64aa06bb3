package dev.dynamoobjects.tools;

import dev.dynamoobjects.batch.BatchRetry;
import dev.dynamoobjects.batch.ItemTable;
import dev.dynamoobjects.exception.DynamoObjectsException;
import dev.dynamoobjects.table.Table;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * Writes the items of a file of DynamoDB JSON lines into a table: a file that
 * {@link TableExport} wrote, or a data file of DynamoDB's own export to S3 ({@code DYNAMODB_JSON},
 * one {@code {"Item":{...}}} per line), plain or gzip-compressed (recognized by its first bytes).
 * Works against any endpoint, with batch writes on several threads that retry unprocessed items
 * as {@link BatchRetry} says. Items replace those with the same key; blank lines are skipped.
 *
 * <pre>{@code
 * long imported = TableImport.into(client, "dev_product")
 *         .listener(p -> System.err.printf("\r%,d items", p.copied()))
 *         .from(Path.of("product.jsonl.gz"));
 * }</pre>
 *
 * <p>A bad line (not JSON, not an item, a value DynamoDB would refuse, not the table's key) stops
 * the import there: the items of the lines before it are written, none after it, and an
 * {@link ImportException} names the line and says how many items were written. To find every bad
 * line before writing anything, {@link #check(Path) check} the file first. An import is a builder:
 * configure it, then run it from one thread.
 */
public final class TableImport {
    private final DynamoDbClient client;
    private final String table;
    private final Runnable prepareTarget;
    private final Predicate<Map<String, AttributeValue>> ofEntityType;
    private int threads = 4;
    private BatchRetry retry = BatchRetry.DEFAULT;
    private CopyListener listener = CopyListener.NONE;

    private TableImport(DynamoDbClient client, String table, Runnable prepareTarget,
            Predicate<Map<String, AttributeValue>> ofEntityType) {
        this.client = Objects.requireNonNull(client, "client");
        this.table = Objects.requireNonNull(table, "table");
        this.prepareTarget = prepareTarget;
        this.ofEntityType = ofEntityType;
    }

    /** Returns an import into the existing table with this physical name (prefix included). */
    public static TableImport into(DynamoDbClient client, String tableName) {
        return new TableImport(client, tableName, () -> { }, item -> true);
    }

    /**
     * Returns an import into a typed table, created first when missing and its database allows it.
     * Into the table of one entity type of a single table, a line of another entity type is a bad
     * line; {@link #into(DynamoDbClient, String)} with the physical name imports every type.
     */
    public static TableImport into(Table<?> table) {
        return new TableImport(table.database().client(), table.tableName(), table::ensureExists, table::holds);
    }

    /** Sets how many threads write batches in parallel; default 4. */
    public TableImport threads(int count) {
        if (count < 1 || count > 256) {
            throw new IllegalArgumentException("An import writes on 1 to 256 threads, not " + count);
        }
        this.threads = count;
        return this;
    }

    /** Sets how the batch writes retry; default {@link BatchRetry#DEFAULT}. */
    public TableImport retry(BatchRetry policy) {
        this.retry = Objects.requireNonNull(policy, "policy");
        return this;
    }

    /** Sets who hears the progress: items written so far, with the batches' retries; default nobody. */
    public TableImport listener(CopyListener progressListener) {
        this.listener = Objects.requireNonNull(progressListener, "progressListener");
        return this;
    }

    /**
     * Writes the items of a file and returns how many it wrote.
     *
     * @throws ImportException at a bad line or a failed write, saying how many items were written
     * @throws dev.dynamoobjects.exception.TableNotFoundException when the table does not exist
     * @throws IOException when the file cannot be read
     */
    public long from(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return from(in, file.toString());
        }
    }

    /**
     * Writes the items of a stream, which it does not close, and returns how many it wrote.
     *
     * @param source what the stream is, for messages: a file name, "standard input"
     * @throws ImportException at a bad line or a failed write, saying how many items were written
     * @throws dev.dynamoobjects.exception.TableNotFoundException when the table does not exist
     * @throws IOException when the stream cannot be read
     */
    public long from(InputStream in, String source) throws IOException {
        return run(in, source, true);
    }

    /**
     * Reads every line of a file as {@link #from(Path)} would, writes nothing, and returns how many
     * items it holds.
     *
     * @throws ImportException at the first bad line
     * @throws dev.dynamoobjects.exception.TableNotFoundException when the table does not exist
     * @throws IOException when the file cannot be read
     */
    public long check(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return check(in, file.toString());
        }
    }

    /** Reads every line of a stream as {@link #from(InputStream, String)} would, writes nothing, and counts the items. */
    public long check(InputStream in, String source) throws IOException {
        return run(in, source, false);
    }

    private long run(InputStream in, String source, boolean write) throws IOException {
        if (write) {
            prepareTarget.run();
        }
        TableDescription description = ParallelScan.call(table,
                () -> client.describeTable(r -> r.tableName(table))).table();
        ImportLines lines = new ImportLines(reader(in), new KeyCheck(description, ofEntityType));
        if (!write) {
            long items = 0;
            while (lines.next() != null) {
                items++;
            }
            throwBad(lines, source, 0);
            return items;
        }
        Progress progress = new Progress(listener);
        try (ImportLanes lanes = new ImportLanes(ItemTable.of(client, description), threads, retry, progress)) {
            for (Map<String, AttributeValue> item = lines.next(); item != null; item = lines.next()) {
                lanes.add(item);
            }
            lanes.finish();
        } catch (DynamoObjectsException e) {
            throw ImportException.failedWrite(source, table, progress.copied(), e);
        }
        throwBad(lines, source, progress.copied());
        return progress.finish();
    }

    private void throwBad(ImportLines lines, String source, long written) {
        if (lines.badLine() != 0) {
            throw ImportException.badLine(source, table, lines.badLine(), lines.problem(), written);
        }
    }

    /** Reads the lines of a stream that may be gzip-compressed. */
    private static Utf8Lines reader(InputStream in) throws IOException {
        InputStream buffered = new BufferedInputStream(in, 1 << 16);
        buffered.mark(2);
        int magic = buffered.read() | buffered.read() << 8;
        buffered.reset();
        return new Utf8Lines(magic == ExportFormat.GZIP_MAGIC ? new GZIPInputStream(buffered, 1 << 16) : buffered);
    }
}
