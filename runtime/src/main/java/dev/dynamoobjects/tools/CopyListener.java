package dev.dynamoobjects.tools;

/**
 * Hears how a {@link TableCopy}, a {@link TableExport} or a {@link TableImport} progresses: after
 * every page or batch of items written, and once at the end. Called from the working threads, one
 * call at a time.
 *
 * <pre>{@code
 * TableCopy.of(staging, prod).listener(p -> log.info("{} items, {}/s", p.copied(), p.itemsPerSecond())).run();
 * }</pre>
 */
@FunctionalInterface
public interface CopyListener {
    /** Ignores progress. */
    CopyListener NONE = progress -> { };

    /** Hears the progress so far. */
    void progress(CopyProgress progress);
}
