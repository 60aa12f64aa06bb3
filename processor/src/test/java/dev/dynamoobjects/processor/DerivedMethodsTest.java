package dev.dynamoobjects.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.dynamoobjects.processor.Compilations.assertError;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code @Derived} methods, computed and never stored, and the rule that keeps stored defaults
 * from going stale: one compile-fail test per message, each on its line, and what is generated.
 */
class DerivedMethodsTest {
    private static final String ORDER = """
            @Record(table = "order")
            public interface Order {
                @Key String orderId();
                long net();
                long tax();
                default String currency() { return "EUR"; }
                @Derived default long gross() { return net() + tax(); }
                @Derived default String label() { return orderId() + ": " + gross() + " " + currency(); }
            }
            """;

    @Test
    void derivedMethodsAreLeftToTheInterface() throws IOException {
        Compilation compilation = Compilations.compile("Order", ORDER);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.ImmutableOrder").contentsAsUtf8String().contains(
                "{@link Order#gross()}, {@link Order#label()} are {@code @Derived}: the interface computes them");
        for (String name : new String[] {"ImmutableOrder", "OrderMapper", "OrderTable", "OrderMemoryTable"}) {
            String source = code(compilation.generatedSourceFile("test." + name).orElseThrow().getCharContent(true));
            assertFalse(source.contains("gross") || source.contains("GROSS"), name + " mentions gross:\n" + source);
            assertFalse(source.contains("label") || source.contains("LABEL"), name + " mentions label:\n" + source);
            assertTrue(name.endsWith("MemoryTable") || source.contains("tax"), name + " lacks tax:\n" + source);
        }
    }

    /** Returns the lines of a source that are code, not comments. */
    private static String code(CharSequence source) {
        return source.toString().lines().filter(line -> !line.strip().startsWith("*") && !line.strip().startsWith("/"))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void derivedMethodsMayHaveAnyType() {
        Compilation compilation = Compilations.compile("Order", """
                @Record(table = "order")
                public interface Order {
                    @Key String orderId();
                    @Derived default Thread unmappable() { return Thread.currentThread(); }
                    @Derived default Optional<Optional<String>> nested() { return Optional.empty(); }
                }
                """);
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void aDerivedOverrideHidesTheAccessorItOverrides() {
        Compilation compilation = Compilations.compile(
                Compilations.source("Priced", """
                        public interface Priced {
                            long gross();
                        }
                        """),
                Compilations.source("Order", """
                        @Record(table = "order")
                        public interface Order extends Priced {
                            @Key String orderId();
                            long net();
                            @Derived @Override default long gross() { return net() * 2; }
                        }
                        """));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.OrderMapper").contentsAsUtf8String().doesNotContain("gross");
    }

    @Test
    void storedDefaultReadingAnAccessor() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key String id();
                    long net();
                    long tax();
                    default long gross() { return net() + tax(); } // error
                }
                """, Message.STORED_DEFAULT_READS_RECORD.format("gross", "net()"));
    }

    @Test
    void storedDefaultReadingThroughThis() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key String id();
                    default String label() { // error
                        return String.valueOf(this.id());
                    }
                }
                """, Message.STORED_DEFAULT_READS_RECORD.format("label", "id()"));
    }

    @Test
    void storedDefaultPassingThis() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key String id();
                    default String label() { return Objects.toString(this); } // error
                }
                """, Message.STORED_DEFAULT_READS_RECORD.format("label", "this"));
    }

    @Test
    void storedDefaultCallingToString() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key String id();
                    default String label() { return toString(); } // error
                }
                """, Message.STORED_DEFAULT_READS_RECORD.format("label", "toString()"));
    }

    @Test
    void storedDefaultOfADocumentReadingAHelper() {
        assertError("""
                @Document
                public interface Bad {
                    String city();
                    default String upper(int times) { return city().repeat(times); }
                    default String shout() { return upper(2); } // error
                }
                """, Message.STORED_DEFAULT_READS_RECORD.format("shout", "upper()"));
    }

    @Test
    void storedDefaultsIndependentOfTheRecordCompile() {
        Compilation compilation = Compilations.compile("Good", """
                @Record(table = "good")
                public interface Good {
                    @Key String id();
                    default List<String> tags() { return List.of(); }
                    default Instant created() { return Instant.now(); }
                    default String zone() { return defaultZone(); }
                    static String defaultZone() { return "UTC"; }
                    default int size() { return List.of(1, 2).size(); }
                }
                """);
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void derivedWithoutBody() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key String id();
                    @Derived long gross(); // error
                }
                """, Message.DERIVED_WITHOUT_BODY.format("gross"));
    }

    @Test
    void derivedAndStored() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key String id();
                    @Derived @Attribute("g") default long gross() { return 1; } // error
                }
                """, Message.DERIVED_AND_STORED.format("gross", "Attribute", "Attribute"));
    }

    @Test
    void derivedKey() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key String id();
                    @Derived @SortKey default String sort() { return "x"; } // error
                }
                """, Message.DERIVED_AND_STORED.format("sort", "SortKey", "SortKey"));
    }

    @Test
    void derivedNamedLikeAGeneratedMethod() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key String id();
                    @Derived default String toBuilder() { return id(); } // error
                }
                """, Message.DERIVED_NAME_TAKEN.format("toBuilder", "ImmutableBad", "toBuilderValue"));
    }

    @Test
    void derivedRecordComponent() {
        assertError("""
                @Record(table = "bad")
                public record Bad(
                        @Key String id,
                        @Derived long gross) { // error
                }
                """, Message.DERIVED_COMPONENT.format("gross", "Bad"));
    }
}
