package dev.dynamoobjects.mock.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: options, what it prints at start-up, and its answers to bad options. */
class MainTest {
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @Test
    void startsOnAFreePortAndSaysWhereAndThatAnyoneMayCallIt() {
        try (DynamoServer server = launch("--port", "0", "--host", "127.0.0.1").orElseThrow()) {
            assertTrue(server.port() > 0);
            assertEquals("dynamo-objects mock server listening on http://127.0.0.1:" + server.port() + "\n"
                    + "No credentials given: any request is accepted, signed or not, as DynamoDB Local does.\n"
                    + "Heap: keepHeap=false\n", printed());
            assertEquals(200, RawHttp.send(HttpRequest.newBuilder(server.endpoint()).GET().build()).statusCode());
        }
    }

    @Test
    void requiresSignaturesWhenGivenCredentials() {
        try (DynamoServer server = launch("--port", "0", "--credentials", "AKID:se:cret",
                "--credentials", "AKID2:x").orElseThrow()) {
            assertTrue(server.isAuthenticating());
            assertTrue(printed().contains("Requests must be signed"));
            assertEquals(400, RawHttp.post(server.endpoint(), "ListTables", "{}").statusCode());
        }
    }

    @Test
    void keepsItsDataInADataDirectoryAndSaysWhatItRecovered(@TempDir Path directory) {
        try (DynamoServer server = launch("--port", "0", "--data-dir", directory.toString(),
                "--durability", "relaxed").orElseThrow()) {
            assertTrue(printed().startsWith("Data directory " + directory
                    + ": replayed 0 journal entries, 0 tables, 0 items.\n"), printed());
            assertTrue(Files.exists(directory.resolve("journal-0.log")));
        }
    }

    @Test
    void keepHeapLeavesTheHeapSettingsAloneAndTheHelpSaysSo() {
        try (DynamoServer server = launch("--port", "0", "--keep-heap").orElseThrow()) {
            assertTrue(printed().endsWith("Heap: keepHeap=true\n"), printed());
        }
        printed.reset();
        launch("--help");
        assertTrue(printed().contains("--keep-heap "), printed());
    }

    @Test
    void printsUsageForHelp() {
        assertEquals(Optional.empty(), launch("--help"));
        assertTrue(printed().startsWith("Usage: java -jar dynamo-objects-mock-server.jar"));
    }

    @Test
    void namesTheProblemWithABadOption() {
        assertEquals("Unknown option --prot; see --help.",
                assertThrows(IllegalArgumentException.class, () -> launch("--prot", "1")).getMessage());
        assertEquals("Option --port needs a whole number, got 'eighty'.",
                assertThrows(IllegalArgumentException.class, () -> launch("--port", "eighty")).getMessage());
        assertEquals("Option --credentials needs ACCESS_KEY_ID:SECRET_ACCESS_KEY, got 'AKID'.",
                assertThrows(IllegalArgumentException.class, () -> launch("--credentials", "AKID")).getMessage());
        assertEquals("Unknown option --bogus; see --help.",
                assertThrows(IllegalArgumentException.class, () -> launch("--bogus")).getMessage());
        assertEquals("Option --host needs a value; see --help.",
                assertThrows(IllegalArgumentException.class, () -> launch("--host")).getMessage());
        assertEquals("Option --durability needs strict or relaxed, got 'fast'.",
                assertThrows(IllegalArgumentException.class, () -> launch("--durability", "fast")).getMessage());
        assertEquals("Option --durability needs --data-dir; see --help.",
                assertThrows(IllegalArgumentException.class, () -> launch("--durability", "relaxed")).getMessage());
        assertEquals("Option --compact-after needs --data-dir; see --help.",
                assertThrows(IllegalArgumentException.class, () -> launch("--compact-after", "100")).getMessage());
        assertEquals("Option --compact-after needs a positive number, got '0'.",
                assertThrows(IllegalArgumentException.class, () -> launch("--compact-after", "0")).getMessage());
    }

    @Test
    void anUnknownOptionOnTheJarSaysSoWithTheUsageAndExitsNonZero() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--bogus")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(Main.USAGE_ERROR, process.waitFor());
        assertTrue(errors.startsWith("Unknown option --bogus"), errors);
        assertTrue(errors.contains("Usage: java -jar dynamo-objects-mock-server.jar"), errors);
    }

    @Test
    void logLinesStartWithAnIsoTimestampByDefault() {
        PrintStream standardError = System.err;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
        try {
            ServerOptions.defaults().errorLog().accept("client 127.0.0.1:1234: something");
        } finally {
            System.setErr(standardError);
        }

        String line = logged.toString(StandardCharsets.UTF_8).strip();
        String timestamp = line.substring(0, line.indexOf(' '));
        assertTrue(Duration.between(Instant.parse(timestamp), Instant.now()).abs().toMinutes() < 1, line);
        assertEquals(" dynamo-server: client 127.0.0.1:1234: something", line.substring(timestamp.length()));
    }

    @Test
    void logLinesNameTheClientsAddress() {
        try (ServerFixture fixture = new ServerFixture()) {
            RawHttp.post(fixture.server.endpoint(), "NoSuchOperation", "{}");

            assertEquals(1, fixture.errorLog.size());
            assertTrue(fixture.errorLog.get(0).matches("client 127\\.0\\.0\\.1:\\d+: UnknownOperationException: .*"),
                    fixture.errorLog.toString());
        }
    }

    /** Launches in this JVM, whose heap settings are the test run's: the heap line only says what it was asked. */
    private Optional<DynamoServer> launch(String... args) {
        return Main.launch(args, EmbeddedDynamoDb::new, out, keepHeap -> "Heap: keepHeap=" + keepHeap);
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
