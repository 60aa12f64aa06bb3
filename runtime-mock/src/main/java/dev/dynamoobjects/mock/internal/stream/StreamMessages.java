package dev.dynamoobjects.mock.internal.stream;

/**
 * Every message text of the streams side, as DynamoDB (or, where DynamoDB's text is not known,
 * DynamoDB Local 3.1.0) words it. One place, so tests and code cannot drift apart.
 */
public final class StreamMessages {
    /** DynamoDB's text (recorded in the ACK controller's logs, aws-controllers-k8s/community#1000); Local omits the table name. */
    public static final String ALREADY_ENABLED_PREFIX = "Table already has an enabled stream";
    public static final String NO_STREAM_TO_DISABLE = "Table has no stream to disable";
    public static final String ENABLED_NULL = "Stream StreamEnabled was null";
    public static final String VIEW_TYPE_MISSING =
            "Invalid StreamViewType: Stream ViewType must not be null or empty when enabling streams.";
    public static final String VIEW_TYPE_WHEN_DISABLED =
            "Invalid StreamViewType: Stream StreamEnabled was false but a StreamViewType was present.";
    public static final String THROUGHPUT_AND_STREAM = "Cannot change IOPS and Streams at the same time.";
    public static final String INVALID_ITERATOR = "Invalid ShardIterator";
    public static final String SHARD_NOT_FOUND = "Shard does not exist";
    public static final String INVALID_SEQUENCE_NUMBER =
            "One or more parameter values were invalid: Invalid SequenceNumber";
    public static final String SEQUENCE_NUMBER_NOT_ALLOWED =
            "One or more parameter values were invalid: SequenceNumber should not be passed for this iterator type";
    public static final String RECORDS_LIMIT_TOO_HIGH =
            "One or more parameter values were invalid: Limit should be less than or equal to 1000";
    /** DynamoDB's text, as its SDKs surface it (ironSource/node-dynamodb-stream#13). */
    public static final String TRIMMED = "The data you are trying to access has been trimmed";

    private StreamMessages() {
    }

    /** DynamoDB's text for enabling a stream on a table that has one. */
    public static String alreadyEnabled(String tableName) {
        return ALREADY_ENABLED_PREFIX + ": TableName: " + tableName;
    }

    public static String streamNotFound(String arn) {
        return "Requested resource not found: Stream: " + arn + " not found";
    }

    /** The wording DynamoDB Streams shares with Kinesis, whose iterators it reuses; 15 minutes for DynamoDB. */
    public static String iteratorExpired(String created, String now, long toleratedMillis) {
        return "Iterator expired. The iterator was created at time " + created + " while right now it is " + now
                + " which is further in the future than the tolerated delay of " + toleratedMillis + " milliseconds.";
    }
}
