package dev.dynamoobjects.mock.internal.batch;

import dev.dynamoobjects.mock.internal.validation.Messages;

/** BatchGetItem's and BatchWriteItem's message texts, worded as DynamoDB Local 3.1.0 words them. */
public final class BatchMessages {
    static final String GET_NO_REQUESTS = "BatchGetItem must have some requests set";
    static final String GET_TOO_MANY = "Too many items requested for the BatchGetItem call";
    static final String WRITE_NO_REQUESTS = "BatchWriteItem cannot have a null or no requests set";
    static final String WRITE_TOO_MANY = "Too many items requested for the BatchWriteItem call";
    public static final String DUPLICATE_KEYS = "Provided list of item keys contains duplicates";
    /** DynamoDB Local's words for a write request with neither or both of PutRequest and DeleteRequest. */
    static final String NOT_ONE_REQUEST = Messages.SEVERAL_TYPES;

    private BatchMessages() {
    }

    static String emptyKeyList(String table) {
        return "The list of keys in RequestItems for BatchGetItem is required: " + table + " has empty list";
    }

    static String emptyWriteList(String table) {
        return "The batch write request list for a table cannot be null or empty: " + table;
    }
}
