package dev.dynamoobjects.mock.internal.server.cds;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import dev.dynamoobjects.mock.server.DynamoServer;
import dev.dynamoobjects.mock.server.ServerOptions;

/**
 * The training run for the server jar's class-data-sharing archive: the build runs it once with
 * {@code -XX:ArchiveClassesAtExit}, so that every class a server loads for its usual first requests
 * (the SDK's model classes and the lambdas of their fields, a few hundred in all, each loaded, verified
 * and linked at about 0.3 ms) comes from the archive already parsed and verified. It starts a server
 * over a fresh engine and sends the common operations, and an error, over a raw socket.
 *
 * <pre>
 * java -XX:ArchiveClassesAtExit=target/dynamo-objects-mock-server.jsa \
 *     -cp target/dynamo-objects-mock-server.jar dev.dynamoobjects.mock.internal.server.cds.ArchiveTraining
 * java -XX:SharedArchiveFile=target/dynamo-objects-mock-server.jsa -jar target/dynamo-objects-mock-server.jar
 * </pre>
 */
public final class ArchiveTraining {
    private static final String TABLE = "training";
    private static final String ITEM = "{\"pk\":{\"S\":\"p\"},\"sk\":{\"N\":\"1\"},\"name\":{\"S\":\"a name\"},"
            + "\"active\":{\"BOOL\":true},\"tags\":{\"SS\":[\"a\",\"b\"]},\"blob\":{\"B\":\"AAE=\"},"
            + "\"list\":{\"L\":[{\"N\":\"1\"},{\"NULL\":true}]},\"map\":{\"M\":{\"k\":{\"S\":\"v\"}}}}";
    private static final String KEY = "{\"pk\":{\"S\":\"p\"},\"sk\":{\"N\":\"1\"}}";
    private static final List<String[]> REQUESTS = List.of(
            request("CreateTable", "{\"TableName\":\"" + TABLE + "\",\"BillingMode\":\"PAY_PER_REQUEST\","
                    + "\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"},"
                    + "{\"AttributeName\":\"sk\",\"AttributeType\":\"N\"}],"
                    + "\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"},"
                    + "{\"AttributeName\":\"sk\",\"KeyType\":\"RANGE\"}]}"),
            request("DescribeTable", "{\"TableName\":\"" + TABLE + "\"}"),
            request("ListTables", "{}"),
            request("PutItem", "{\"TableName\":\"" + TABLE + "\",\"Item\":" + ITEM + "}"),
            request("GetItem", "{\"TableName\":\"" + TABLE + "\",\"Key\":" + KEY + "}"),
            request("UpdateItem", "{\"TableName\":\"" + TABLE + "\",\"Key\":" + KEY + ","
                    + "\"UpdateExpression\":\"SET #n = :n ADD #c :one\",\"ConditionExpression\":\"attribute_exists(pk)\","
                    + "\"ExpressionAttributeNames\":{\"#n\":\"name\",\"#c\":\"count\"},"
                    + "\"ExpressionAttributeValues\":{\":n\":{\"S\":\"b\"},\":one\":{\"N\":\"1\"}},"
                    + "\"ReturnValues\":\"ALL_NEW\"}"),
            request("Query", "{\"TableName\":\"" + TABLE + "\",\"KeyConditionExpression\":\"pk = :pk AND sk > :sk\","
                    + "\"FilterExpression\":\"active = :t\",\"ExpressionAttributeValues\":{\":pk\":{\"S\":\"p\"},"
                    + "\":sk\":{\"N\":\"0\"},\":t\":{\"BOOL\":true}}}"),
            request("Scan", "{\"TableName\":\"" + TABLE + "\",\"Limit\":10}"),
            request("BatchWriteItem", "{\"RequestItems\":{\"" + TABLE + "\":[{\"PutRequest\":{\"Item\":" + ITEM + "}}]}}"),
            request("BatchGetItem", "{\"RequestItems\":{\"" + TABLE + "\":{\"Keys\":[" + KEY + "]}}}"),
            request("TransactWriteItems", "{\"TransactItems\":[{\"Put\":{\"TableName\":\"" + TABLE + "\",\"Item\":"
                    + ITEM + "}}]}"),
            request("DeleteItem", "{\"TableName\":\"" + TABLE + "\",\"Key\":" + KEY + "}"),
            request("GetItem", "{\"TableName\":\"missing\",\"Key\":" + KEY + "}"),
            request("DeleteTable", "{\"TableName\":\"" + TABLE + "\"}"));

    private ArchiveTraining() {
    }

    /**
     * Sends each request once, reads its answer, and stops the server; fails if one is not answered.
     * First it reads a flag as the jar's heap tuning does ({@code server.HeapTuning}), so that the
     * management classes it loads at every launch come from the archive too.
     */
    public static void main(String[] args) throws IOException {
        ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).getVMOption("UseG1GC");
        try (DynamoServer server = DynamoServer.start(new EmbeddedDynamoDb(), ServerOptions.defaults().port(0));
             Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            for (String[] request : REQUESTS) {
                out.write(bytes(request));
                out.flush();
                readResponse(in, request[0]);
            }
        }
    }

    private static String[] request(String operation, String body) {
        return new String[] {operation, body};
    }

    private static byte[] bytes(String[] request) {
        byte[] body = request[1].getBytes(StandardCharsets.UTF_8);
        String head = "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-amz-json-1.0\r\n"
                + "X-Amz-Target: DynamoDB_20120810." + request[0] + "\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        return all;
    }

    /** Reads one response, framed by its Content-Length, which every answer of the server has. */
    private static void readResponse(InputStream in, String operation) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the server closed the connection instead of answering " + operation);
            }
            head.append((char) b);
        }
        String lower = head.toString().toLowerCase(Locale.ROOT);
        int at = lower.indexOf("content-length:") + "content-length:".length();
        int length = Integer.parseInt(lower.substring(at, lower.indexOf("\r\n", at)).trim());
        in.readNBytes(length);
    }
}
