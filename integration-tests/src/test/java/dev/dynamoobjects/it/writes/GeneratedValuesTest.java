package dev.dynamoobjects.it.writes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.exception.InvalidRecordException;
import dev.dynamoobjects.exception.Violation;
import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.mock.time.ManualClock;
import dev.dynamoobjects.table.DynamoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/**
 * What the generated {@code TicketTable} fills in before each write: the next number of the key
 * counter, a UUID, timestamps from the database clock, then the record's {@code @BeforeWrite}
 * hook and Bean Validation; and time to live enabled on the table it creates.
 */
@DynamoTest
class GeneratedValuesTest {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    DynamoDbClient dynamo;
    ManualClock clock;
    TicketTable tickets;

    @BeforeEach
    void setUp() {
        clock = ManualClock.at(START);
        tickets = new TicketTable(DynamoDatabase.builder().client(dynamo).clock(clock).build());
    }

    private static ImmutableTicket ticket(String title) {
        return ImmutableTicket.builder().title(title).build();
    }

    @Test
    void aTicketSavedWithoutKeyGetsTheNextNumberAndAUuid() {
        Ticket first = tickets.save(ticket("first"));
        Ticket second = tickets.save(ticket("second"));
        assertEquals(List.of(1L, 2L), List.of(first.ticketId(), second.ticketId()));
        assertNotNull(first.reference());
        assertEquals(first, tickets.get(1));

        UUID mine = UUID.randomUUID();
        Ticket given = tickets.save(ticket("given").withTicketId(100).withReference(mine));
        assertEquals(100, given.ticketId());
        assertEquals(mine, tickets.get(100).reference());
    }

    @Test
    void aNoteSavedWithoutKeyGetsARandomUuidKey() {
        NoteTable notes = new NoteTable(DynamoDatabase.of(dynamo));
        Note first = notes.save(ImmutableNote.builder().text("a").build());
        Note second = notes.saveMap(Map.of("text", "b"));
        assertEquals(first, notes.get(first.noteId()));
        assertEquals(36, second.noteId().length());
        assertEquals(second.noteId(), UUID.fromString(second.noteId()).toString());
        assertTrue(!first.noteId().equals(second.noteId()));
        assertEquals("keep", notes.save(ImmutableNote.builder().noteId("keep").text("c").build()).noteId());
    }

    @Test
    void aMemoryTableKeepsNewRecordsUnderTheirGeneratedKeys() {
        Ticket first;
        Ticket second;
        try (TicketMemoryTable memory = new TicketMemoryTable(tickets)) {
            first = memory.save(ticket(" one "));
            second = memory.save(ticket("two"));
            assertEquals(List.of(1L, 2L, "one"), List.of(first.ticketId(), second.ticketId(), first.title()));
            assertEquals(second, memory.get(2));
            assertEquals(0, tickets.count());
            assertThrows(InvalidRecordException.class, () -> memory.save(ticket("")));
        }
        assertEquals(List.of("one", "two"), List.of(tickets.get(1).title(), tickets.get(2).title()));
    }

    @Test
    void keysAllocatedFromManyThreadsAreUnique() throws Exception {
        int threads = 6;
        int perThread = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<Long>>> results = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                TicketTable own = new TicketTable(DynamoDatabase.of(dynamo));
                results.add(pool.submit(() -> {
                    List<Long> ids = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        ids.add(own.save(ticket("t")).ticketId());
                    }
                    return ids;
                }));
            }
            Set<Long> all = new HashSet<>();
            for (Future<List<Long>> result : results) {
                all.addAll(result.get());
            }
            assertEquals(threads * perThread, all.size());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void createdAtIsKeptAndUpdatedAtFollowsTheClock() {
        Ticket saved = tickets.save(ticket("t"));
        assertEquals(List.of(START, START), List.of(saved.createdAt(), saved.updatedAt()));
        Instant later = clock.advance(Duration.ofMinutes(5));
        Ticket again = tickets.save(ImmutableTicket.copyOf(saved).withTitle("renamed"));
        assertEquals(List.of(START, later), List.of(again.createdAt(), again.updatedAt()));
        assertEquals(again, tickets.get(saved.ticketId()));
    }

    @Test
    void timeToLiveIsEnabledOnTheCreatedTableAndStoredInEpochSeconds() {
        Ticket saved = tickets.save(ticket("t").withExpiresAt(Instant.ofEpochSecond(1_900_000_000L, 999)));
        TimeToLiveDescription ttl = dynamo.describeTimeToLive(r -> r.tableName(tickets.tableName())).timeToLiveDescription();
        assertEquals(TimeToLiveStatus.ENABLED, ttl.timeToLiveStatus());
        assertEquals("expiresAt", ttl.attributeName());
        Map<String, AttributeValue> item = tickets.findItem(tickets.keyOf(saved)).orElseThrow();
        assertEquals(AttributeValue.fromN("1900000000"), item.get("expiresAt"));
    }

    @Test
    void theRecordsHookRunsBeforeValidation() {
        assertEquals("padded", tickets.save(ticket("  padded  ")).title());
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> tickets.save(ticket("   ")));
        assertEquals(List.of("title"), e.violations().stream().map(Violation::attribute).toList());
        assertEquals(1, tickets.count());
    }

    @Test
    void aMapFromJsonIsSavedWithItsGeneratedValues() {
        Ticket saved = tickets.saveMap(Map.of("title", " from JSON ", "expiresAt", 1_900_000_000));
        assertEquals("from JSON", saved.title());
        assertEquals(Instant.ofEpochSecond(1_900_000_000), saved.expiresAt());
        assertEquals(START, saved.createdAt());
        assertTrue(saved.ticketId() > 0);
        assertEquals(saved, tickets.get(saved.ticketId()));
    }
}
