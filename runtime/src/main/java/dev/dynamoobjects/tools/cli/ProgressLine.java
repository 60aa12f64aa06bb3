package dev.dynamoobjects.tools.cli;

import dev.dynamoobjects.tools.CopyListener;
import dev.dynamoobjects.tools.CopyProgress;
import java.io.PrintStream;
import java.util.Locale;

/** Shows the progress of a copy, an export or an import on one line of a terminal, rewritten in place. */
final class ProgressLine implements CopyListener {
    private static final String COPIED = "copied";

    private final PrintStream err;
    private final String table;
    private final String verb;

    /** Returns the line of a copy: items copied of items scanned. */
    ProgressLine(PrintStream err, String table) {
        this(err, table, COPIED);
    }

    private ProgressLine(PrintStream err, String table, String verb) {
        this.err = err;
        this.table = table;
        this.verb = verb;
    }

    /** Returns the line of an export: items written to the file. */
    static ProgressLine exporting(PrintStream err, String table) {
        return new ProgressLine(err, table, "exported");
    }

    /** Returns the line of an import: items written to the table. */
    static ProgressLine importing(PrintStream err, String table) {
        return new ProgressLine(err, table, "imported");
    }

    @Override
    public void progress(CopyProgress progress) {
        String counts = verb.equals(COPIED)
                ? String.format(Locale.ROOT, "copied %,d of %,d items scanned", progress.copied(), progress.scanned())
                : String.format(Locale.ROOT, "%s %,d items", verb, progress.copied());
        err.print(String.format(Locale.ROOT, "\r%s: %s (%,.0f items/s)%s",
                table, counts, progress.itemsPerSecond(), throttling(progress)));
        err.flush();
    }

    /** Says that the target throttles, once it does: the retries and pauses of the writes so far. */
    private static String throttling(CopyProgress progress) {
        return progress.writes().retries() == 0 ? "" : "; target throttling: " + progress.writes();
    }

    /** Ends the line. */
    void finish() {
        err.println();
    }
}
