package dev.dynamoobjects.mock.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the server answers on the wire, byte for byte, to requests no SDK would send. */
class WireProtocolTest {
    private ServerFixture fixture;

    @BeforeEach
    void start() {
        fixture = new ServerFixture();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void answersAHealthCheck() {
        HttpResponse<String> response = RawHttp.send(java.net.http.HttpRequest.newBuilder(fixture.server.endpoint())
                .GET().build());

        assertEquals(200, response.statusCode());
        assertTrue(response.body().startsWith("healthy"));
    }

    @Test
    void everyResponseCarriesARequestIdAndTheBodysCrc32() {
        HttpResponse<String> ok = RawHttp.post(fixture.server.endpoint(), "ListTables", "{}");
        HttpResponse<String> error = RawHttp.post(fixture.server.endpoint(), "Nonsense", "{}");

        for (HttpResponse<String> response : java.util.List.of(ok, error)) {
            CRC32 crc = new CRC32();
            crc.update(response.body().getBytes(StandardCharsets.UTF_8));
            assertEquals(String.valueOf(crc.getValue()), response.headers().firstValue("x-amz-crc32").orElseThrow());
            assertEquals(52, response.headers().firstValue("x-amzn-RequestId").orElseThrow().length());
            assertEquals("application/x-amz-json-1.0", response.headers().firstValue("Content-Type").orElseThrow());
        }
        assertEquals("{\"TableNames\":[]}", ok.body());
    }

    @Test
    void rejectsAnUnknownOperation() {
        HttpResponse<String> response = RawHttp.post(fixture.server.endpoint(), "DropEverything", "{}");

        assertEquals(400, response.statusCode());
        // DynamoDB sends the type alone (dynalite's index.js; the 63-byte body AWS answers).
        assertEquals("{\"__type\":\"com.amazon.coral.service#UnknownOperationException\"}", response.body());
    }

    @Test
    void rejectsAMissingTarget() {
        HttpResponse<String> response = RawHttp.post(fixture.server.endpoint(), null, "{}");

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("#UnknownOperationException"));
    }

    @Test
    void rejectsMalformedJsonWithASerializationException() {
        HttpResponse<String> response = RawHttp.post(fixture.server.endpoint(), "GetItem", "{\"TableName\":");

        assertEquals(400, response.statusCode());
        // DynamoDB sends the type alone (dynalite's index.js); the log says why.
        assertEquals("{\"__type\":\"com.amazon.coral.service#SerializationException\"}", response.body());
        assertEquals(1, fixture.errorLog.size(), "one log line per error");
        assertTrue(fixture.errorLog.get(0).contains("not valid JSON"), fixture.errorLog.get(0));
    }

    @Test
    void rejectsAValueOfTheWrongTypeNamingIt() {
        HttpResponse<String> response = RawHttp.post(fixture.server.endpoint(), "Scan",
                "{\"TableName\":\"orders\",\"Limit\":\"ten\"}");

        assertEquals(400, response.statusCode());
        assertEquals("{\"__type\":\"com.amazon.coral.service#SerializationException\","
                + "\"Message\":\"STRING_VALUE can not be converted to an Integer\"}", response.body());
    }

    @Test
    void namesTheKindOfJsonValueAMemberCannotTake() {
        // DynamoDB's JSON layer's texts (dynalite's assertType, recorded against DynamoDB).
        assertSerializationError("Expected list or null", "Scan", "{\"TableName\":\"orders\",\"AttributesToGet\":\"a\"}");
        assertSerializationError("Expected map or null", "Scan", "{\"TableName\":\"orders\",\"ExclusiveStartKey\":5}");
        assertSerializationError("Expected null", "PutItem", "{\"TableName\":\"orders\",\"Item\":{\"id\":\"a\"}}");
        assertSerializationError("Start of list found where not expected", "PutItem", "{\"TableName\":\"orders\",\"Item\":[]}");
        assertSerializationError("Start of list found where not expected", "ListTables", "[]");
    }

    @Test
    void takesADecimalForAnIntegerAndTheWordsTrueAndFalseForABoolean() {
        HttpResponse<String> response = RawHttp.post(fixture.server.endpoint(), "ListTables", "{\"Limit\":1.9}");
        HttpResponse<String> words = RawHttp.post(fixture.server.endpoint(), "Scan",
                "{\"TableName\":\"absent\",\"ConsistentRead\":\"TRUE\"}");

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(words.body().contains("#ResourceNotFoundException"), words.body());
    }

    private void assertSerializationError(String message, String target, String body) {
        HttpResponse<String> response = RawHttp.post(fixture.server.endpoint(), target, body);

        assertEquals(400, response.statusCode());
        assertEquals("{\"__type\":\"com.amazon.coral.service#SerializationException\",\"Message\":\"" + message + "\"}",
                response.body());
    }

    @Test
    void ignoresUnknownMembersAsDynamoDbDoes() {
        HttpResponse<String> response = RawHttp.post(fixture.server.endpoint(), "ListTables", "{\"Colour\":\"red\"}");

        assertEquals(200, response.statusCode());
    }

    @Test
    void treatsOtherContentTypesAsNoOperation() {
        HttpResponse<String> response = RawHttp.post(fixture.server.endpoint(), "ListTables", "text/plain", "{}");

        assertEquals(404, response.statusCode());
        assertEquals("<UnknownOperationException/>\n", response.body());
    }

    @Test
    void answersInTheJsonFlavourItWasAskedIn() {
        HttpResponse<String> response = RawHttp.post(fixture.server.endpoint(), "ListTables", "application/json", "{}");

        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void writesServiceErrorsAsDynamoDbDoes() {
        HttpResponse<String> response = RawHttp.post(fixture.server.endpoint(), "DescribeTable",
                "{\"TableName\":\"absent\"}");

        assertEquals(400, response.statusCode());
        assertTrue(response.body().startsWith(
                "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException\",\"message\":"),
                response.body());
    }
}
