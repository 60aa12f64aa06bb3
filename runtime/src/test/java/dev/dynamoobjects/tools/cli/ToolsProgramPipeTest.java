package dev.dynamoobjects.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.mock.server.DynamoServer;
import dev.dynamoobjects.mock.server.ServerOptions;
import dev.dynamoobjects.schema.KeyAttribute;
import dev.dynamoobjects.schema.ScalarType;
import dev.dynamoobjects.schema.TableSchema;
import dev.dynamoobjects.table.DynamoDatabase;
import dev.dynamoobjects.tools.TableAdmin;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The tools as programs of their own: an export to standard output piped into an import from
 * standard input, each a separate JVM reaching the backend through the HTTP server.
 */
@DynamoTest
class ToolsProgramPipeTest {
    private static final TableSchema PRODUCT = new TableSchema("product", new KeyAttribute("sku", ScalarType.S), null,
            List.of(), 0, 0);

    DynamoDbClient dynamo;
    private DynamoServer server;

    @BeforeEach
    void start() {
        server = DynamoServer.start(dynamo, ServerOptions.defaults().port(0));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Process tools(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), ToolsMain.class.getName()));
        command.addAll(List.of(args));
        command.addAll(List.of("--endpoint", server.endpoint().toString(), "--region", "us-east-1"));
        return new ProcessBuilder(command).start();
    }

    @Test
    void anExportPipedIntoAnImportCopiesEveryItem() throws Exception {
        new TableAdmin(DynamoDatabase.builder().client(dynamo).tablePrefix("prod_").build()).create(PRODUCT);
        new TableAdmin(DynamoDatabase.builder().client(dynamo).tablePrefix("dev_").build()).create(PRODUCT);
        for (int i = 0; i < 50; i++) {
            int n = i;
            dynamo.putItem(r -> r.tableName("prod_product").item(Map.of("sku", AttributeValue.fromS("sku-" + n),
                    "tags", AttributeValue.fromSs(List.of("é", "\uD83D\uDE00")))));
        }

        Process export = tools("export", "prod_product", "-");
        byte[] lines = export.getInputStream().readAllBytes();
        String exportErrors = new String(export.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, export.waitFor(), exportErrors);
        Process imports = tools("import", "-", "product", "--prefix", "dev_");
        try (OutputStream stdin = imports.getOutputStream()) {
            stdin.write(lines);
        }
        String imported = new String(imports.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, imports.waitFor(), new String(imports.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));

        assertEquals(50, new String(lines, StandardCharsets.UTF_8).lines().count());
        assertTrue(exportErrors.endsWith("Exported 50 items from prod_product to standard output\n"), exportErrors);
        assertEquals("Imported 50 items from standard input into dev_product\n", imported);
        assertEquals(50, dynamo.scan(r -> r.tableName("dev_product").select("COUNT")).count());
        assertEquals(List.of("é", "\uD83D\uDE00"), dynamo.getItem(r -> r.tableName("dev_product")
                .key(Map.of("sku", AttributeValue.fromS("sku-7")))).item().get("tags").ss().stream().sorted().toList());
    }
}
