package dev.dynamoobjects.tools;

import dev.dynamoobjects.batch.BatchStats;
import dev.dynamoobjects.table.Table;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.zip.GZIPOutputStream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * Writes every item of a table as DynamoDB JSON lines, the format of DynamoDB's export to S3: one
 * {@code {"Item":{...}}} per line, UTF-8, attributes in name order. DynamoDB's {@code ImportTable}
 * (input format {@code DYNAMODB_JSON}) reads such a file, and {@link TableImport} reads it and
 * DynamoDB's own export files back into any table. Works against any endpoint: a parallel scan, each
 * segment on a thread of its own; the order of the lines is the scan's.
 *
 * <pre>{@code
 * long exported = TableExport.of(client, "prod_product")
 *         .consistentRead(true)
 *         .listener(p -> System.err.printf("\r%,d items", p.copied()))
 *         .to(Path.of("product.jsonl.gz"));                  // gzip, as the name ends with .gz
 * }</pre>
 *
 * <p>An export is a builder: configure it, then run it from one thread. It reads what the table
 * holds while it scans; items written meanwhile may or may not be in the file.
 */
public final class TableExport {
    private final DynamoDbClient client;
    private final String table;
    /** The items this export writes: every one, or an entity table's own items of a single table. */
    private final Predicate<Map<String, AttributeValue>> keep;
    private int segments = 4;
    private boolean consistentRead;
    private CopyListener listener = CopyListener.NONE;

    private TableExport(DynamoDbClient client, String table, Predicate<Map<String, AttributeValue>> keep) {
        this.client = Objects.requireNonNull(client, "client");
        this.table = Objects.requireNonNull(table, "table");
        this.keep = keep;
    }

    /** Returns an export of the table with this physical name (prefix included). */
    public static TableExport of(DynamoDbClient client, String tableName) {
        return new TableExport(client, tableName, item -> true);
    }

    /**
     * Returns an export of a typed table's items: for the table of one entity type of a single table,
     * that entity's items only (told by the type attribute); {@link #of(DynamoDbClient, String)} with
     * the physical name exports every entity type.
     */
    public static TableExport of(Table<?> table) {
        return new TableExport(table.database().client(), table.tableName(), table::holds);
    }

    /** Sets how many scan segments run in parallel, each on a thread; default 4. */
    public TableExport segments(int count) {
        this.segments = ParallelScan.checkSegments(count);
        return this;
    }

    /** Reads with strongly consistent scans (twice the read capacity), so every acknowledged write is seen. */
    public TableExport consistentRead(boolean consistent) {
        this.consistentRead = consistent;
        return this;
    }

    /** Sets who hears the progress: items written to the file so far; default nobody. */
    public TableExport listener(CopyListener progressListener) {
        this.listener = Objects.requireNonNull(progressListener, "progressListener");
        return this;
    }

    /**
     * Writes every item to a file, gzip-compressed when its name ends with {@code .gz}, and returns
     * how many items it wrote. The file appears (or replaces one of its name) only once complete:
     * the items go to {@code FILE.part} first, which a failed export deletes.
     *
     * @throws dev.dynamoobjects.exception.TableNotFoundException when the table does not exist
     * @throws IOException when the file cannot be written
     */
    public long to(Path file) throws IOException {
        requireTable();
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try {
            long exported;
            try (OutputStream out = Files.newOutputStream(part)) {
                exported = file.getFileName().toString().endsWith(".gz") ? zipped(out) : write(out);
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return exported;
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /**
     * Writes every item to a stream, which it flushes but does not close, and returns how many items
     * it wrote.
     *
     * @throws dev.dynamoobjects.exception.TableNotFoundException when the table does not exist
     * @throws IOException when the stream cannot be written
     */
    public long to(OutputStream out) throws IOException {
        requireTable();
        return write(out);
    }

    private void requireTable() {
        ParallelScan.call(table, () -> client.describeTable(r -> r.tableName(table)));
    }

    private long zipped(OutputStream out) throws IOException {
        try (GZIPOutputStream zipped = new GZIPOutputStream(out, 1 << 16)) {
            return write(zipped);
        }
    }

    private long write(OutputStream out) throws IOException {
        Writer lines = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        Progress progress = new Progress(listener);
        try {
            ParallelScan.run(client, ScanRequest.builder().tableName(table).consistentRead(consistentRead).build(),
                    segments, page -> writePage(page, lines, progress));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        lines.flush();
        return progress.finish();
    }

    /** Writes a page's lines in one piece, so that the lines of segments never mix. */
    private void writePage(List<Map<String, AttributeValue>> page, Writer lines, Progress progress) {
        long written = 0;
        try {
            StringWriter text = new StringWriter(page.size() * 128);
            for (Map<String, AttributeValue> item : page) {
                if (keep.test(item)) {
                    ItemJsonWriter.writeLine(item, text);
                    written++;
                }
            }
            synchronized (lines) {
                lines.write(text.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        progress.add(written, page.size(), BatchStats.NONE);
    }
}
