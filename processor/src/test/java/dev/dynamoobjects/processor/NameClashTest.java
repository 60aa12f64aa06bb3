package dev.dynamoobjects.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.dynamoobjects.processor.Compilations.assertError;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/** Names that clash with generated code are located diagnostics with the fix, never broken generated code. */
class NameClashTest {
    @Test
    void accessorNamedBuilder() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key String id();
                    String builder(); // error
                }
                """, Message.ACCESSOR_NAME_TAKEN.format("builder", "ImmutableBad", "builderValue", "builder"));
    }

    @Test
    void documentAccessorNamedToBuilder() {
        assertError("""
                @Document
                public interface Bad {
                    @Attribute("to_builder") String toBuilder(); // error
                }
                """, Message.ACCESSOR_NAME_TAKEN.format("toBuilder", "ImmutableBad", "toBuilderValue", "to_builder"));
    }

    @Test
    void sortKeyNamedEqualsWithoutParameters() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key String id();
                    @SortKey String equals(); // error
                }
                """, Message.ACCESSOR_NAME_TAKEN.format("equals", "ImmutableBad", "equalsValue", "equals"));
    }

    @Test
    void accessorNamedFinalize() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key String id();
                    String finalize(); // error
                }
                """, Message.ACCESSOR_NAME_TAKEN.format("finalize", "ImmutableBad", "finalizeValue", "finalize"));
    }

    @Test
    void partitionKeyNamedLikeItsConstant() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key String ID(); // error
                }
                """, Message.KEY_NAMED_LIKE_ITS_CONSTANT.format("ID", "id", "ID"));
    }

    @Test
    void globalIndexPartitionKeyNamedLikeItsConstant() {
        assertError("""
                @Record(table = "bad")
                @GlobalIndex(name = "byCity", partitionKey = "city")
                public interface Bad {
                    @Key String id();
                    @Attribute("city") String CITY(); // error
                }
                """, Message.KEY_NAMED_LIKE_ITS_CONSTANT.format("CITY", "city", "city"));
    }

    @Test
    void anAttributeNamedLikeItsConstantIsFineWhenNoMethodTakesIt() {
        Compilation compilation = Compilations.compile("Fine", """
                @Record(table = "fine")
                public interface Fine {
                    @Key String id();
                    String SKU();
                }
                """);
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void namesOfGeneratedMembersWithParametersAreAllowed() {
        Compilation compilation = Compilations.compile("Fine", """
                @Record(table = "fine")
                public interface Fine {
                    @Key String sortKey();
                    @SortKey String key(); // the memory table's preload(sortKey, keys) must find another local name
                    String copyOf();
                    String name();
                    String withName();
                    String build();
                    String save();
                    String query();
                    boolean equals(Object other);
                    int hashCode();
                    String toString();
                }
                """);
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void aJavaRecordMayHaveAComponentNamedBuilder() {
        Compilation compilation = Compilations.compile("Fine", """
                @Record(table = "fine")
                public record Fine(@Key String id, String builder) {
                }
                """);
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void userClassWithTheNameOfTheTable() {
        String order = """
                @Record(table = "orders")
                public interface Order { // error
                    @Key String id();
                }
                """;
        Compilation compilation = Compilations.compile(
                Compilations.source("OrderTable", "public class OrderTable {}"), Compilations.source("Order", order));
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(Message.GENERATED_CLASS_EXISTS.format(
                "test.OrderTable", "Order", "OrderTable", "Order")).inFile(Compilations.source("Order", order))
                .onLine(Compilations.lineOf(Compilations.HEADER + order));
    }

    @Test
    void userClassWithTheNameOfTheMapperInTheRecordsOwnFile() {
        assertError("""
                @Document
                public interface Bad { // error
                    String name();
                }
                class BadMapper {
                }
                """, Message.GENERATED_CLASS_EXISTS.format("test.BadMapper", "Bad", "BadMapper", "Bad"));
    }
}
