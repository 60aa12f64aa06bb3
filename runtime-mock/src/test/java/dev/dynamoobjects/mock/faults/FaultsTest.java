package dev.dynamoobjects.mock.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;

/** Fault rules on their own; the engine's use of them is tested in FaultInjectionTest (embedded only). */
class FaultsTest {
    @Test
    void throttleNextStrikesExactlyThatManyTimesOnTheChosenOperationAndTable() {
        Faults faults = new Faults().throttleNext(2, "PutItem", "orders");
        assertFalse(faults.strikes(FaultKind.THROTTLE, "GetItem", "orders"));
        assertFalse(faults.strikes(FaultKind.THROTTLE, "PutItem", "stores"));
        assertTrue(faults.strikes(FaultKind.THROTTLE, "PutItem", "orders"));
        assertTrue(faults.strikes(FaultKind.THROTTLE, "PutItem", "orders"));
        assertFalse(faults.strikes(FaultKind.THROTTLE, "PutItem", "orders"));
    }

    @Test
    void anyMatchesEveryOperationAndTableAndRequestsWithoutTable() {
        Faults faults = new Faults().throttle(Faults.ANY, Faults.ANY, 1);
        assertTrue(faults.strikes(FaultKind.THROTTLE, "ListTables", null));
        assertTrue(faults.strikes(FaultKind.THROTTLE, "Query", "orders"));
        assertFalse(faults.strikes(FaultKind.UNPROCESSED, "BatchGetItem", "orders"));
    }

    @Test
    void theSameSeedGivesTheSameFailures() {
        assertEquals(pattern(42), pattern(42));
        assertTrue(pattern(42).contains(true) && pattern(42).contains(false));
    }

    @Test
    void aShareFailsAboutThatOftenButNothingWithShareZero() {
        Faults faults = new Faults().seed(1).leaveUnprocessed("BatchWriteItem", Faults.ANY, 0.3);
        long struck = pattern(faults, 1000).stream().filter(b -> b).count();
        assertTrue(struck > 200 && struck < 400, "struck " + struck + " of 1000");
        Faults never = new Faults().leaveUnprocessed("BatchWriteItem", Faults.ANY, 0);
        assertFalse(pattern(never, 100).contains(true));
    }

    @Test
    void clearRemovesEveryRule() {
        Faults faults = new Faults().throttle(Faults.ANY, Faults.ANY, 1);
        faults.clear();
        faults.throttleIfStruck("PutItem", "orders");
    }

    @Test
    void rejectsSharesOutsideZeroToOne() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new Faults().throttle("PutItem", "orders", 30));
        assertEquals("The share of faulty requests must be between 0 and 1, not 30.0", error.getMessage());
    }

    @Test
    void itemOperationsThrottleAsDynamoDbDoes() {
        Faults faults = new Faults().throttle(Faults.ANY, Faults.ANY, 1);
        ProvisionedThroughputExceededException error = assertThrows(ProvisionedThroughputExceededException.class,
                () -> faults.throttleIfStruck("GetItem", "orders"));
        assertEquals("ProvisionedThroughputExceededException", error.awsErrorDetails().errorCode());
        assertEquals(400, error.statusCode());
        assertEquals("The level of configured provisioned throughput for the table was exceeded. "
                + "Consider increasing your provisioning level with the UpdateTable API.",
                error.awsErrorDetails().errorMessage());
        assertEquals("TableReadProvisionedThroughputExceeded", error.throttlingReasons().get(0).reason());
        assertTrue(error.throttlingReasons().get(0).resource().endsWith(":table/orders"));
    }

    @Test
    void tableOperationsThrottleWithThrottlingException() {
        Faults faults = new Faults().throttle("CreateTable", Faults.ANY, 1);
        DynamoDbException error = assertThrows(ThrottlingException.class,
                () -> faults.throttleIfStruck("CreateTable", "orders"));
        assertEquals("ThrottlingException", error.awsErrorDetails().errorCode());
        assertEquals("Rate of requests exceeds the allowed throughput.", error.awsErrorDetails().errorMessage());
    }

    private static List<Boolean> pattern(long seed) {
        return pattern(new Faults().seed(seed).conflict("TransactWriteItems", "orders", 0.5), 50);
    }

    private static List<Boolean> pattern(Faults faults, int chances) {
        List<Boolean> struck = new ArrayList<>();
        for (int i = 0; i < chances; i++) {
            struck.add(faults.strikes(FaultKind.UNPROCESSED, "BatchWriteItem", "orders")
                    || faults.strikes(FaultKind.TRANSACTION_CONFLICT, "TransactWriteItems", "orders"));
        }
        return struck;
    }
}
