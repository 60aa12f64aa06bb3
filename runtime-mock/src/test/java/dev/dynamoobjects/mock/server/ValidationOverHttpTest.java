package dev.dynamoobjects.mock.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Request errors the JSON path answers as DynamoDB does, on the engine over HTTP: binary values in
 * error messages, and base64 that DynamoDB's decoder refuses (its texts, typo included, as dynalite
 * records them against DynamoDB).
 */
class ValidationOverHttpTest {
    private static final String TABLE = "{\"TableName\":\"binaries\",";
    private DynamoServer server;
    private URI endpoint;

    @BeforeEach
    void start() {
        server = DynamoServer.start(new EmbeddedDynamoDb(), ServerOptions.defaults().errorLog(line -> { }));
        endpoint = server.endpoint();
        HttpResponse<String> created = RawHttp.post(endpoint, "CreateTable", TABLE
                + "\"KeySchema\":[{\"AttributeName\":\"id\",\"KeyType\":\"HASH\"}],"
                + "\"AttributeDefinitions\":[{\"AttributeName\":\"id\",\"AttributeType\":\"S\"}],"
                + "\"BillingMode\":\"PAY_PER_REQUEST\"}");
        assertEquals(200, created.statusCode(), created.body());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> putBinary(String base64) {
        return RawHttp.post(endpoint, "PutItem", TABLE + "\"Item\":{\"id\":{\"S\":\"a\"},\"b\":{\"B\":\"" + base64 + "\"}}}");
    }

    private static void assertSerializationError(String message, HttpResponse<String> response) {
        assertEquals(400, response.statusCode());
        // The key is spelled Message in a SerializationException (dynalite's assertSerialization).
        assertEquals("{\"__type\":\"com.amazon.coral.service#SerializationException\",\"Message\":\"" + message + "\"}",
                response.body());
    }

    @Test
    void aBinaryOperandThatIsNoTextIsQuotedInBase64() {
        HttpResponse<String> response = RawHttp.post(endpoint, "PutItem", TABLE
                + "\"Item\":{\"id\":{\"S\":\"a\"}},\"ConditionExpression\":\"a BETWEEN :b AND :n\","
                + "\"ExpressionAttributeValues\":{\":b\":{\"B\":\"/wA=\"},\":n\":{\"N\":\"1\"}}}");

        assertEquals(400, response.statusCode());
        assertEquals("{\"__type\":\"com.amazon.coral.validate#ValidationException\",\"message\":\"Invalid"
                + " ConditionExpression: The BETWEEN operator requires same data type for lower and upper bounds;"
                + " lower bound operand: AttributeValue: {B:/wA=}, upper bound operand: AttributeValue: {N:1}\"}",
                response.body());
    }

    @Test
    void base64IsDecodedStrictly() {
        assertEquals(200, putBinary("/wA=").statusCode());

        assertSerializationError("'23456' can not be converted to a Blob: Base64 encoded length is expected a multiple of"
                + " 4 bytes but found: 5", putBinary("23456"));
        assertSerializationError("'=+/=' can not be converted to a Blob: Invalid Base64 character: '='", putBinary("=+/="));
        assertSerializationError("'+/+=' can not be converted to a Blob: Invalid last non-pad Base64 character dectected",
                putBinary("+/+="));
        assertSerializationError("'ab!d' can not be converted to a Blob: Invalid Base64 character: '!'", putBinary("ab!d"));
    }

}
