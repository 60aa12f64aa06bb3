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
        err.print(String.format(Locale.ROOT, "\r%s: copied %,d of %,d items scanned (%,.0f items/s)%s",
                table, progress.copied(), progress.scanned(), progress.itemsPerSecond(), throttling(progress)));
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
