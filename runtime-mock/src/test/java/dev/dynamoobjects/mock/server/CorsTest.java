package dev.dynamoobjects.mock.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import org.junit.jupiter.api.Test;

/** Browser clients: CORS preflights and response headers when asked for, as DynamoDB Local's -cors. */
class CorsTest {
    private static final String PAGE = "http://localhost:3000";
    /** This JVM is the test run's: launches here leave its heap settings alone. */
    private static final HeapTuning.Tuner UNTOUCHED = keepHeap -> "Heap: untouched in a test";

    @Test
    void isOffByDefault() {
        try (ServerFixture fixture = new ServerFixture()) {
            HttpResponse<String> preflight = preflight(fixture.server.endpoint(), PAGE);
            HttpResponse<String> call = listTables(fixture.server.endpoint(), PAGE);

            assertEquals(404, preflight.statusCode());
            assertEquals(Optional.empty(), allowedOrigin(preflight));
            assertEquals(200, call.statusCode());
            assertEquals(Optional.empty(), allowedOrigin(call));
        }
    }

    @Test
    void anyOriginGetsItsPreflightAnsweredAndMayReadResponses() {
        try (ServerFixture fixture = new ServerFixture(ServerOptions.defaults().cors("*"))) {
            HttpResponse<String> preflight = preflight(fixture.server.endpoint(), PAGE);
            HttpResponse<String> call = listTables(fixture.server.endpoint(), PAGE);

            assertEquals(200, preflight.statusCode());
            assertEquals(Optional.of("*"), allowedOrigin(preflight));
            assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow().contains("POST"));
            assertEquals(Optional.of("content-type,x-amz-target,authorization"),
                    preflight.headers().firstValue("Access-Control-Allow-Headers"));
            assertEquals(200, call.statusCode());
            assertEquals("{\"TableNames\":[]}", call.body());
            assertEquals(Optional.of("*"), allowedOrigin(call));
            assertTrue(call.headers().firstValue("Access-Control-Expose-Headers").orElseThrow()
                    .contains("x-amzn-RequestId"));
        }
    }

    @Test
    void aListOfOriginsLetsInOnlyThoseAndNamesTheCaller() {
        try (ServerFixture fixture = new ServerFixture(ServerOptions.defaults().cors(PAGE, "https://app.example"))) {
            HttpResponse<String> allowed = listTables(fixture.server.endpoint(), "https://app.example");
            HttpResponse<String> other = preflight(fixture.server.endpoint(), "https://evil.example");

            assertEquals(Optional.of("https://app.example"), allowedOrigin(allowed));
            assertEquals(Optional.of("Origin"), allowed.headers().firstValue("Vary"));
            assertEquals(Optional.empty(), allowedOrigin(other));
        }
    }

    @Test
    void isSwitchedOnFromTheCommandLine() {
        PrintStream out = new PrintStream(new ByteArrayOutputStream());
        try (DynamoServer server = Main.launch(new String[] {"--port", "0", "--cors", PAGE + ", https://app.example"},
                EmbeddedDynamoDb::new, out, UNTOUCHED).orElseThrow()) {
            assertEquals(Optional.of("https://app.example"),
                    allowedOrigin(preflight(server.endpoint(), "https://app.example")));
        }
        assertEquals("a CORS origin must not be empty; give one like http://localhost:3000, or * for any",
                assertThrows(IllegalArgumentException.class,
                        () -> Main.launch(new String[] {"--cors", ""}, EmbeddedDynamoDb::new, out, UNTOUCHED)).getMessage());
    }

    private static HttpResponse<String> preflight(URI endpoint, String origin) {
        return RawHttp.send(HttpRequest.newBuilder(endpoint).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-amz-target,authorization")
                .build());
    }

    private static HttpResponse<String> listTables(URI endpoint, String origin) {
        return RawHttp.send(HttpRequest.newBuilder(endpoint).POST(HttpRequest.BodyPublishers.ofString("{}"))
                .header("Origin", origin)
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "DynamoDB_20120810.ListTables")
                .build());
    }

    private static Optional<String> allowedOrigin(HttpResponse<String> response) {
        return response.headers().firstValue("Access-Control-Allow-Origin");
    }
}
