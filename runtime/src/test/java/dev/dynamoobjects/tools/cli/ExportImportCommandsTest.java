package dev.dynamoobjects.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.schema.KeyAttribute;
import dev.dynamoobjects.schema.ScalarType;
import dev.dynamoobjects.schema.TableSchema;
import dev.dynamoobjects.table.DynamoDatabase;
import dev.dynamoobjects.tools.TableAdmin;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The export and import commands of the tools program, with files, gzip and the standard streams. */
@DynamoTest
class ExportImportCommandsTest {
    private static final TableSchema PRODUCT = new TableSchema("product", new KeyAttribute("sku", ScalarType.S), null,
            List.of(), 0, 0);

    DynamoDbClient dynamo;
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void createTables() {
        new TableAdmin(DynamoDatabase.builder().client(dynamo).tablePrefix("prod_").build()).create(PRODUCT);
        new TableAdmin(DynamoDatabase.builder().client(dynamo).tablePrefix("dev_").build()).create(PRODUCT);
        for (int i = 0; i < 120; i++) {
            int n = i;
            dynamo.putItem(r -> r.tableName("prod_product").item(Map.of("sku", AttributeValue.fromS("sku-" + n),
                    "name", AttributeValue.fromS("Produit n° " + n), "price", AttributeValue.fromN(n + ".5"))));
        }
    }

    private int run(InputStream in, String... args) {
        out.reset();
        err.reset();
        return ToolsMain.run(args, in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), arguments -> dynamo);
    }

    private int run(String... args) {
        return run(InputStream.nullInputStream(), args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private int count(String table) {
        return dynamo.scan(r -> r.tableName(table).select("COUNT")).count();
    }

    @Test
    void exportsToAGzipFileAndImportsItIntoAnotherPrefix() {
        String file = dir.resolve("product.jsonl.gz").toString();

        assertEquals(0, run("export", "product", file, "--prefix", "prod_", "--consistent-read", "--segments", "2"));
        assertEquals("Exported 120 items from prod_product to " + file + "\n", out());
        assertTrue(err().startsWith("\rprod_product: exported "), err());
        assertTrue(err().endsWith("\rprod_product: exported 120 items (" + err().substring(err().lastIndexOf('(') + 1)),
                err());

        assertEquals(0, run("import", file, "product", "--prefix", "dev_", "--threads", "2"));
        assertEquals("Imported 120 items from " + file + " into dev_product\n", out());
        assertTrue(err().contains("\rdev_product: imported 120 items ("), err());
        assertEquals(120, count("dev_product"));
    }

    @Test
    void exportsToStandardOutputAndImportsFromStandardInput() {
        assertEquals(0, run("export", "prod_product", "-"));
        byte[] lines = out.toByteArray();
        assertTrue(err().endsWith("Exported 120 items from prod_product to standard output\n"), err());
        assertEquals(120, out().lines().filter(line -> line.startsWith("{\"Item\":{")).count());

        assertEquals(0, run(new ByteArrayInputStream(lines), "import", "-", "dev_product"));
        assertEquals("Imported 120 items from standard input into dev_product\n", out());
        assertEquals(120, count("dev_product"));
    }

    @Test
    void aBadLineExitsWithOneNamingTheLineAndWhatWasWritten() throws Exception {
        Path file = Files.writeString(dir.resolve("seed.jsonl"), "{\"Item\":{\"sku\":{\"S\":\"a\"}}}\n"
                + "{\"Item\":{\"sku\":{\"S\":\"b\"},\"price\":{\"N\":\"cheap\"}}}\n");

        assertEquals(1, run("import", file.toString(), "dev_product"));

        assertTrue(err().endsWith("\nLine 2 of " + file + " is not an item of table dev_product in DynamoDB JSON:"
                + " attribute price: 'cheap' is not a number. The lines before it (1 item) were written, none after"
                + " it; fix the line and import again (items are replaced by key).\n"), err());
        assertEquals(1, count("dev_product"));
    }

    @Test
    void aCheckCountsTheItemsAndWritesNothing() throws Exception {
        Path file = Files.writeString(dir.resolve("seed.jsonl"), "{\"Item\":{\"sku\":{\"S\":\"a\"}}}\n\n"
                + "{\"Item\":{\"sku\":{\"S\":\"b\"}}}\n");

        assertEquals(0, run("import", file.toString(), "product", "--prefix", "dev_", "--check"));

        assertEquals(file + " holds 2 items for dev_product; nothing written\n", out());
        assertEquals(0, count("dev_product"));
    }

    @Test
    void wrongCommandLinesExitWithTwoAndSayWhy() {
        assertEquals(2, run("export", "product"));
        assertEquals("export needs a TABLE and a FILE (- for standard output); see --help\n", err());
        assertEquals(2, run("import", "a.jsonl", "product", "extra"));
        assertEquals("Unexpected word 'extra'; options start with --, see --help\n", err());
        assertEquals(2, run("import", "a.jsonl", "product", "--segments", "2"));
        assertEquals("Unknown option --segments for import; see --help\n", err());
        assertEquals(2, run("export", "prod_product", "x.jsonl", "--segments", "0"));
        assertEquals("A scan has 1 to 1,000,000 segments, not 0; see --help\n", err());
        assertEquals(2, run("list", "extra"));
        assertEquals("Unexpected word 'extra'; options start with --, see --help\n", err());
    }

    @Test
    void aMissingTableOrFileExitsWithOne() {
        assertEquals(1, run("export", "nothing", dir.resolve("x.jsonl").toString()));
        assertTrue(err().startsWith("Table nothing does not exist at this endpoint and region."), err());
        assertEquals(1, run("import", dir.resolve("none.jsonl").toString(), "dev_product"));
        assertEquals("No such file: " + dir.resolve("none.jsonl") + "\n", err());
    }

    @Test
    void theHelpShowsBothCommands() {
        assertEquals(0, run("--help"));
        assertTrue(out().contains("\n  export   TABLE FILE [--prefix P] [--consistent-read] [--segments N]\n"), out());
        assertTrue(out().contains("\n  import   FILE TABLE [--prefix P] [--threads N] [--check]\n"), out());
    }
}
