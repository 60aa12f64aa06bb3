package dev.dynamoobjects.mock.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Request bodies as large and as deep as DynamoDB's own limits reach the backend, which answers
 * them with DynamoDB's validation texts; JSON past any sane depth gets an error body, never a
 * dropped connection.
 */
class JsonLimitsOverHttpTest {
    private static final String TABLE = "{\"TableName\":\"limits\",";
    private ServerFixture fixture;
    private URI endpoint;

    @BeforeEach
    void start() {
        fixture = new ServerFixture();
        endpoint = fixture.server.endpoint();
        HttpResponse<String> created = RawHttp.post(endpoint, "CreateTable", TABLE
                + "\"KeySchema\":[{\"AttributeName\":\"id\",\"KeyType\":\"HASH\"}],"
                + "\"AttributeDefinitions\":[{\"AttributeName\":\"id\",\"AttributeType\":\"S\"}],"
                + "\"BillingMode\":\"PAY_PER_REQUEST\"}");
        assertEquals(200, created.statusCode(), created.body());
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void takesAnAttributeNameOfSixtyFourKilobytesLessOne() {
        String name = "x".repeat(65_535);

        HttpResponse<String> put = put("\"" + name + "\":{\"S\":\"v\"}");
        HttpResponse<String> got = RawHttp.post(endpoint, "GetItem", TABLE + "\"Key\":{\"id\":{\"S\":\"a\"}}}");

        assertEquals(200, put.statusCode(), put.body());
        assertTrue(got.body().contains("\"" + name + "\":{\"S\":\"v\"}"));
    }

    @Test
    void answersALongerNameWithDynamoDbsValidationText() {
        HttpResponse<String> response = put("\"" + "x".repeat(65_536) + "\":{\"S\":\"v\"}");

        assertEquals(400, response.statusCode());
        assertTrue(response.body().startsWith("{\"__type\":\"com.amazon.coral.validate#ValidationException\""),
                response.body());
        assertTrue(response.body().contains("Attribute name is too large, must be less than 65536 bytes"),
                response.body());
    }

    @Test
    void takesABodyOfFifteenMegabytesAndAnswersForTheItemSize() {
        HttpResponse<String> response = put("\"big\":{\"S\":\"" + "x".repeat(15 * 1024 * 1024) + "\"}");

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("Item size has exceeded the maximum allowed size"), response.body());
    }

    @Test
    void answersAnItemNestedBeyondThirtyTwoLevelsWithDynamoDbsText() {
        HttpResponse<String> response = put("\"deep\":" + nestedMaps(300));

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("Nesting Levels have exceeded supported limits"), response.body());
    }

    @Test
    void answersJsonNestedPastTheParsersDepthWithASerializationError() {
        HttpResponse<String> response = put("\"deep\":" + nestedMaps(100_000));

        assertEquals(400, response.statusCode());
        assertTrue(response.body().startsWith("{\"__type\":\"com.amazon.coral.service#SerializationException\""),
                response.body());
        assertEquals(200, RawHttp.post(endpoint, "ListTables", "{}").statusCode());
    }

    @Test
    void answersDeepJsonInAnUnknownMemberWithASerializationError() {
        HttpResponse<String> response = RawHttp.post(endpoint, "ListTables",
                "{\"Unknown\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}");

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("SerializationException"), response.body());
    }

    private HttpResponse<String> put(String attribute) {
        return RawHttp.post(endpoint, "PutItem", TABLE + "\"Item\":{\"id\":{\"S\":\"a\"}," + attribute + "}}");
    }

    private static String nestedMaps(int depth) {
        return "{\"M\":{\"a\":".repeat(depth) + "{\"S\":\"v\"}" + "}}".repeat(depth);
    }
}
