package dev.dynamoobjects.mock.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/** With credentials configured, only requests signed by one of them get in; the SDK signs for real. */
class SigV4Test {
    private ServerFixture fixture;

    @BeforeEach
    void start() {
        fixture = new ServerFixture(ServerOptions.defaults()
                .credentials("AKIDOTHER", "other-secret")
                .credentials(ServerFixture.ACCESS_KEY, ServerFixture.SECRET_KEY));
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void letsInRequestsSignedWithAnyConfiguredKey() {
        assertEquals(List.of(), fixture.client.listTables().tableNames());
        try (DynamoDbClient other = ServerFixture.client(fixture.server.endpoint(), "AKIDOTHER", "other-secret")) {
            other.createTable(b -> b.tableName("signed")
                    .attributeDefinitions(a -> a.attributeName("id").attributeType("S"))
                    .keySchema(k -> k.attributeName("id").keyType("HASH")).billingMode("PAY_PER_REQUEST"));
        }
        assertEquals(List.of("signed"), fixture.client.listTables().tableNames());
    }

    @Test
    void rejectsAnUnknownAccessKey() {
        try (DynamoDbClient stranger = ServerFixture.client(fixture.server.endpoint(), "AKIDSTRANGER", "x")) {
            DynamoDbException error = assertThrows(DynamoDbException.class, stranger::listTables);

            assertEquals("UnrecognizedClientException", error.awsErrorDetails().errorCode());
            assertEquals("The security token included in the request is invalid.",
                    error.awsErrorDetails().errorMessage());
            assertEquals(400, error.statusCode());
        }
    }

    @Test
    void rejectsAWrongSecret() {
        try (DynamoDbClient forger = ServerFixture.client(fixture.server.endpoint(), ServerFixture.ACCESS_KEY, "guess")) {
            DynamoDbException error = assertThrows(DynamoDbException.class, forger::listTables);

            assertEquals("InvalidSignatureException", error.awsErrorDetails().errorCode());
            assertTrue(error.awsErrorDetails().errorMessage().startsWith(
                    "The request signature we calculated does not match the signature you provided."));
        }
    }

    @Test
    void rejectsAnUnsignedRequest() {
        HttpResponse<String> response = RawHttp.post(fixture.server.endpoint(), "ListTables", "{}");

        assertEquals(400, response.statusCode());
        assertEquals("{\"__type\":\"com.amazon.coral.service#MissingAuthenticationTokenException\","
                + "\"message\":\"Request is missing Authentication Token\"}", response.body());
        assertEquals(1, fixture.errorLog.size());
    }

    @Test
    void rejectsABodyChangedAfterSigning() throws Exception {
        String signed = "{\"TableName\":\"aaa\"}";
        String forged = "{\"TableName\":\"bbb\"}";
        java.net.http.HttpRequest request = SignedRequests.sign(fixture.server.endpoint(), "DescribeTable", signed,
                ServerFixture.ACCESS_KEY, ServerFixture.SECRET_KEY);
        java.net.http.HttpRequest tampered = java.net.http.HttpRequest.newBuilder(request,
                (name, value) -> true).POST(java.net.http.HttpRequest.BodyPublishers.ofString(forged)).build();

        HttpResponse<String> response = RawHttp.send(tampered);

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("#InvalidSignatureException"), response.body());
    }

    @Test
    void rejectsASignatureFromLongAgoInDynamoDbsWords() {
        Instant signedAt = Instant.parse("2026-01-01T00:00:00Z");
        HttpResponse<String> response = RawHttp.send(SignedRequests.signAt(fixture.server.endpoint(), "ListTables",
                "{}", ServerFixture.ACCESS_KEY, ServerFixture.SECRET_KEY, signedAt));

        assertEquals(400, response.statusCode());
        // AWS's text, e.g. "Signature expired: 20170406T184748Z is now earlier than 20170406T190807Z
        // (20170406T191307Z - 5 min.)" as clients report it from AWS services.
        Matcher message = Pattern.compile(".*#InvalidSignatureException\",\"message\":\"Signature expired: "
                + "20260101T000000Z is now earlier than (\\w+) \\((\\w+) - 5 min\\.\\)\"}").matcher(response.body());
        assertTrue(message.matches(), response.body());
        assertEquals(amzDate(message.group(2)).minusSeconds(300), amzDate(message.group(1)));
    }

    @Test
    void rejectsASignatureFromTheFutureInDynamoDbsWords() {
        Instant signedAt = Instant.now().plusSeconds(3600).truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> response = RawHttp.send(SignedRequests.signAt(fixture.server.endpoint(), "ListTables",
                "{}", ServerFixture.ACCESS_KEY, ServerFixture.SECRET_KEY, signedAt));

        Matcher message = Pattern.compile(".*\"Signature not yet current: (\\w+) is still later than (\\w+)"
                + " \\((\\w+) \\+ 5 min\\.\\)\"}").matcher(response.body());
        assertTrue(message.matches(), response.body());
        assertEquals(signedAt, amzDate(message.group(1)));
        assertEquals(amzDate(message.group(3)).plusSeconds(300), amzDate(message.group(2)));
    }

    @Test
    void readsAuthorizationPartsSeparatedByCommasOrSpaces() {
        HttpRequest signed = SignedRequests.sign(fixture.server.endpoint(), "ListTables", "{}",
                ServerFixture.ACCESS_KEY, ServerFixture.SECRET_KEY);
        String authorization = signed.headers().firstValue("Authorization").orElseThrow();
        for (String separator : List.of(",", ", ", " ", " , ")) {
            HttpRequest respaced = HttpRequest.newBuilder(signed, (name, value) -> !name.equalsIgnoreCase("authorization"))
                    .header("Authorization", authorization.replace(", ", separator)).build();

            HttpResponse<String> response = RawHttp.send(respaced);

            assertEquals(200, response.statusCode(), separator + " -> " + response.body());
        }
    }

    @Test
    void namesEveryMissingPartOfTheAuthorizationAsAwsDoes() {
        String authorization = "AWS4-HMAC-SHA256 Credential=" + ServerFixture.ACCESS_KEY
                + "/20260101/us-east-1/dynamodb/aws4_request";
        HttpRequest request = HttpRequest.newBuilder(fixture.server.endpoint())
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "DynamoDB_20120810.ListTables")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();

        HttpResponse<String> response = RawHttp.send(request);

        // AWS's text, as clients report it: every missing part in one message, then the header.
        assertEquals(400, response.statusCode());
        assertEquals("{\"__type\":\"com.amazon.coral.service#IncompleteSignatureException\",\"message\":"
                + "\"Authorization header requires 'Signature' parameter. Authorization header requires"
                + " 'SignedHeaders' parameter. Authorization header requires existence of either a 'X-Amz-Date' or"
                + " a 'Date' header. Authorization=" + authorization + "\"}", response.body());
    }

    private static Instant amzDate(String text) {
        return Instant.from(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).parse(text));
    }
}
