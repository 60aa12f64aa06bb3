package dev.dynamoobjects.benchmarks.server;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The requests {@link LoadGenerator} replays, encoded once to the bytes sent: DynamoDB's JSON
 * protocol over HTTP/1.1, with the headers the SDK sends. The Authorization header has the SigV4
 * form with a fixed signature: the servers compared do not check signatures (ours without
 * {@code ServerOptions.credentials}, DynamoDB Local never), and DynamoDB Local reads the access key
 * and region from it to pick its database, so it names the ones {@link BenchmarkServer#client} uses.
 * A signed request would expire after 5 minutes anyway, too soon to be replayed through a run.
 */
final class LoadRequests {
    static final String TABLE = "loadgen";
    /** Partitions of {@link #ITEMS_PER_PARTITION} items each: a Query reads one partition. */
    static final int PARTITIONS = 100;
    static final int ITEMS_PER_PARTITION = 10;

    private static final String AUTHORIZATION = "AWS4-HMAC-SHA256 Credential=bench/20260101/us-east-1/dynamodb/"
            + "aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=" + "0".repeat(64);

    private final String host;

    LoadRequests(int port) {
        this.host = "127.0.0.1:" + port;
    }

    /** Creates {@link #TABLE}: partition key {@code pk} (S), sort key {@code sk} (N). */
    byte[] createTable() {
        return request("CreateTable", "{\"TableName\":\"" + TABLE + "\",\"BillingMode\":\"PAY_PER_REQUEST\","
                + "\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"},"
                + "{\"AttributeName\":\"sk\",\"AttributeType\":\"N\"}],"
                + "\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"},"
                + "{\"AttributeName\":\"sk\",\"KeyType\":\"RANGE\"}]}");
    }

    /** One request per item for GetItem and PutItem (about 200 bytes an item), one per partition for Query. */
    List<byte[]> all(String operation) {
        List<byte[]> requests = new ArrayList<>();
        int count = operation.equals("Query") ? PARTITIONS : PARTITIONS * ITEMS_PER_PARTITION;
        for (int i = 0; i < count; i++) {
            requests.add(request(operation, body(operation, i)));
        }
        return requests;
    }

    /**
     * A BatchWriteItem of {@code count} small items from number {@code first} on, one per partition,
     * each as {@code engine.Backends.item} makes it (five attributes, about 60 bytes of item size).
     */
    byte[] batchWrite(int first, int count) {
        StringBuilder json = new StringBuilder("{\"RequestItems\":{\"" + TABLE + "\":[");
        for (int i = first; i < first + count; i++) {
            json.append(i == first ? "" : ",").append("{\"PutRequest\":{\"Item\":{\"pk\":{\"S\":\"item-").append(i)
                    .append("\"},\"sk\":{\"N\":\"0\"},\"name\":{\"S\":\"item 0\"},\"count\":{\"N\":\"1\"},"
                            + "\"active\":{\"BOOL\":true}}}}");
        }
        return request("BatchWriteItem", json.append("]}}").toString());
    }

    private static String body(String operation, int i) {
        switch (operation) {
            case "GetItem":
                return "{\"TableName\":\"" + TABLE + "\",\"Key\":" + key(i) + "}";
            case "PutItem":
                return "{\"TableName\":\"" + TABLE + "\",\"Item\":" + item(i) + "}";
            case "Query":
                return "{\"TableName\":\"" + TABLE + "\",\"KeyConditionExpression\":\"pk = :pk\","
                        + "\"ExpressionAttributeValues\":{\":pk\":{\"S\":\"p-" + i + "\"}}}";
            default:
                throw new IllegalArgumentException("unknown operation " + operation
                        + ": use GetItem, PutItem or Query");
        }
    }

    private static String key(int i) {
        return "{\"pk\":{\"S\":\"p-" + i / ITEMS_PER_PARTITION + "\"},\"sk\":{\"N\":\"" + i % ITEMS_PER_PARTITION + "\"}}";
    }

    /** The same attributes as {@link BenchmarkServer#item}, under this table's key. */
    private static String item(int i) {
        String key = key(i);
        return key.substring(0, key.length() - 1)
                + ",\"name\":{\"S\":\"A name of moderate length for item " + i + "\"},\"count\":{\"N\":\"" + i + "\"},"
                + "\"price\":{\"N\":\"12.50\"},\"active\":{\"BOOL\":true},"
                + "\"tags\":{\"L\":[{\"S\":\"tag-0\"},{\"S\":\"tag-1\"},{\"S\":\"tag-2\"}]},"
                + "\"address\":{\"M\":{\"street\":{\"S\":\"1 Main Street\"},\"city\":{\"S\":\"Springfield\"}}}}";
    }

    private byte[] request(String operation, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "POST / HTTP/1.1\r\n"
                + "Host: " + host + "\r\n"
                + "Content-Type: application/x-amz-json-1.0\r\n"
                + "X-Amz-Target: DynamoDB_20120810." + operation + "\r\n"
                + "X-Amz-Date: 20260101T000000Z\r\n"
                + "Authorization: " + AUTHORIZATION + "\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, bytes, 0, headBytes.length);
        System.arraycopy(body, 0, bytes, headBytes.length, body.length);
        return bytes;
    }
}
