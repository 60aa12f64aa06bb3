package dev.dynamoobjects.mock.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Malformed requests from a seeded fuzzer (random bytes, every truncation of valid requests, a
 * value of every wrong JSON type at every member) all get a DynamoDB error response, and the
 * server keeps serving.
 */
class FuzzTest {
    private static final long SEED = 20261122L;
    private static final List<String[]> VALID = List.of(
            new String[] {"CreateTable", "{\"TableName\":\"fuzz\",\"AttributeDefinitions\":[{\"AttributeName\":\"id\","
                    + "\"AttributeType\":\"S\"}],\"KeySchema\":[{\"AttributeName\":\"id\",\"KeyType\":\"HASH\"}],"
                    + "\"BillingMode\":\"PAY_PER_REQUEST\"}"},
            new String[] {"PutItem", "{\"TableName\":\"fuzz\",\"Item\":{\"id\":{\"S\":\"a\"},\"n\":{\"N\":\"1\"},"
                    + "\"l\":{\"L\":[{\"BOOL\":true},{\"NULL\":true}]}},\"ConditionExpression\":\"attribute_not_exists(id)\"}"},
            new String[] {"Query", "{\"TableName\":\"fuzz\",\"KeyConditionExpression\":\"id = :v\","
                    + "\"ExpressionAttributeValues\":{\":v\":{\"S\":\"a\"}},\"Limit\":5,\"ScanIndexForward\":false}"},
            new String[] {"TransactWriteItems", "{\"TransactItems\":[{\"Update\":{\"TableName\":\"fuzz\",\"Key\":"
                    + "{\"id\":{\"S\":\"a\"}},\"UpdateExpression\":\"ADD n :one\",\"ExpressionAttributeValues\":"
                    + "{\":one\":{\"N\":\"1\"}}}}]}"});
    private static final List<String> WRONG_VALUES = List.of("\"text\"", "7", "-1.5e300", "true", "[]", "[1]", "{}",
            "{\"S\":1}", "null");
    private static final Pattern SCALAR = Pattern.compile("(?<=:)(\"[^\"]*\"|-?[0-9.eE+]+|true|false)");

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
    void randomBytesGetASerializationException() {
        Random random = new Random(SEED);
        for (int i = 0; i < 200; i++) {
            byte[] body = new byte[1 + random.nextInt(64)];
            random.nextBytes(body);
            body[0] = (byte) '{';
            HttpResponse<String> response = post(VALID.get(i % VALID.size())[0], new String(body, StandardCharsets.ISO_8859_1));
            assertEquals(400, response.statusCode(), response.body());
            assertTrue(response.body().contains("#SerializationException"), response.body());
        }
        assertStillServing();
    }

    @Test
    void everyTruncationOfAValidRequestGetsAnError() {
        for (String[] request : VALID) {
            for (int length = 0; length < request[1].length(); length++) {
                assertDynamoDbAnswer(post(request[0], request[1].substring(0, length)), true);
            }
        }
        assertStillServing();
    }

    @Test
    void aWrongTypeAtEveryMemberGetsAnErrorOrAnAnswer() {
        for (String[] request : VALID) {
            for (String mutant : mutants(request[1])) {
                assertDynamoDbAnswer(post(request[0], mutant), false);
            }
        }
        assertStillServing();
    }

    /** Each scalar value in turn replaced by each wrong value. */
    private static List<String> mutants(String json) {
        List<String> mutants = new ArrayList<>();
        Matcher scalar = SCALAR.matcher(json);
        while (scalar.find()) {
            for (String wrong : WRONG_VALUES) {
                mutants.add(json.substring(0, scalar.start()) + wrong + json.substring(scalar.end()));
            }
        }
        return mutants;
    }

    /**
     * A DynamoDB answer: success, or a 4xx with a typed JSON error body. Never a 5xx, a hang or a
     * closed connection.
     */
    private static void assertDynamoDbAnswer(HttpResponse<String> response, boolean mustFail) {
        int status = response.statusCode();
        if (status == 200 && !mustFail) {
            return;
        }
        assertTrue(status == 400, status + " " + response.body());
        assertTrue(response.body().startsWith("{\"__type\":\"com.amazon"), response.body());
    }

    private HttpResponse<String> post(String target, String body) {
        return RawHttp.post(fixture.server.endpoint(), target, body);
    }

    private void assertStillServing() {
        assertEquals(200, post("ListTables", "{}").statusCode());
    }
}
