package dev.dynamoobjects.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Generated sources, compared character for character with the files in
 * {@code src/test/resources/golden}. After an intended change, regenerate them with
 * {@code -Dgolden.update=true} and review the diff.
 */
class GoldenSourcesTest {
    private static final String STORE = """
            @Record(table = "store")
            @GlobalIndex(name = "byCity", partitionKey = "city", sortKey = "name")
            public interface Store {
                @Key String storeId();
                @SortKey int branch();
                String name();
                String city();
                default List<String> tags() { return List.of(); }
                @Derived default String label() { return name() + ", " + city(); }
                Set<String> labels();
                Address address();
                @Version long version();
            }
            """;
    private static final String TICKET = """
            @Record(table = "ticket")
            @SchemaVersion(2)
            @Stream(StreamView.NEW_IMAGE)
            public interface Ticket {
                @Key @AutoIncrement(block = 20) long ticketId();
                @GeneratedUuid String reference();
                String title();
                @CreatedAt Instant createdAt();
                @UpdatedAt Instant updatedAt();
                @Ttl Instant expiresAt();
                @BeforeWrite default Ticket trimmed() {
                    return title() == null ? this : ImmutableTicket.copyOf(this).withTitle(title().trim());
                }
            }
            """;
    private static final String ADDRESS = """
            @Document
            public interface Address {
                String street();
                Optional<String> zip();
                Map<String, Integer> floors();
                Optional<java.math.BigDecimal> surcharge();
                Set<java.time.DayOfWeek> openDays();
            }
            """;

    @ParameterizedTest
    @ValueSource(strings = {"ImmutableStore", "StoreMapper", "StoreTable", "StoreMemoryTable", "ImmutableAddress", "AddressMapper",
            "TicketTable", "TicketMapper", "ShopTable", "Shop_OrderTable", "Shop_OrderMapper"})
    void generatedSourceMatchesTheGolden(String name) throws IOException {
        Compilation compilation = Compilations.compile(
                Compilations.source("Store", STORE), Compilations.source("Address", ADDRESS),
                Compilations.source("Ticket", TICKET), Compilations.source("Shop", Compilations.SHOP));
        assertThat(compilation).succeededWithoutWarnings();
        JavaFileObject generated = compilation.generatedSourceFile("test." + name).orElseThrow();
        String actual = generated.getCharContent(true).toString();
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(Path.of("src/test/resources/golden", name + ".java"), actual);
        }
        assertEquals(golden(name), actual);
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = GoldenSourcesTest.class.getResourceAsStream("/golden/" + name + ".java")) {
            if (in == null) {
                throw new IllegalStateException("No golden for " + name + "; run with -Dgolden.update=true");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
