package dev.dynamoobjects.sample;

// The README's examples, each between snippet markers of its name (ReadmeSnippetsTest checks that the
// README shows them verbatim), with the set-up they assume before them and checks after them. Each block
// shows every import it needs, so the import regions below repeat some imports and name the annotations
// of records declared in other files (Person); Java accepts both.

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.exception.InvalidRecordException;
import dev.dynamoobjects.exception.VersionConflictException;
import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
// snippet: queries
import dev.dynamoobjects.table.Page;

// end snippet
// snippet: batches
import dev.dynamoobjects.batch.BatchGet;
import dev.dynamoobjects.batch.BatchGetResult;
import dev.dynamoobjects.batch.BatchWrite;
import dev.dynamoobjects.table.ItemKey;
import java.util.List;
import java.util.Optional;

// end snippet
// snippet: copy
import dev.dynamoobjects.table.DynamoDatabase;
import dev.dynamoobjects.tools.TableAdmin;
import dev.dynamoobjects.tools.TableCopy;
import dev.dynamoobjects.tools.ThroughputScope;
import java.util.List;

// end snippet
// snippet: export-import
import dev.dynamoobjects.table.DynamoDatabase;
import dev.dynamoobjects.tools.TableExport;
import dev.dynamoobjects.tools.TableImport;
import java.nio.file.Path;

// end snippet
// snippet: transactions
import dev.dynamoobjects.transaction.Loaded;
import dev.dynamoobjects.transaction.ReadTransaction;
import dev.dynamoobjects.transaction.Transaction;

// end snippet
// snippet: migrations-imports
import dev.dynamoobjects.annotation.Key;
import dev.dynamoobjects.annotation.Record;
import dev.dynamoobjects.annotation.SchemaVersion;
import dev.dynamoobjects.migration.Migrations;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

// end snippet
// snippet: map
import java.util.Map;

// end snippet
// snippet: helpers
import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import dev.dynamoobjects.mock.faults.Faults;
import dev.dynamoobjects.mock.time.ManualClock;
import java.time.Duration;
import java.time.Instant;

// end snippet
// snippet: server
import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import dev.dynamoobjects.mock.server.DynamoServer;
import dev.dynamoobjects.mock.server.ServerOptions;
import java.net.URI;

// end snippet
// snippet: engine-streams
import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import dev.dynamoobjects.mock.EmbeddedDynamoDbStreams;

// end snippet
@DynamoTest
class ReadmeExamplesTest {
    DynamoDbClient client;
    DynamoDatabase db;
    ProductTable products;
    StoreTable stores;

    /** A line of a day's sales, for the memory-table example. */
    record Sale(String sku, int quantity) {
    }

    @BeforeEach
    void setUp() {
        db = DynamoDatabase.builder().client(client).build();
        products = new ProductTable(db);
        stores = new StoreTable(db);
        for (String sku : List.of("hat-red", "hat-blue", "shoe-1")) {
            products.save(ImmutableProduct.builder().storeId("lyon-1").sku(sku).name(sku).category("hats")
                    .priceCents(1500).stock(3).build());
        }
    }

    @Test
    void queries() {
        String cursorFromClient = null;
        // snippet: queries
        products.query("lyon-1")                                   // lazy: pages are fetched as you iterate
                .filter(ProductTable.STOCK.gt(0))
                .select(ProductTable.NAME, ProductTable.STOCK)     // unselected attributes come back absent
                .descending().limit(50).consistentRead()
                .stream();
        Page<Product> page = products.query("lyon-1").limit(20).page(cursorFromClient);  // page.cursor(): next, null at the end
        long inStock = products.scan().filter(ProductTable.STOCK.gt(0)).count();        // Select COUNT over all pages
        products.scan().parallelStream(4);                                              // parallel scan segments
        long left = products.increment("lyon-1", "hat-red", ProductTable.STOCK, 5);     // atomic ADD, no read
        // end snippet
        assertEquals(3, page.records().size());
        assertEquals(3, inStock);
        assertEquals(8, left);
    }

    @Test
    void memoryTable() {
        List<String> skus = List.of("hat-red", "hat-blue");
        List<Sale> sales = List.of(new Sale("hat-red", 1), new Sale("hat-blue", 2), new Sale("hat-red", 1));
        // snippet: memory
        try (ProductMemoryTable memory = new ProductMemoryTable(products)) {
            memory.preload("lyon-1", skus);                       // ceil(n / 100) BatchGetItem requests
            for (Sale sale : sales) {
                Product p = memory.get("lyon-1", sale.sku());     // from memory after the first read
                memory.save(ImmutableProduct.copyOf(p).withStock(p.stock() - sale.quantity()));
            }
        }                                                         // close() flushes: ceil(changed / 25) BatchWriteItem
        // end snippet
        assertEquals(1, products.get("lyon-1", "hat-red").stock());
        assertEquals(1, products.get("lyon-1", "hat-blue").stock());
    }

