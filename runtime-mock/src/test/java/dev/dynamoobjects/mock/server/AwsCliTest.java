package dev.dynamoobjects.mock.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import dev.dynamoobjects.mock.internal.server.codec.PojoReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * The AWS CLI (Python, botocore: a client this project did not write) against the server, with
 * credentials so that botocore's signing is checked too. Runs where {@code aws} is on the PATH
 * (Debian package {@code awscli}).
 */
@EnabledIf("awsCliInstalled")
class AwsCliTest {
    private ServerFixture fixture;

    static boolean awsCliInstalled() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (new File(dir, "aws").canExecute()) {
                return true;
            }
        }
        return false;
    }

    @BeforeEach
    void start() {
        fixture = new ServerFixture(ServerOptions.defaults()
                .credentials(ServerFixture.ACCESS_KEY, ServerFixture.SECRET_KEY));
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void createsPutsGetsQueriesScansAndDeletes() throws Exception {
        aws("create-table", "--table-name", "music",
                "--attribute-definitions", "AttributeName=artist,AttributeType=S", "AttributeName=song,AttributeType=S",
                "--key-schema", "AttributeName=artist,KeyType=HASH", "AttributeName=song,KeyType=RANGE",
                "--billing-mode", "PAY_PER_REQUEST");
        aws("put-item", "--table-name", "music", "--item",
                "{\"artist\":{\"S\":\"Arvo\"},\"song\":{\"S\":\"Fratres\"},\"year\":{\"N\":\"1977\"}}");
        aws("put-item", "--table-name", "music", "--item",
                "{\"artist\":{\"S\":\"Arvo\"},\"song\":{\"S\":\"Spiegel\"},\"year\":{\"N\":\"1978\"}}");
        aws("put-item", "--table-name", "music", "--item",
                "{\"artist\":{\"S\":\"Hildegard\"},\"song\":{\"S\":\"O vis\"},\"year\":{\"N\":\"1150\"}}");

        GetItemResponse got = read(GetItemResponse.builder(), aws("get-item", "--table-name", "music",
                "--key", "{\"artist\":{\"S\":\"Arvo\"},\"song\":{\"S\":\"Spiegel\"}}", "--consistent-read"));
        assertEquals(song("Arvo", "Spiegel", "1978"), got.item());

        QueryResponse query = read(QueryResponse.builder(), aws("query", "--table-name", "music",
                "--key-condition-expression", "artist = :a AND begins_with(song, :p)",
                "--expression-attribute-values", "{\":a\":{\"S\":\"Arvo\"},\":p\":{\"S\":\"Fr\"}}"));
        assertEquals(List.of(song("Arvo", "Fratres", "1977")), query.items());

        ScanResponse scan = read(ScanResponse.builder(), aws("scan", "--table-name", "music",
                "--filter-expression", "#y < :y", "--expression-attribute-names", "{\"#y\":\"year\"}",
                "--expression-attribute-values", "{\":y\":{\"N\":\"1978\"}}"));
        assertEquals(2, scan.count());
        assertTrue(scan.items().contains(song("Hildegard", "O vis", "1150")));

        aws("execute-statement", "--statement", "UPDATE \"music\" SET plays = 1 WHERE artist = 'Hildegard' AND song = ?",
                "--parameters", "[{\"S\":\"O vis\"}]");
        ExecuteStatementResponse selected = read(ExecuteStatementResponse.builder(), aws("execute-statement",
                "--statement", "SELECT song, plays FROM \"music\" WHERE artist = 'Hildegard'"));
        assertEquals(List.of(Map.of("song", AttributeValue.fromS("O vis"), "plays", AttributeValue.fromN("1"))),
                selected.items());

        aws("delete-item", "--table-name", "music", "--key", "{\"artist\":{\"S\":\"Arvo\"},\"song\":{\"S\":\"Fratres\"}}");
        aws("delete-table", "--table-name", "music");
        assertEquals(List.of(), fixture.client.listTables().tableNames());
    }

    @Test
    void listsStreamsAndGetsTheirRecords() throws Exception {
        aws("create-table", "--table-name", "music",
                "--attribute-definitions", "AttributeName=artist,AttributeType=S",
                "--key-schema", "AttributeName=artist,KeyType=HASH", "--billing-mode", "PAY_PER_REQUEST",
                "--stream-specification", "StreamEnabled=true,StreamViewType=NEW_IMAGE");
        aws("put-item", "--table-name", "music", "--item", "{\"artist\":{\"S\":\"Arvo\"}}");

        String listed = cli("dynamodbstreams", "list-streams", "--table-name", "music");
        String arn = fixture.client.describeTable(b -> b.tableName("music")).table().latestStreamArn();
        assertTrue(listed.contains("\"StreamArn\": \"" + arn + "\""), listed);
        String shard = cli("dynamodbstreams", "describe-stream", "--stream-arn", arn,
                "--query", "StreamDescription.Shards[0].ShardId", "--output", "text").trim();
        String iterator = cli("dynamodbstreams", "get-shard-iterator", "--stream-arn", arn, "--shard-id", shard,
                "--shard-iterator-type", "TRIM_HORIZON", "--query", "ShardIterator", "--output", "text").trim();
        String records = cli("dynamodbstreams", "get-records", "--shard-iterator", iterator);
        assertTrue(records.contains("\"eventName\": \"INSERT\""), records);
        assertTrue(records.contains("\"NewImage\": {"), records);
    }

    private static Map<String, AttributeValue> song(String artist, String song, String year) {
        return Map.of("artist", AttributeValue.fromS(artist), "song", AttributeValue.fromS(song),
                "year", AttributeValue.fromN(year));
    }

    /** The CLI prints DynamoDB's wire JSON, so the server's own reader turns it back into SDK objects. */
    @SuppressWarnings("unchecked")
    private static <T> T read(Object builder, String json) {
        PojoReader.read(json.getBytes(StandardCharsets.UTF_8), (SdkPojo) builder);
        return ((software.amazon.awssdk.utils.builder.SdkBuilder<?, T>) builder).build();
    }

    private String aws(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("dynamodb"));
        command.addAll(List.of(args));
        return cli(command.toArray(String[]::new));
    }

    /** Runs {@code aws <service> <command> ...} against the server; a later {@code --output} wins over json. */
    private String cli(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("aws"));
        command.addAll(List.of("--endpoint-url", fixture.server.endpoint().toString(), "--region", "us-east-1",
                "--output", "json"));
        command.addAll(List.of(args));
        ProcessBuilder process = new ProcessBuilder(command).redirectErrorStream(false);
        Map<String, String> env = process.environment();
        env.put("AWS_ACCESS_KEY_ID", ServerFixture.ACCESS_KEY);
        env.put("AWS_SECRET_ACCESS_KEY", ServerFixture.SECRET_KEY);
        env.put("AWS_CONFIG_FILE", "/nonexistent");
        env.put("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent");
        env.put("AWS_PAGER", "");
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.remove("AWS_PROFILE");
        env.remove("AWS_SESSION_TOKEN");
        Process running = process.start();
        byte[] out = running.getInputStream().readAllBytes();
        String err = new String(running.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(running.waitFor(60, TimeUnit.SECONDS), "aws " + args[0] + " timed out");
        assertEquals(0, running.exitValue(), "aws " + String.join(" ", args) + " failed: " + err);
        return new String(out, StandardCharsets.UTF_8);
    }
}
