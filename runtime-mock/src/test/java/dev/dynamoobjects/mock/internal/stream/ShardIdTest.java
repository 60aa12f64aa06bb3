package dev.dynamoobjects.mock.internal.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Shard ids keep DynamoDB's shape, {@code shardId-<20 digits>-<8 hex digits>}, built without String.format. */
class ShardIdTest {
    @Test
    void shardIdsAreTwentyDigitsOfTheirTimeAndEightHexDigits() {
        long[] times = {0, 7, 1_767_225_600_000L, Long.MAX_VALUE, -1};
        int[] salts = {0, 0xabc, -1, Integer.MIN_VALUE, 0x12345678};
        for (long time : times) {
            for (int salt : salts) {
                assertEquals(String.format("shardId-%020d-%08x", time, salt), StreamRegistry.shardId(time, salt));
            }
        }
        assertEquals("shardId-00000001767225600000-00000abc", StreamRegistry.shardId(1_767_225_600_000L, 0xabc));
    }
}
