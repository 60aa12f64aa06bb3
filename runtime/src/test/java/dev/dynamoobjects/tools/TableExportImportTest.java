package dev.dynamoobjects.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.exception.TableNotFoundException;
import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.schema.KeyAttribute;
import dev.dynamoobjects.schema.ScalarType;
import dev.dynamoobjects.schema.TableSchema;
import dev.dynamoobjects.table.DynamoDatabase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A table's items exported as DynamoDB JSON lines and imported into another table, on each backend. */
@DynamoTest
class TableExportImportTest {
    static final TableSchema ITEMS = new TableSchema("items", new KeyAttribute("pk", ScalarType.S),
            new KeyAttribute("sk", ScalarType.N), List.of(), 0, 0);

    DynamoDbClient dynamo;
    @TempDir
    Path dir;

    @BeforeEach
    void createTables() {
        admin("staging_").create(ITEMS);
        admin("dev_").create(ITEMS);
    }

    private TableAdmin admin(String prefix) {
        return new TableAdmin(DynamoDatabase.builder().client(dynamo).tablePrefix(prefix).build());
    }

    private void stage(int count) {
        for (int i = 0; i < count; i++) {
            Map<String, AttributeValue> item = EveryType.item("p" + i % 3, i);
            dynamo.putItem(r -> r.tableName("staging_items").item(item));
        }
    }

    private Map<String, Map<String, AttributeValue>> scan(String table) {
        return dynamo.scanPaginator(r -> r.tableName(table).consistentRead(true)).items().stream()
                .map(EveryType::sortedSets)
                .collect(Collectors.toMap(item -> item.get("pk").s() + "/" + item.get("sk").n(), item -> item));
    }

    @Test
    void anExportImportedIntoAnotherTableHoldsTheSameItemsOfEveryType() throws IOException {
        stage(30);
        Path file = dir.resolve("items.jsonl");

        Files.writeString(file, "an older export, replaced");
        long exported = TableExport.of(dynamo, "staging_items").segments(3).consistentRead(true).to(file);
        long imported = TableImport.into(dynamo, "dev_items").from(file);

        assertEquals(30, exported);
        assertEquals(30, imported);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(30, lines.size());
        assertTrue(lines.stream().allMatch(line -> line.startsWith("{\"Item\":{\"biggest\":{\"N\":")), lines.get(0));
        assertEquals(scan("staging_items"), scan("dev_items"));
    }

    @Test
    void aGzipFileIsWrittenForANameEndingInGzAndRecognizedOnImport() throws IOException {
        stage(10);
        Path file = dir.resolve("items.jsonl.gz");

        TableExport.of(dynamo, "staging_items").to(file);
        byte[] bytes = Files.readAllBytes(file);
        Path renamed = Files.move(file, dir.resolve("no-telling-name"));
        long imported = TableImport.into(dynamo, "dev_items").from(renamed);

        assertEquals(0x1f, bytes[0]);
        assertEquals((byte) 0x8b, bytes[1]);
        assertEquals(10, imported);
        assertEquals(scan("staging_items"), scan("dev_items"));
    }

    /**
     * A data file shaped as DynamoDB's export writes it: one item per line, as in the example of
     * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/S3DataImport.Format.html, with
     * a newline after the last line.
     */
    @Test
    void importsAFileInTheShapeOfDynamoDbsOwnExport() throws IOException {
        admin("dev_").create(new TableSchema("ProductCatalog", new KeyAttribute("Id", ScalarType.N), null,
                List.of(), 0, 0));
        String file = IntStream.of(101, 102, 103).mapToObj(id -> "{\"Item\":{\"Authors\":{\"SS\":[\"Author1\","
                + "\"Author2\"]},\"Dimensions\":{\"S\":\"8.5 x 11.0 x 1.5\"},\"ISBN\":{\"S\":\"333-3333333333\"},"
                + "\"Id\":{\"N\":\"" + id + "\"},\"InPublication\":{\"BOOL\":false},\"PageCount\":{\"N\":\"600\"},"
                + "\"Price\":{\"N\":\"2000\"},\"ProductCategory\":{\"S\":\"Book\"},\"Title\":{\"S\":\"Book " + id
                + " Title\"}}}\n").collect(Collectors.joining());

        long imported = TableImport.into(dynamo, "dev_ProductCatalog")
                .from(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "export.json");

        assertEquals(3, imported);
        Map<String, AttributeValue> book = dynamo.getItem(r -> r.tableName("dev_ProductCatalog")
                .key(Map.of("Id", AttributeValue.fromN("103")))).item();
        assertEquals("Book 103 Title", book.get("Title").s());
        assertEquals(List.of("Author1", "Author2"), book.get("Authors").ss().stream().sorted().toList());
        assertEquals(false, book.get("InPublication").bool());
    }

