package dev.dynamoobjects.mock.internal.limit;

import java.time.Duration;

/** DynamoDB's service limits, in one place. */
public final class Limits {
    /** Largest item, in DynamoDB's size units (bytes of names and values). */
    public static final int MAX_ITEM_SIZE = 400 * 1024;
    /** Levels of nesting an attribute may have, counting the attribute itself and each list or map in it. */
    public static final int MAX_NESTING_LEVELS = 32;
    /** Largest partition key value, in bytes. */
    public static final int MAX_PARTITION_KEY_SIZE = 2048;
    /** Largest sort key value, in bytes. */
    public static final int MAX_SORT_KEY_SIZE = 1024;
    /**
     * Attributes a global index's partition key, and its sort key, may each have (DynamoDB's
     * multi-attribute keys, November 2025); a table's and a local index's keys have one.
     */
    public static final int MAX_INDEX_KEY_ATTRIBUTES = 4;
    /** Data a Query or Scan reads for one page before it stops and returns a LastEvaluatedKey. */
    public static final int MAX_PAGE_SIZE = 1024 * 1024;
    /** Global secondary indexes a table may have (DynamoDB's default quota). */
    public static final int MAX_GLOBAL_INDEXES = 20;
    /** Local secondary indexes a table may have. */
    public static final int MAX_LOCAL_INDEXES = 5;
    /** NonKeyAttributes that all of a table's secondary indexes may project together, counted per index. */
    public static final int MAX_PROJECTED_ATTRIBUTES = 100;
    /** Shortest table or index name. */
    public static final int MIN_TABLE_NAME_LENGTH = 3;
    /** The shortest table name an item or table operation accepts before it looks the table up; CreateTable asks for 3. */
    public static final int MIN_TABLE_NAME_LENGTH_IN_REQUEST = 1;
    /** Longest table or index name. */
    public static final int MAX_TABLE_NAME_LENGTH = 255;
    /** Largest ListTables page. */
    public static final int MAX_LIST_TABLES_LIMIT = 100;
    /** Bytes of an item that one read capacity unit covers. */
    public static final int READ_UNIT_SIZE = 4 * 1024;
    /** Bytes of an item that one write capacity unit covers. */
    public static final int WRITE_UNIT_SIZE = 1024;
    /** Most read or write capacity units DynamoDB Local lets one table provision. */
    public static final long MAX_THROUGHPUT = 40_000;
    /** The default account-wide maximum of read (and of write) capacity units in a region (DescribeLimits). */
    public static final long MAX_ACCOUNT_THROUGHPUT = 80_000;
    /** How many days of point-in-time recovery a table may keep, at most. */
    public static final int MAX_RECOVERY_DAYS = 35;
    /** How long a client may cache the endpoint DescribeEndpoints answers, in minutes (DynamoDB's 1440). */
    public static final long ENDPOINT_CACHE_MINUTES = 1440;
    /** Most segments a parallel Scan may have. */
    public static final int MAX_TOTAL_SEGMENTS = 1_000_000;
    /** Keys in one BatchGetItem, all tables together. */
    public static final int MAX_BATCH_GET_KEYS = 100;
    /** Put and delete requests in one BatchWriteItem, all tables together. */
    public static final int MAX_BATCH_WRITE_REQUESTS = 25;
    /** Statements in one BatchExecuteStatement. */
    public static final int MAX_BATCH_STATEMENTS = 25;
    /** Items in one TransactWriteItems or TransactGetItems. */
    public static final int MAX_TRANSACTION_ITEMS = 100;
    /** Bytes of items one TransactWriteItems may write. */
    public static final long MAX_TRANSACTION_PAYLOAD = 4L * 1024 * 1024;
    /** UTF-8 bytes in an attribute name, a map key or an ExpressionAttributeNames value. */
    public static final int MAX_ATTRIBUTE_NAME_BYTES = 65535;
    /** Characters in the name of the attribute that holds items' expiry times. */
    public static final int MAX_TIME_TO_LIVE_ATTRIBUTE_NAME_LENGTH = 255;
    /** Tags one table may carry. */
    public static final int MAX_TAGS = 50;
    /** Unicode characters in a tag key. */
    public static final int MAX_TAG_KEY_LENGTH = 128;
    /** Unicode characters in a tag value. */
    public static final int MAX_TAG_VALUE_LENGTH = 256;
    /** Characters in a ClientRequestToken. */
    public static final int MAX_CLIENT_REQUEST_TOKEN_LENGTH = 36;
    /** How long a ClientRequestToken makes a TransactWriteItems idempotent. */
    public static final Duration CLIENT_REQUEST_TOKEN_LIFETIME = Duration.ofMinutes(10);

    private Limits() {
    }
}
