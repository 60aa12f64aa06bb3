package dev.dynamoobjects.mock.internal.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import dev.dynamoobjects.mock.server.DynamoServer;
import dev.dynamoobjects.mock.server.ServerOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * A view type no SDK knows can only come over the wire: the server refuses it as DynamoDB's request
 * validation does, naming the member and the enum values in the API model's order.
 */
class StreamSpecificationTest {
    @Test
    void anUnknownViewTypeIsAnEnumViolation() throws Exception {
        try (EmbeddedDynamoDb engine = new EmbeddedDynamoDb();
             DynamoServer server = DynamoServer.start(engine, ServerOptions.defaults().port(0))) {
            String body = "{\"TableName\":\"orders\",\"KeySchema\":[{\"AttributeName\":\"id\",\"KeyType\":\"HASH\"}],"
                    + "\"AttributeDefinitions\":[{\"AttributeName\":\"id\",\"AttributeType\":\"S\"}],"
                    + "\"BillingMode\":\"PAY_PER_REQUEST\","
                    + "\"StreamSpecification\":{\"StreamEnabled\":true,\"StreamViewType\":\"EVERYTHING\"}}";
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(server.endpoint() + "/"))
                    .header("Content-Type", "application/x-amz-json-1.0")
                    .header("X-Amz-Target", "DynamoDB_20120810.CreateTable")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(400, response.statusCode());
            assertEquals("{\"__type\":\"com.amazon.coral.validate#ValidationException\",\"message\":\"1 validation "
                    + "error detected: Value 'EVERYTHING' at 'streamSpecification.streamViewType' failed to satisfy "
                    + "constraint: Member must satisfy enum value set: [NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES, "
                    + "KEYS_ONLY]\"}", response.body());
            assertThrows(ResourceNotFoundException.class, () -> engine.describeTable(b -> b.tableName("orders")));
        }
    }
}
