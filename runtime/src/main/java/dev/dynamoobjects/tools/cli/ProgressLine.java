package dev.dynamoobjects.tools.cli;

import dev.dynamoobjects.tools.CopyListener;
import dev.dynamoobjects.tools.CopyProgress;
import java.io.PrintStream;
import java.util.Locale;

/** Shows a copy's progress on one line of a terminal, rewritten in place. */
final class ProgressLine implements CopyListener {
    private final PrintStream err;
    private final String table;

    ProgressLine(PrintStream err, String table) {
        this.err = err;
        this.table = table;
    }

    @Override
    public void progress(CopyProgress progress) {
        err.print(String.format(Locale.ROOT, "\r%s: copied %,d of %,d items scanned (%,.0f items/s)",
                table, progress.copied(), progress.scanned(), progress.itemsPerSecond()));
        err.flush();
    }

    /** Ends the line. */
    void finish() {
        err.println();
    }
}
