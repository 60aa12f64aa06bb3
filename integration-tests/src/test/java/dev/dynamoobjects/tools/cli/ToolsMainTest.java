package dev.dynamoobjects.tools.cli;

import static dev.dynamoobjects.it.example.Products.product;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.batch.BatchWrite;
import dev.dynamoobjects.it.example.ProductTable;
import dev.dynamoobjects.it.tools.ProvisionedOrderTable;
import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
import dev.dynamoobjects.tools.TableAdmin;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The command line, on tables of generated records. It stays in the runtime's package because it
 * calls {@code ToolsMain.run} with its own streams and client, which only the package sees.
 */
@DynamoTest
class ToolsMainTest {
    DynamoDbClient dynamo;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ToolsMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), arguments -> dynamo);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private ProductTable table(String prefix) {
        return new ProductTable(DynamoDatabase.builder().client(dynamo).tablePrefix(prefix).build());
    }

    @Test
    void helpShowsEveryCommand() {
        assertEquals(0, run("--help"));
        assertEquals(ToolsMain.USAGE, out());
        assertTrue(out().contains("copy     --table T --from-prefix A --to-prefix B"));
    }

    @Test
    void copiesATableToAnotherPrefixWithAProgressLine() {
        ProductTable staging = table("staging_");
        new BatchWrite().save(staging, IntStream.range(0, 300).mapToObj(i -> product("s1", "sku-" + i)).toList())
                .execute();

        assertEquals(0, run("copy", "--from-prefix", "staging_", "--to-prefix", "prod_", "--table", "product"));

        assertEquals(300, table("prod_").count());
        assertEquals("Copied 300 items from staging_product to prod_product\n", out());
        assertTrue(err().startsWith("Created prod_product like staging_product\n"), err());
        assertTrue(err().contains("\rstaging_product -> prod_product: copied 300 of 300 items scanned ("), err());
        assertTrue(err().endsWith(" items/s)\n"), err());
    }

    @Test
    void listsTheTablesOfAPrefix() {
        table("staging_").ensureExists();
        table("prod_").ensureExists();
        assertEquals(0, run("list", "--prefix", "staging_"));
        assertEquals("staging_product\n", out());
    }

    @Test
    void describesATable() {
        table("prod_").ensureExists();
        assertEquals(0, run("describe", "--prefix", "prod_", "--table", "product"));
        assertTrue(out().startsWith("prod_product: ACTIVE, 0 items, on-demand\n  key storeId (HASH)\n"), out());
    }

    @Test
    void raisesCapacityWhileACommandRunsAndExitsWithItsCode() {
        TableAdmin prod = new TableAdmin(DynamoDatabase.builder().client(dynamo).tablePrefix("prod_").build());
        prod.create(ProvisionedOrderTable.SCHEMA);

        assertEquals(3, run("raise", "--prefix", "prod_", "--table", "orders", "--write", "100", "--",
                "sh", "-c", "exit 3"));

        assertEquals("Raised capacity; will put back prod_orders (read 5, write 4)\n"
                + "Raised capacity; will put back prod_orders index byCustomer (read 3, write 2)\n", err());
        assertEquals(4, prod.describe("orders").provisionedThroughput().writeCapacityUnits());
    }

    @Test
    void wrongCommandLinesExitWithTwoAndSayWhy() {
        assertEquals(2, run("copy", "--table", "product"));
        assertEquals("copy needs another target than its source product: give --to-prefix or --to-table\n", err());
        err.reset();
        assertEquals(2, run("list", "--prefx", "a"));
        assertEquals("Unknown option --prefx for list; see --help\n", err());
        err.reset();
        assertEquals(2, run());
        assertEquals("Name a command: list, describe, copy, raise, export or import; see --help\n", err());
    }

    @Test
    void raiseWithoutACapacityIsAWrongCommandLine() {
        TableAdmin prod = new TableAdmin(DynamoDatabase.builder().client(dynamo).tablePrefix("prod_").build());
        prod.create(ProvisionedOrderTable.SCHEMA);

        assertEquals(2, run("raise", "--prefix", "prod_", "--table", "orders", "--", "sh", "-c", "exit 0"));

        assertEquals("raise needs the capacity to raise to: give --read R, --write W or both; see --help\n", err());
        assertEquals(4, prod.describe("orders").provisionedThroughput().writeCapacityUnits());
    }

    @Test
    void anUnknownCommandExitsWithItsOwnCode() {
        assertEquals(ToolsMain.UNKNOWN_COMMAND, run("move"));
        assertEquals("Unknown command move; use list, describe, copy, raise, export or import; see --help\n", err());
    }

    @Test
    void theProgramExitsWithTheCommandsCode() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ToolsMain.class.getName(), "move")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(127, process.waitFor());
        assertTrue(errors.startsWith("Unknown command move"), errors);
    }

    @Test
    void describingAMissingTableGivesOperatorAdviceAndExitsWithOne() {
        table("prod_").ensureExists();

        assertEquals(1, run("describe", "--prefix", "staging_", "--table", "product"));

        assertEquals("Table staging_product does not exist at this endpoint and region. Check the name and --prefix"
                + " (tables are named prefix + table), --endpoint and --region; 'list' shows the tables there.\n",
                err());
    }
}