    @Test
    void batches() {
        List<Product> changed = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            changed.add(ImmutableProduct.builder().storeId("lyon-2").sku("sku-" + i).name("Item " + i)
                    .category("misc").build());
        }
        Store closed = stores.save(ImmutableStore.builder().storeId("paris-9").name("Paris 9").city("Paris").build());
        List<ItemKey<Store>> closedStoreKeys = List.of(stores.keyOf(closed));
        List<ItemKey<Product>> keys = List.of(products.keyOf(changed.get(0)));
        // snippet: batches
        new BatchWrite().save(products, changed).delete(closedStoreKeys).execute();   // typed keys: stores.keyOf("paris-9")
        BatchGetResult found = new BatchGet().add(keys).add(stores.keyOf("paris-9")).execute();
        List<Product> list = found.records(products);
        Optional<Product> first = found.find(products.keyOf("lyon-2", "sku-0"));
        // end snippet
        assertEquals(List.of(changed.get(0)), list);
        assertEquals(Optional.of(changed.get(0)), first);
        assertEquals(List.of(), found.records(stores));
    }

    @Test
    void copyAndRaise() {
        new ProductTable(DynamoDatabase.builder().client(client).tablePrefix("staging_").build())
                .save(ImmutableProduct.builder().storeId("lyon-1").sku("hat-red").name("Red hat").stock(1).build());
        // snippet: copy
        ProductTable staging = new ProductTable(DynamoDatabase.builder().client(client).tablePrefix("staging_").build());
        ProductTable prod = new ProductTable(DynamoDatabase.builder().client(client).tablePrefix("prod_").build());
        long copied = TableCopy.of(staging, prod)
                .filter(p -> p.stock() > 0)
                .segments(8)                                                   // parallel scan segments
                .listener(p -> System.err.printf("\rcopied %,d items (%,.0f/s)", p.copied(), p.itemsPerSecond()))
                .run();

        try (ThroughputScope raised = ThroughputScope.raise(new TableAdmin(prod.database()), 1000, 1000, List.of("product"))) {
            runNightlyJob();                                                   // table and GSIs restored afterwards, also on failure
        }
        // end snippet
        assertEquals(1, copied);
        assertEquals("Red hat", prod.get("lyon-1", "hat-red").name());
    }

    private void runNightlyJob() {
    }

    @Test
    void exportAndImport(@TempDir Path dir) throws IOException {
        DynamoDbClient prodClient = client;
        DynamoDbClient devServerClient = client;                 // in a real set-up: a client of the dev server
        Path snapshot = dir.resolve("product.jsonl.gz");
        // snippet: export-import
        ProductTable prod = new ProductTable(DynamoDatabase.builder().client(prodClient).build());
        ProductTable dev = new ProductTable(DynamoDatabase.builder().client(devServerClient).tablePrefix("dev_").build());
        long exported = TableExport.of(prod).consistentRead(true).to(snapshot);   // gzip: the name ends with .gz
        long imported = TableImport.into(dev).from(snapshot);                      // creates dev_product when missing
        // end snippet
        assertEquals(3, exported);
        assertEquals(3, imported);
        assertEquals("hat-red", dev.get("lyon-1", "hat-red").name());
    }

    @Test
    void transactions() {
        WalletTable wallets = new WalletTable(db);
        AuditTable audits = new AuditTable(db);
        ImmutableWallet from = ImmutableWallet.copyOf(
                wallets.save(ImmutableWallet.builder().walletId("from").balance(100).build()));
        wallets.save(ImmutableWallet.builder().walletId("to").build());
        Wallet a = wallets.save(ImmutableWallet.builder().walletId("w1").balance(50).build());
        Wallet b = wallets.get("to");
        Audit audit = ImmutableAudit.builder().auditId("a1").text("w1 paid 10 to to").build();
        String requestId = "request-1";
        products.save(ImmutableProduct.builder().storeId("s1").sku("shoe-1").name("Shoe").stock(1).build());
        // snippet: transactions
        Transaction.begin(db)
            .save(wallets, from.withBalance(from.balance() - 10))          // versions checked and incremented
            .update(wallets.keyOf("to"), WalletTable.BALANCE.add(10L))
            .check(products.keyOf("s1", "shoe-1"), ProductTable.STOCK.ge(1))
            .idempotencyToken(requestId)          // safe to send again after a timeout
            .commit();                            // all or nothing; TransactionCanceledException says why, per operation

        Transaction.run(db, tx -> { transfer(a, b, 10); tx.create(audits, audit); });   // nested scopes commit once

        ReadTransaction read = ReadTransaction.begin(db);
        Loaded<Wallet> w = read.get(wallets.keyOf("w1"));
        Loaded<Product> p = read.get(products.keyOf("s1", "shoe-1"));
        read.execute();                           // one TransactGetItems; then w.get(), p.find()
        // end snippet
        assertEquals(List.of(90L, 20L, 40L), List.of(wallets.get("from").balance(), wallets.get("to").balance(),
                w.get().balance()));
        assertEquals("Shoe", p.find().orElseThrow().name());
        assertTrue(audits.find("a1").isPresent());
    }

    /** Moves an amount between two wallets, in the caller's transaction if there is one. */
    private void transfer(Wallet from, Wallet to, long amount) {
        WalletTable wallets = new WalletTable(db);
        Transaction.run(db, tx -> tx
                .update(wallets.keyOf(from.walletId()), WalletTable.BALANCE.add(-amount))
                .update(wallets.keyOf(to.walletId()), WalletTable.BALANCE.add(amount)));
    }

    @Test
    void derivedValuesFollowTheirAttributesAndAreNotStored() {
        OrderTable orders = new OrderTable(db);
        // snippet: derived

        Order order = orders.save(ImmutableOrder.builder().orderId("o1").net(100).tax(20).build());
        long gross = ImmutableOrder.copyOf(order).withNet(200).gross();   // 220: from the current net and tax
        // end snippet
        assertEquals(220, gross);
        assertEquals("EUR", orders.get("o1").currency());
        assertEquals(false, OrderMapper.INSTANCE.toItem(order).containsKey("gross"));
    }

    @Test
    void optimisticLocking() {
        WalletTable wallets = new WalletTable(db);
        Wallet stale = ImmutableWallet.builder().walletId("w1").balance(5).build();  // version 0: a new wallet
        // snippet: locking

        Wallet w = wallets.save(ImmutableWallet.builder().walletId("w1").balance(10).build());   // version 1
        // end snippet
        // The README shows the failing save as a plain statement.
        VersionConflictException conflict = assertThrows(VersionConflictException.class, () -> {
        // snippet: locking
        wallets.save(stale);                      // VersionConflictException (carries the record); nothing written
        // end snippet
        });
        // snippet: locking
        wallets.modify("w1", x -> ImmutableWallet.copyOf(x).withBalance(x.balance() + 1));   // re-read and retried on conflict
        // end snippet
        assertEquals(1, w.version());
        assertEquals(11, wallets.get("w1").balance());
    }

    @Test
    void idempotentSeeding() {
        WalletTable wallets = new WalletTable(db);
        List<Wallet> seeds = List.of(ImmutableWallet.builder().walletId("w1").balance(10).build(),
                ImmutableWallet.builder().walletId("w2").balance(20).build());
        for (int run = 0; run < 2; run++) {
            // snippet: seeding
            for (Wallet seed : seeds) {          // safe to run again: a seed already stored takes its version
                long stored = wallets.find(seed.walletId()).map(Wallet::version).orElse(0L);
                wallets.save(ImmutableWallet.copyOf(seed).withVersion(stored));
            }
            // end snippet
        }
        assertEquals(20, wallets.get("w2").balance());
        assertEquals(2, wallets.get("w2").version());
    }

    @Test
    void updates() {
        ProductTable products = new ProductTable(db);
        products.save(ImmutableProduct.builder().storeId("lyon-1").sku("hat-red").name("Hat").stock(3).build());
        // snippet: updates
        products.update("lyon-1", "hat-red", ProductTable.STOCK.add(-1));           // UpdateItem: creates a missing item
        products.updateExisting("lyon-1", "hat-red", ProductTable.STOCK.add(-1));   // RecordNotFoundException if missing
        // end snippet
        assertEquals(1, products.get("lyon-1", "hat-red").stock());
    }

    @Test
    void migrations() {
        db.createMissingTables(List.of(PersonTable.SCHEMA));
        client.putItem(put -> put.tableName(PersonTable.SCHEMA.tableName()).item(Map.of(                // version 0
                "personId", AttributeValue.fromS("p1"),
                "name", AttributeValue.fromS("Ada Lovelace"),
                "age", AttributeValue.fromS(" 36"))));
        // snippet: migrations

        Migrations steps = Migrations.builder()
            .step(0, item -> item.put("fullName", item.remove("name")))                 // rename
            .step(1, item -> {                                                          // split one into two
                String[] parts = item.remove("fullName").s().split(" ", 2);
                item.put("firstName", AttributeValue.fromS(parts[0]));
                item.put("lastName", AttributeValue.fromS(parts.length > 1 ? parts[1] : ""));
            })
            .step(2, item -> item.put("age", AttributeValue.fromN(item.get("age").s().trim())))   // change a type
            .build();
        PersonTable people = new PersonTable(db, steps);
        people.get("p1");                         // upgraded on read; people.save(...) writes version 3
        // end snippet
        assertEquals(ImmutablePerson.builder().personId("p1").firstName("Ada").lastName("Lovelace").age(36).build(),
                people.get("p1"));
    }

    @Test
    void validation() {
        TicketTable tickets = new TicketTable(db);
        ImmutableTicket ticket = ImmutableTicket.copyOf(tickets.save(ImmutableTicket.builder().title("Printer").build()));
        // The README shows the failing save as a plain statement.
        InvalidRecordException invalid = assertThrows(InvalidRecordException.class, () -> {
        // snippet: validation

        tickets.save(ticket.withTitle("   "));    // InvalidRecordException: title must not be blank; nothing written
        // end snippet
        });
        assertTrue(invalid.getMessage().contains("title"), invalid.getMessage());
        assertEquals("Printer", tickets.get(ticket.ticketId()).title());
    }

    @Test
    void generatedValues() {
        TicketTable tickets = new TicketTable(db);
        Ticket saved = tickets.save(ImmutableTicket.builder().title("Printer").build());
        assertTrue(saved.ticketId() > 0);
        assertTrue(saved.reference() != null && saved.createdAt() != null && saved.updatedAt() != null);
    }

    @Test
    void writesFromAMap() {
        TicketTable tickets = new TicketTable(db);
        Map<String, Object> json = new HashMap<>(Map.of("storeId", "lyon-1", "name", "Lyon 1", "city", "Lyon"));
        json.put("visits", 12);
        // snippet: map
        Ticket t = tickets.saveMap(Map.of("title", "From JSON", "expiresAt", 1_900_000_000));
        Store s = StoreMapper.INSTANCE.fromMap(json);   // strings, numbers, booleans, lists, maps, base64 bytes
        // end snippet
        assertEquals("From JSON", tickets.get(t.ticketId()).title());
        assertEquals(12, s.visits());
    }

    @Test
    void testHelpers() {
        // snippet: helpers
        ManualClock clock = ManualClock.at(Instant.parse("2026-01-01T00:00:00Z"));
        EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.builder().clock(clock).build();
        clock.advance(Duration.ofMinutes(2));     // with TTL on, items whose TTL (epoch seconds) has passed are gone from the next request

        dynamo.faults().seed(7)
                .throttleNext(2, "PutItem", "orders")                          // ProvisionedThroughputExceededException, as DynamoDB shapes it
                .leaveUnprocessed("BatchWriteItem", Faults.ANY, 0.5)           // UnprocessedItems
                .conflict("TransactWriteItems", "orders", 0.1);                // TransactionConflict cancellation reason
        dynamo.requestCounts().of("BatchWriteItem", "orders");                 // requests per operation and table; reset() starts over
        // end snippet
        assertEquals(Instant.parse("2026-01-01T00:02:00Z"), clock.instant());
    }

    @Test
    void engineStreams() {
        ManualClock clock = ManualClock.at(Instant.parse("2026-01-01T00:00:00Z"));
        // snippet: engine-streams
        EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.builder().clock(clock).build();
        // end snippet
        dynamo.createTable(c -> c.tableName("orders").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .streamSpecification(st -> st.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE)));
        // snippet: engine-streams
        EmbeddedDynamoDbStreams streams = dynamo.streams();      // a DynamoDbStreamsClient over the same engine
        streams.listStreams(b -> b.tableName("orders"));          // ListStreams, DescribeStream, GetShardIterator, GetRecords
        streams.rolloverShards();                                 // close every open shard and open its child: test lineage
        // end snippet
        String arn = streams.listStreams(b -> b.tableName("orders")).streams().get(0).streamArn();
        assertEquals(2, streams.describeStream(d -> d.streamArn(arn)).streamDescription().shards().size());
    }

    @Test
    void server() {
        URI seen;
        // snippet: server
        try (DynamoServer server = DynamoServer.start(new EmbeddedDynamoDb(),
                ServerOptions.defaults().port(0).credentials("AKIDLOCAL", "s3cret"))) {
            URI endpoint = server.endpoint();   // http://127.0.0.1:<port>
            // end snippet
            seen = endpoint;
            // snippet: server
        }
        // end snippet
        assertEquals("127.0.0.1", seen.getHost());
    }
}
