package dev.dynamoobjects.mock.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DynamoBackendTest {
    @Test
    void defaultsToEmbedded() {
        assertEquals(DynamoBackend.Kind.EMBEDDED, DynamoBackend.parse(null).kind());
        assertEquals(DynamoBackend.Kind.EMBEDDED, DynamoBackend.parse(" ").kind());
        assertTrue(DynamoBackend.parse("Embedded").isEmbedded());
    }

    @Test
    void readsLocal() {
        assertEquals(DynamoBackend.Kind.LOCAL, DynamoBackend.parse("local").kind());
        assertEquals(Optional.empty(), DynamoBackend.parse("local").endpoint());
    }

    @Test
    void readsServer() {
        assertEquals(DynamoBackend.Kind.SERVER, DynamoBackend.parse("server").kind());
        assertEquals(Optional.empty(), DynamoBackend.parse("Server").endpoint());
    }

    @Test
    void readsAnEndpointUrl() {
        DynamoBackend backend = DynamoBackend.parse("http://localhost:8000");
        assertEquals(DynamoBackend.Kind.ENDPOINT, backend.kind());
        assertEquals(Optional.of(URI.create("http://localhost:8000")), backend.endpoint());
        assertEquals("http://localhost:8000", backend.toString());
    }

    @Test
    void rejectsAnythingElseNamingTheAcceptedValues() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> DynamoBackend.parse("dynamodb-local"));
        assertEquals("Unknown DynamoDB backend 'dynamodb-local' in dynamo.objects.backend or DYNAMO_OBJECTS_BACKEND: "
                + "use embedded, local, server or an endpoint URL such as http://localhost:8000", error.getMessage());
    }
}
