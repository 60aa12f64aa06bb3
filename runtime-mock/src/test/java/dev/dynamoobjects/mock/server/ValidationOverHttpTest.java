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
    void aNullInsideAValueIsRefusedNotDropped() {
        // DynamoDB Local's texts; the reader keeps such nulls for the engine to refuse by name.
        assertValidationError("The supplied Item contains a null AttributeValue", putValue("{\"L\":[null]}"));
        assertValidationError("The supplied Item contains a null AttributeValue: a is null", putValue("{\"M\":{\"a\":null}}"));
        assertValidationError("The supplied Item contains a null AttributeValue: b is null", RawHttp.post(endpoint, "PutItem",
                TABLE + "\"Item\":{\"id\":{\"S\":\"a\"},\"b\":null}}"));
        assertValidationError("One or more parameter values were invalid: An string set may not have a null string as a"
                + " member", putValue("{\"SS\":[\"a\",null]}"));
        assertValidationError("A value provided cannot be converted into a number", putValue("{\"NS\":[\"1\",null]}"));
    }

    @Test
    void aValueWithSeveralTypesOrNoneIsAValidationErrorNotAServerError() {
        assertValidationError("Supplied AttributeValue has more than one datatypes set, must contain exactly one of the"
                + " supported datatypes", putValue("{\"S\":\"a\",\"N\":\"1\"}"));
        assertValidationError("Supplied AttributeValue is empty, must contain exactly one of the supported datatypes",
                putValue("{}"));
    }

    @Test
    void aPutWithoutItemFailsRequestValidation() {
        assertValidationError("1 validation error detected: Value null at 'item' failed to satisfy constraint: Member"
                + " must not be null", RawHttp.post(endpoint, "PutItem", "{\"TableName\":\"binaries\"}"));
    }

    private HttpResponse<String> putValue(String value) {
        return RawHttp.post(endpoint, "PutItem", TABLE + "\"Item\":{\"id\":{\"S\":\"a\"},\"v\":" + value + "}}");
    }

    private static void assertValidationError(String message, HttpResponse<String> response) {
        assertEquals(400, response.statusCode());
        assertEquals("{\"__type\":\"com.amazon.coral.validate#ValidationException\",\"message\":\"" + message + "\"}",
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
