package dev.dynamoobjects.mock;

import java.nio.file.Path;
import java.util.List;

/**
 * What an engine with a data directory read back when it started: the snapshot it loaded, the
 * journal entries replayed after it, the tables and items they left, the bytes of a damaged tail (a
 * write cut short by a crash) that were cut off, and the damaged snapshots it passed over.
 *
 * <pre>{@code
 * EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.builder().dataDirectory(Path.of("data")).build();
 * dynamo.recovery().ifPresent(recovery -> System.out.println(recovery.summary()));
 * }</pre>
 *
 * @param directory the data directory
 * @param snapshot the snapshot file loaded, null when none was (the journal was replayed from its start)
 * @param entries the journal entries replayed after the snapshot (one per acknowledged write request)
 * @param tables the tables after replay
 * @param items the items in those tables after replay
 * @param bytesDropped the length of the damaged tail cut off the journal; 0 when it was intact
 * @param damagedSnapshots the snapshots passed over, each with what is wrong with it; empty when none was
 */
public record Recovery(Path directory, String snapshot, long entries, int tables, long items, long bytesDropped,
                       List<String> damagedSnapshots) {
    public Recovery {
        damagedSnapshots = List.copyOf(damagedSnapshots);
    }

    /** One line for a start-up message. */
    public String summary() {
        String recovered = "Data directory " + directory + ": " + (snapshot == null ? "" : "loaded " + snapshot + ", ")
                + "replayed " + entries + " journal entries, " + tables + " tables, " + items + " items";
        if (bytesDropped != 0) {
            recovered += "; cut off a damaged journal tail of " + bytesDropped
                    + " bytes (a write that was never acknowledged)";
        }
        if (!damagedSnapshots.isEmpty()) {
            recovered += "; passed over " + String.join("; ", damagedSnapshots) + ", recovering from "
                    + (snapshot == null ? "the whole journal" : snapshot + " and the journal after it") + " instead";
        }
        return recovered + ".";
    }
}
