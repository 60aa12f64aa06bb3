package dev.dynamoobjects.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import dev.dynamoobjects.mock.server.DynamoServer;
import dev.dynamoobjects.mock.server.ServerOptions;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;

/** {@link DynamoDatabase#fromEnvironment()} with settings given as a user's shell would give them. */
class FromEnvironmentTest {
    private static final String METADATA_ENDPOINT = "aws.ec2MetadataServiceEndpoint";
    private static final String CONFIG_FILE = "aws.configFile";
    private static final String CREDENTIALS_FILE = "aws.sharedCredentialsFile";

    private EmbeddedDynamoDb engine;
    private DynamoServer server;
    private ServerSocket metadataService;
    private final AtomicInteger metadataRequests = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        engine = EmbeddedDynamoDb.builder().build();
        server = DynamoServer.start(engine, ServerOptions.defaults().port(0));
        metadataService = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread counter = new Thread(this::countMetadataRequests, "metadata-service");
        counter.setDaemon(true);
        counter.start();
        System.setProperty(METADATA_ENDPOINT, "http://127.0.0.1:" + metadataService.getLocalPort());
        // the machine's own ~/.aws files must not decide the region or credentials here
        System.setProperty(CONFIG_FILE, "/nonexistent/aws-config");
        System.setProperty(CREDENTIALS_FILE, "/nonexistent/aws-credentials");
    }

    @AfterEach
    void stop() throws IOException {
        System.clearProperty(METADATA_ENDPOINT);
        System.clearProperty(CONFIG_FILE);
        System.clearProperty(CREDENTIALS_FILE);
        metadataService.close();
        server.close();
        engine.close();
    }

    @Test
    void anEndpointWithoutRegionUsesUsEast1AndNeverAsksInstanceMetadata() {
        try (DynamoDatabase db = DynamoDatabase.fromEnvironment(shell(Map.of(
                "DYNAMO_OBJECTS_ENDPOINT", server.endpoint().toString())))) {
            db.client().listTables();
            assertEquals(Region.US_EAST_1, db.client().serviceClientConfiguration().region());
        }
        assertEquals(0, metadataRequests.get(), "requests to the instance metadata service");
    }

    @Test
    void theAwsCliRegionVariableIsRead() {
        try (DynamoDatabase db = DynamoDatabase.fromEnvironment(shell(Map.of(
                "DYNAMO_OBJECTS_ENDPOINT", server.endpoint().toString(),
                "AWS_DEFAULT_REGION", "eu-west-3")))) {
            db.client().listTables();
            assertEquals(Region.EU_WEST_3, db.client().serviceClientConfiguration().region());
        }
    }

    @Test
    void awsRegionWinsOverAwsDefaultRegionAndOurOwnSettingWinsOverBoth() {
        Map<String, String> aws = Map.of("AWS_REGION", "ap-south-1", "AWS_DEFAULT_REGION", "eu-west-3");
        assertEquals(Region.AP_SOUTH_1, EnvironmentClient.region(shell(aws), true).orElseThrow());
        Map<String, String> all = Map.of("DYNAMO_OBJECTS_REGION", "ca-central-1",
                "AWS_REGION", "ap-south-1", "AWS_DEFAULT_REGION", "eu-west-3");
        assertEquals(Region.CA_CENTRAL_1, EnvironmentClient.region(shell(all), false).orElseThrow());
    }

    @Test
    void theSystemPropertyWinsOverTheVariable() {
        Environment.Source source = new Environment.Source(
                Map.of("dynamo.objects.tablePrefix", "ci_", "dynamo.objects.createTables", "false")::get,
                Map.of("DYNAMO_OBJECTS_TABLE_PREFIX", "dev_",
                        "DYNAMO_OBJECTS_ENDPOINT", server.endpoint().toString())::get);
        try (DynamoDatabase db = DynamoDatabase.fromEnvironment(source)) {
            assertEquals("ci_", db.tablePrefix());
            assertFalse(db.createsTables());
        }
    }

    /** Settings as environment variables only, with no system property set. */
    private static Environment.Source shell(Map<String, String> variables) {
        return new Environment.Source(name -> null, variables::get);
    }

    private void countMetadataRequests() {
        while (!metadataService.isClosed()) {
            try (Socket ignored = metadataService.accept()) {
                metadataRequests.incrementAndGet();
            } catch (IOException closed) {
                return;
            }
        }
    }
}
