package dev.dynamoobjects.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** Compiles test sources with the processor; the runtime's annotations come from the test classpath. */
final class Compilations {
    // Single-type imports: "Record" alone would be ambiguous with java.lang.Record.
    static final String HEADER = """
            package test;
import dev.dynamoobjects.annotation.Attribute;
            import dev.dynamoobjects.annotation.AutoIncrement;
            import dev.dynamoobjects.annotation.BeforeWrite;
            import dev.dynamoobjects.annotation.Capacity;
            import dev.dynamoobjects.annotation.Convert;
            import dev.dynamoobjects.annotation.CreatedAt;
            import dev.dynamoobjects.annotation.Derived;
            import dev.dynamoobjects.annotation.Document;
            import dev.dynamoobjects.annotation.Entity;
            import dev.dynamoobjects.annotation.EntityIndex;
            import dev.dynamoobjects.annotation.Epoch;
            import dev.dynamoobjects.annotation.GeneratedUuid;
            import dev.dynamoobjects.annotation.GlobalIndex;
            import dev.dynamoobjects.annotation.GlobalIndexes;
            import dev.dynamoobjects.annotation.Key;
            import dev.dynamoobjects.annotation.LocalIndex;
            import dev.dynamoobjects.annotation.OverloadedIndex;
            import dev.dynamoobjects.annotation.Projection;
            import dev.dynamoobjects.annotation.Record;
            import dev.dynamoobjects.annotation.SchemaVersion;
            import dev.dynamoobjects.annotation.SingleTable;
            import dev.dynamoobjects.annotation.SortKey;
            import dev.dynamoobjects.annotation.Stream;
            import dev.dynamoobjects.annotation.StreamView;
            import dev.dynamoobjects.annotation.Ttl;
            import dev.dynamoobjects.annotation.UpdatedAt;
            import dev.dynamoobjects.annotation.Version;
            import java.time.Instant;
            import java.time.temporal.ChronoUnit;
            import java.util.*;
            """;

    /** A single table of two entities, one with an overloaded index: the goldens and the API tests compile it. */
    static final String SHOP = """
            @SingleTable(name = "shop", indexes = @OverloadedIndex(name = "gsi1"))
            public sealed interface Shop permits Shop.Customer, Shop.Order {
                @Entity(type = "customer", pk = "CUSTOMER#{customerId}", sk = "PROFILE")
                non-sealed interface Customer extends Shop {
                    String customerId();
                    String name();
                }

                @Entity(type = "order", pk = "CUSTOMER#{customerId}", sk = "ORDER#{placedAt}#{orderNo}",
                        indexes = @EntityIndex(index = "gsi1", pk = "STATUS#{status}", sk = "{placedAt}"))
                record Order(String customerId, Instant placedAt, int orderNo, String status, long totalCents)
                        implements Shop {
                }
            }
            """;
    private static final String MARK = "// error";

    private Compilations() {
    }

    /** Compiles one file {@code test/<name>.java} whose text follows {@link #HEADER}. */
    static Compilation compile(String name, String body) {
        return compile(source(name, body));
    }

    static Compilation compile(JavaFileObject... files) {
        return javac().withProcessors(new DynamoObjectsProcessor()).compile(files);
    }

    static JavaFileObject source(String name, String body) {
        return JavaFileObjects.forSourceString("test." + name, HEADER + body);
    }

    /**
     * Asserts that compiling {@code test/Bad.java} fails with exactly the given error, on the line
     * that carries the comment {@code // error}.
     */
    static void assertError(String body, String message) {
        JavaFileObject file = source("Bad", body);
        Compilation compilation = compile(file);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(message).inFile(file).onLine(lineOf(HEADER + body));
    }

    /**
     * Asserts that compiling {@code user} beside {@code records} fails with exactly one error,
     * containing {@code message}, on the line of {@code user} that carries the comment {@code // error}.
     */
    static void assertUserError(JavaFileObject user, String userText, String message, JavaFileObject... records) {
        JavaFileObject[] files = java.util.Arrays.copyOf(records, records.length + 1);
        files[records.length] = user;
        Compilation compilation = compile(files);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(message).inFile(user).onLine(lineOf(userText));
    }

    static int lineOf(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(MARK)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("No line marked " + MARK);
    }
}
