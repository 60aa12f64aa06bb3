package dev.dynamoobjects.mock;

import java.nio.file.Path;

/**
 * What an engine with a data directory read back when it started: the journal entries replayed,
 * the tables and items they left, and the bytes of a damaged tail (a write cut short by a crash)
 * that were cut off.
 *
 * <pre>{@code
 * EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.builder().dataDirectory(Path.of("data")).build();
 * dynamo.recovery().ifPresent(recovery -> System.out.println(recovery.summary()));
 * }</pre>
 *
 * @param directory the data directory
 * @param entries the journal entries replayed (one per acknowledged write request)
 * @param tables the tables after replay
 * @param items the items in those tables after replay
 * @param bytesDropped the length of the damaged tail cut off the journal; 0 when it was intact
 */
public record Recovery(Path directory, long entries, int tables, long items, long bytesDropped) {
    /** One line for a start-up message. */
    public String summary() {
        String recovered = "Data directory " + directory + ": replayed " + entries + " journal entries, "
                + tables + " tables, " + items + " items";
        return bytesDropped == 0 ? recovered + "."
                : recovered + "; cut off a damaged journal tail of " + bytesDropped
                        + " bytes (a write that was never acknowledged).";
    }
}
