package dev.dynamoobjects.mock.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestCountsTest {
    @Test
    void countsPerOperationAndPerTableUntilReset() {
        RequestCounts counts = new RequestCounts();
        counts.recordRequest("BatchGetItem");
        counts.recordTable("BatchGetItem", "orders");
        counts.recordTable("BatchGetItem", "stores");
        counts.recordRequest("PutItem");
        counts.recordTable("PutItem", "orders");
        counts.recordRequest("PutItem");
        counts.recordTable("PutItem", "orders");

        assertEquals(1, counts.of("BatchGetItem"));
        assertEquals(1, counts.of("BatchGetItem", "stores"));
        assertEquals(2, counts.of("PutItem", "orders"));
        assertEquals(0, counts.of("PutItem", "stores"));
        assertEquals(3, counts.total());
        assertEquals(Map.of("BatchGetItem", 1L, "PutItem", 2L), counts.byOperation());

        counts.reset();
        assertEquals(0, counts.total());
        assertEquals(0, counts.of("PutItem", "orders"));
    }
}
