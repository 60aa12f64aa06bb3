package dev.dynamoobjects.stream;

import dev.dynamoobjects.annotation.StreamView;
import dev.dynamoobjects.internal.errors.Describe;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The texts of the change feed's exceptions. */
final class StreamMessages {
    /** How long DynamoDB keeps a stream record, as its documentation says. */
    private static final String RETENTION = "DynamoDB keeps stream records for 24 hours";
    /** What a consumer does when changes it had not read are gone. */
    private static final String RESTART = "reconcile the table another way (a scan) and start again from fromTrimHorizon()";

    private StreamMessages() {
    }

    static String notEnabled(String table) {
        return "Table " + table + " has no stream enabled: declare @Stream on its record (or @SingleTable interface) before the table is"
                + " created, or enable a stream on the table (UpdateTable with a StreamSpecification)";
    }

    static String noImage(String table, StreamView view, String image) {
        return "The stream of table " + table + " carries " + view + ", so its changes have no " + image
                + " image; declare @Stream(StreamView.NEW_AND_OLD_IMAGES) on the record and give the table a stream"
                + " with that view (a stream's view cannot change: disable the stream and enable a new one)";
    }

    static String entityTypeNotCarried(String table, StreamView view) {
        return "The stream of table " + table + " carries " + view + ", which does not tell the entity types of its"
                + " changes apart (INSERTs and REMOVEs need their image's type attribute); declare"
                + " @Stream(StreamView.NEW_AND_OLD_IMAGES) on the @SingleTable interface and give the table a stream"
                + " with that view (a stream's view cannot change: disable the stream and enable a new one)";
    }

    static String undecodable(String image, Change<?> change, Map<String, AttributeValue> key, String problem) {
        return "Cannot decode the " + image + " image of the " + change.kind() + " of " + Describe.key(key)
                + " (sequence number " + change.sequenceNumber() + "): " + problem;
    }

    static String trimmed(String table, String shardId, String position) {
        return "Changes of table " + table + " were lost: shard " + shardId + " no longer holds the records "
                + position + " (" + RETENTION + "): " + RESTART + ", and read more often";
    }

    static String shardGone(String table, String shardId, String position) {
        return "Changes of table " + table + " may have been lost: shard " + shardId + ", read up to " + position
                + ", is no longer in the stream (" + RETENTION + "): " + RESTART + ", and read more often";
    }

    static String otherStream(String table, String checkpointStream, String tableStream) {
        return "The checkpoint belongs to stream " + checkpointStream + ", but table " + table + " now streams to "
                + tableStream + " (its stream was disabled and enabled again, or the table re-created): " + RESTART;
    }

    static String notACheckpoint(String text, String problem) {
        return "Not a change feed checkpoint (" + problem + "): \"" + text + "\"; pass a string that"
                + " ChangeReader.checkpoint() returned";
    }

    static String failed(String operation, String table, String streamArn, String cause) {
        return operation + " on the stream of table " + table + " (" + streamArn + ") failed: " + cause;
    }

    static String interrupted(String table) {
        return "Interrupted while waiting for the changes of table " + table;
    }
}
