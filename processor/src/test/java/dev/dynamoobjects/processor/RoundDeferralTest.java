package dev.dynamoobjects.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A record that refers to a type generated in the same build, by another processor or by this
 * one, is put off to the round where that type exists, as AutoValue and Dagger do; a type that
 * never appears gets javac's one error on the accessor's line.
 */
class RoundDeferralTest {
    private static final String ADDRESS = """
            @Document
            public interface Address {
                String street();
                Optional<String> zip();
            }
            """;
    private static final String COLOR = """
            public enum Color { RED, GREEN }
            """;

    @Test
    void aDocumentGeneratedByAnotherProcessor() {
        Compilation compilation = compile(new SourceGenerator().source(1, "Address", ADDRESS), """
                @Record(table = "order")
                public interface Order {
                    @Key String orderId();
                    Address address();
                    List<Address> previous();
                }
                """);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.AddressMapper");
        assertThat(compilation).generatedSourceFile("test.OrderMapper").contentsAsUtf8String()
                .contains("AddressMapper.INSTANCE");
    }

    @Test
    void anEnumGeneratedByAnotherProcessor() {
        Compilation compilation = compile(new SourceGenerator().source(1, "Color", COLOR), """
                @Record(table = "order")
                @GlobalIndex(name = "byColor", partitionKey = "color")
                public interface Order {
                    @Key String orderId();
                    Color color();
                    Set<Color> others();
                    Map<String, Color> byPart();
                }
                """);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.OrderTable").contentsAsUtf8String().contains("BY_COLOR");
    }

    @Test
    void aDeferredRecordGetsItsOwnErrorsOnceTheTypeExists() {
        String body = """
                @Record(table = "order")
                public interface Order {
                    @Key String orderId();
                    Set<Color> others();
                    Map<String, Optional<Color>> byPart(); // error
                }
                """;
        JavaFileObject order = Compilations.source("Order", body);
        Compilation compilation = javac()
                .withProcessors(new DynamoObjectsProcessor(), new SourceGenerator().source(1, "Color", COLOR))
                .compile(order);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(Message.NESTED_OPTIONAL.format(
                "byPart", "java.util.Map<java.lang.String,java.util.Optional<test.Color>>", "Map<String, Color>"))
                .inFile(order).onLine(Compilations.lineOf(Compilations.HEADER + body));
    }

    @Test
    void typesGeneratedRoundsLater() {
        // Round 1 gives Named, which refers to Color; round 2 gives Color and the rest.
        SourceGenerator generator = new SourceGenerator()
                .source(1, "Named", """
                        public interface Named {
                            String name();
                            Color color();
                        }
                        """)
                .source(2, "Address", ADDRESS)
                .source(2, "Color", COLOR)
                .source(2, "ColorConverter", """
                        public final class ColorConverter implements dev.dynamoobjects.mapping.AttributeConverter<Color> {
                            public software.amazon.awssdk.services.dynamodb.model.AttributeValue toAttributeValue(Color c) {
                                return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(c.name());
                            }
                            public Color fromAttributeValue(software.amazon.awssdk.services.dynamodb.model.AttributeValue v) {
                                return Color.valueOf(v.s());
                            }
                        }
                        """);
        Compilation compilation = compile(generator, """
                @Record(table = "order")
                public interface Order extends Named {
                    @Key String orderId();
                    Map<String, Address> addresses();
                    @Convert(ColorConverter.class) Color converted();
                }
                """);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.OrderTable").contentsAsUtf8String().contains("NAME");
        assertThat(compilation).generatedSourceFile("test.OrderMapper").contentsAsUtf8String().contains("ColorConverter");
    }

    @Test
    void aTypeThatNeverAppearsIsOneErrorOnItsLine() {
        assertOneMissingTypeError("""
                @Record(table = "order")
                public interface Order {
                    @Key String orderId();
                    Missing missing(); // error
                }
                """);
    }

    @Test
    void aTypeArgumentThatNeverAppears() {
        assertOneMissingTypeError("""
                @Record(table = "order")
                public interface Order {
                    @Key String orderId();
                    List<Missing> missing(); // error
                }
                """);
    }

    @Test
    void aConverterThatNeverAppears() {
        assertOneMissingTypeError("""
                @Record(table = "order")
                public interface Order {
                    @Key String orderId();
                    @Convert(Missing.class) String missing(); // error
                }
                """);
    }

    @Test
    void aSuperInterfaceThatNeverAppears() {
        assertOneMissingTypeError("""
                @Record(table = "order")
                public interface Order extends Missing { // error
                    @Key String orderId();
                }
                """);
    }

    @Test
    void aMissingTypeGivesNoErrorsThatFollowFromIt() {
        assertOneMissingTypeError("""
                @Record(table = "order")
                @GlobalIndex(name = "byName", partitionKey = "name", sortKey = "orderId")
                public interface Order {
                    @Key Missing orderId(); // error
                    String name();
                }
                """);
    }

    private static void assertOneMissingTypeError(String body) {
        JavaFileObject file = Compilations.source("Order", body);
        Compilation compilation = javac().withProcessors(new DynamoObjectsProcessor()).compile(file);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(file)
                .onLine(Compilations.lineOf(Compilations.HEADER + body));
    }

    /** Compiles {@code test/Order.java} with this processor and the generator, the generator second. */
    private static Compilation compile(SourceGenerator generator, String order) {
        return javac().withProcessors(new DynamoObjectsProcessor(), generator)
                .compile(Compilations.source("Order", order));
    }
}
