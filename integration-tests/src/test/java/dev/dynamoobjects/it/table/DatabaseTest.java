package dev.dynamoobjects.it.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamoobjects.exception.TableNotFoundException;
import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Generated tables on a database: prefixes, creation on first use, creation up front. */
@DynamoTest
class DatabaseTest {
    DynamoDbClient dynamo;

    @Test
    void prefixesKeepTwoDatabasesApart() {
        ShelfTable staging = new ShelfTable(DynamoDatabase.builder().client(dynamo).tablePrefix("staging_").build());
        ShelfTable prod = new ShelfTable(DynamoDatabase.builder().client(dynamo).tablePrefix("prod_").build());
        staging.save(Shelves.hat(1));

        assertEquals("staging_shelf", staging.tableName());
        assertEquals(Optional.empty(), prod.find("s1", "hat-1"));
        assertEquals(1, staging.count());
        assertEquals(0, prod.count());
        assertEquals(List.of("prod_shelf", "staging_shelf"), dynamo.listTables().tableNames());
    }

    @Test
    void concurrentFirstUsesCreateTheTableOnce() throws Exception {
        DynamoDatabase db = DynamoDatabase.of(dynamo);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> saves = new ArrayList<>();
            for (int n = 1; n <= 8; n++) {
                int hat = n;
                // One table object per thread, as independent parts of an application would have.
                saves.add(pool.submit(() -> new ShelfTable(db).save(Shelves.hat(hat))));
            }
            for (Future<?> save : saves) {
                save.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(8, new ShelfTable(db).count());
        assertEquals(List.of("shelf"), dynamo.listTables().tableNames());
    }

    @Test
    void withoutAutomaticCreationTablesAreCreatedUpFront() {
        DynamoDatabase db = DynamoDatabase.builder().client(dynamo).createTables(false).build();
        CounterTable counters = new CounterTable(db);
        assertThrows(TableNotFoundException.class, () -> counters.find(1L));

        db.createMissingTables(List.of(CounterTable.SCHEMA, ShelfTable.SCHEMA));
        assertEquals(Optional.empty(), counters.find(1L));
        assertEquals(List.of("counter", "shelf"), dynamo.listTables().tableNames());
    }
}