    @Test
    void aBadLineStopsTheImportThereAfterWritingTheItemsOfTheLinesBefore() {
        StringBuilder file = new StringBuilder();
        IntStream.range(0, 250).forEach(i -> file.append(line(i, "v")).append('\n'));
        file.append("\n{\"Item\":{\"pk\":{\"S\":\"p\"},\"sk\":{\"N\":\"1e\"}}}\n");
        IntStream.range(250, 300).forEach(i -> file.append(line(i, "v")).append('\n'));

        ImportException e = assertThrows(ImportException.class, () -> TableImport.into(dynamo, "dev_items")
                .from(new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8)), "seed.jsonl"));

        assertEquals("Line 252 of seed.jsonl is not an item of table dev_items in DynamoDB JSON: attribute sk: '1e' is"
                + " not a number. The lines before it (250 items) were written, none after it; fix the line and"
                + " import again (items are replaced by key).", e.getMessage());
        assertEquals(252, e.line());
        assertEquals(250, e.written());
        assertEquals(250, scan("dev_items").size());
    }

    @Test
    void aLineWithoutTheTablesKeyOrWithAnotherTypeIsABadLine() {
        ImportException missing = assertThrows(ImportException.class, () -> importText(
                "{\"Item\":{\"pk\":{\"S\":\"p\"}}}\n"));
        ImportException wrongType = assertThrows(ImportException.class, () -> importText(
                line(1, "v") + "\n{\"Item\":{\"pk\":{\"S\":\"p\"},\"sk\":{\"S\":\"1\"}}}\n"));

        assertTrue(missing.getMessage().startsWith("Line 1 of test.jsonl is not an item of table dev_items in DynamoDB"
                + " JSON: it lacks the key attribute sk (the table's key is pk S and sk N). The lines before it (0 items)"), missing.getMessage());
        assertTrue(wrongType.getMessage().contains(": its key attribute sk is of type S, the table's is N. The lines before it (1 item)"),
                wrongType.getMessage());
        assertEquals(2, wrongType.line());
    }

    @Test
    void bytesThatAreNotUtf8AreBlamedOnTheirLine() {
        byte[] good = (line(1, "v") + "\n" + line(2, "v") + "\n").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(good);
        file.writeBytes(new byte[] {'{', (byte) 0xC3, '}', '\n'});

        ImportException e = assertThrows(ImportException.class, () -> TableImport.into(dynamo, "dev_items")
                .from(new ByteArrayInputStream(file.toByteArray()), "latin1.jsonl"));

        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains(": its bytes are not UTF-8 text. The lines before it (2 items)"), e.getMessage());
    }

    @Test
    void aCheckReadsEveryLineAndWritesNothing() throws IOException {
        String good = line(1, "v") + "\n" + line(2, "v") + "\n";

        assertEquals(2, TableImport.into(dynamo, "dev_items")
                .check(new ByteArrayInputStream(good.getBytes(StandardCharsets.UTF_8)), "good.jsonl"));
        ImportException e = assertThrows(ImportException.class, () -> TableImport.into(dynamo, "dev_items")
                .check(new ByteArrayInputStream((good + "oops\n").getBytes(StandardCharsets.UTF_8)), "bad.jsonl"));

        assertEquals(3, e.line());
        assertEquals(0, e.written());
        assertEquals(0, scan("dev_items").size());
    }

    @Test
    void whenAFileHoldsAKeyTwiceTheLaterLineWinsWhicheverThreadWritesIt() throws IOException {
        StringBuilder file = new StringBuilder(line(0, "first")).append('\n');
        IntStream.range(1, 500).forEach(i -> file.append(line(i, "v")).append('\n'));
        file.append(line(0, "last")).append('\n');

        long imported = importText(file.toString());

        assertEquals(501, imported);
        assertEquals("last", dynamo.getItem(r -> r.tableName("dev_items").key(Map.of("pk", AttributeValue.fromS("p"),
                "sk", AttributeValue.fromN("0")))).item().get("value").s());
        assertEquals(500, scan("dev_items").size());
    }

    @Test
    void progressIsHeardUpToTheLastItem() throws IOException {
        stage(12);
        List<CopyProgress> exports = Collections.synchronizedList(new ArrayList<>());
        List<CopyProgress> imports = Collections.synchronizedList(new ArrayList<>());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        TableExport.of(dynamo, "staging_items").listener(exports::add).to(out);
        TableImport.into(dynamo, "dev_items").threads(2).listener(imports::add)
                .from(new ByteArrayInputStream(out.toByteArray()), "memory");

        assertEquals(12, exports.get(exports.size() - 1).copied());
        assertEquals(12, imports.get(imports.size() - 1).copied());
        assertTrue(imports.get(imports.size() - 1).writes().requests() >= 1);
    }

    @Test
    void aMissingTableIsNamedBeforeAnythingIsReadOrWritten() {
        Path file = dir.resolve("never.jsonl");
        TableNotFoundException export = assertThrows(TableNotFoundException.class,
                () -> TableExport.of(dynamo, "nothing").to(file));
        TableNotFoundException imported = assertThrows(TableNotFoundException.class,
                () -> TableImport.into(dynamo, "nothing").from(new ByteArrayInputStream(new byte[0]), "empty"));

        assertEquals("nothing", export.table());
        assertEquals("nothing", imported.table());
        assertFalse(Files.exists(file));
        assertFalse(Files.exists(dir.resolve("never.jsonl.part")));
    }

    private long importText(String text) throws IOException {
        return TableImport.into(dynamo, "dev_items")
                .from(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.jsonl");
    }

    private static String line(int sk, String value) {
        return "{\"Item\":{\"pk\":{\"S\":\"p\"},\"sk\":{\"N\":\"" + sk + "\"},\"value\":{\"S\":\"" + value + "\"}}}";
    }
}
