package dev.dynamoobjects.tools;

import static dev.dynamoobjects.tools.ProvisionedTables.ON_DEMAND_PRODUCTS;
import static dev.dynamoobjects.tools.ProvisionedTables.ORDERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamoobjects.batch.Sleeper;
import dev.dynamoobjects.exception.TableNotFoundException;
import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

@DynamoTest
class ThroughputScopeTest {
    DynamoDbClient dynamo;
    private TableAdmin admin;

    @BeforeEach
    void setUp() {
        admin = new TableAdmin(DynamoDatabase.builder().client(dynamo).tablePrefix("prod_").build(),
                new Waiting(Duration.ofMillis(20), Duration.ofMinutes(1), Sleeper.THREAD));
        admin.create(ORDERS);
    }

    /** Table read, table write, index read, index write. */
    private List<Long> capacity() {
        TableDescription table = admin.describe("orders");
        var index = table.globalSecondaryIndexes().get(0).provisionedThroughput();
        return List.of(table.provisionedThroughput().readCapacityUnits(),
                table.provisionedThroughput().writeCapacityUnits(),
                index.readCapacityUnits(), index.writeCapacityUnits());
    }

    @Test
    void raisesTableAndIndexesForTheBlockAndRestoresAfter() {
        try (ThroughputScope scope = ThroughputScope.raise(admin, 50, 20, List.of("orders"))) {
            assertEquals(List.of(50L, 20L, 50L, 20L), capacity());
            assertEquals(List.of("prod_orders (read 5, write 4)", "prod_orders index byCustomer (read 3, write 2)"),
                    scope.raised());
        }
        assertEquals(List.of(5L, 4L, 3L, 2L), capacity());
    }

    @Test
    void restoresWhenTheBlockThrows() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
            try (ThroughputScope scope = ThroughputScope.raise(admin, 100, 100, List.of("orders"))) {
                assertEquals(List.of(100L, 100L, 100L, 100L), capacity());
                throw new IllegalStateException("job failed");
            }
        });
        assertEquals("job failed", e.getMessage());
        assertEquals(List.of(5L, 4L, 3L, 2L), capacity());
    }

    @Test
    void neverLowersAndLeavesAloneWhatIsHighEnough() {
        try (ThroughputScope scope = ThroughputScope.raise(admin, 4, 10, List.of("orders"))) {
            assertEquals(List.of(5L, 10L, 4L, 10L), capacity());
        }
        try (ThroughputScope scope = ThroughputScope.raise(admin, 1, 0, List.of("orders"))) {
            assertEquals(List.of(), scope.raised());
        }
        assertEquals(List.of(5L, 4L, 3L, 2L), capacity());
    }

    @Test
    void leavesOnDemandTablesAlone() {
        admin.create(ON_DEMAND_PRODUCTS);
        try (ThroughputScope scope = ThroughputScope.raise(admin, 100, 100, List.of("product"))) {
            assertEquals(List.of(), scope.raised());
        }
        assertEquals("PAY_PER_REQUEST", admin.describe("product").billingModeSummary().billingModeAsString());
    }

    @Test
    void restoresWhatItRaisedWhenALaterTableFails() {
        assertThrows(TableNotFoundException.class,
                () -> ThroughputScope.raise(admin, 100, 100, List.of("orders", "missing")));
        assertEquals(List.of(5L, 4L, 3L, 2L), capacity());
    }
}
