package dev.dynamoobjects.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promises of the typed API, checked by compiling user code against the hand-written
 * {@link ProductTable} (the processor's template): correct lines compile, and each mistyped line
 * fails with the expected error. One compilation per test, one statement per line.
 */
class TypedApiCompileTest {
    @TempDir
    Path classes;

    @Test
    void correctUseCompiles() {
        Map<Long, String> errors = compile(List.of(
                "products.query(\"s1\", ProductTable.SKU.beginsWith(\"a\")).list()",
                "products.queryByCategory(\"hats\", ProductTable.PRICE.gt(5L)).count()",
                "products.save(p, ProductTable.NAME.eq(\"x\").and(ProductTable.STOCK.gt(3)))",
                "products.get(\"s1\", \"a\")",
                "products.increment(\"s1\", \"a\", ProductTable.STOCK, 1)",
                "products.update(\"s1\", \"a\", ProductTable.TAGS.add(\"x\"), ProductTable.HISTORY.append(\"y\"))"));
        assertEquals(Map.of(), errors);
    }

    @Test
    void mistypedUseDoesNotCompile() {
        List<String[]> cases = List.of(
                // A sort-key condition on an attribute that is no sort key.
                line("products.query(\"s1\", ProductTable.STOCK.gt(3))", "incompatible types"),
                // A String attribute compared with a number.
                line("products.save(p, ProductTable.CATEGORY.eq(5))", "int cannot be converted to java.lang.String"),
                line("products.scan().filter(ProductTable.CATEGORY.lt(5))", "int cannot be converted to java.lang.String"),
                // A get with a key of the wrong type.
                line("products.get(\"s1\", 5)", "int cannot be converted to java.lang.String"),
                // begins_with exists on strings only.
                line("products.query(\"s1\", ProductTable.PRICE.beginsWith(\"1\"))", "cannot find symbol"),
                line("ProductTable.STOCK.beginsWith(\"1\")", "cannot find symbol"),
                // Counters are numbers; values and set elements have the attribute's type.
                line("products.increment(\"s1\", \"a\", ProductTable.NAME, 1)", "incompatible types"),
                line("products.update(\"s1\", \"a\", ProductTable.TAGS.add(5))", "int cannot be converted to java.lang.String"),
                line("products.update(\"s1\", \"a\", ProductTable.STOCK.set(\"many\"))", "java.lang.String cannot be converted"));
        Map<Long, String> errors = compile(cases.stream().map(c -> c[0]).toList());
        for (int i = 0; i < cases.size(); i++) {
            String error = errors.getOrDefault(lineNumber(i), "(compiled)");
            assertTrue(error.contains(cases.get(i)[1]), cases.get(i)[0] + ": " + error);
        }
    }

    private static String[] line(String code, String expectedError) {
        return new String[] {code, expectedError};
    }

    /** The source line of statement {@code i}: two lines of header, then one method per line. */
    private static long lineNumber(int i) {
        return 3 + i;
    }

    /** Compiles each statement in its own method, where a table and a product are at hand; returns errors by line. */
    private Map<Long, String> compile(List<String> statements) {
        StringBuilder source = new StringBuilder("package dev.dynamoobjects.example;\nclass UserCode {\n");
        for (int i = 0; i < statements.size(); i++) {
            source.append("void m").append(i).append("(ProductTable products, Product p) { ")
                    .append(statements.get(i)).append("; }\n");
        }
        source.append("}\n");
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = List.of("-proc:none", "-classpath", System.getProperty("java.class.path"),
                "-d", classes.toString());
        ToolProvider.getSystemJavaCompiler()
                .getTask(null, null, diagnostics, options, null, List.of(new Source(source.toString())))
                .call();
        return diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .collect(Collectors.toMap(Diagnostic::getLineNumber, d -> d.getMessage(Locale.ROOT),
                        (a, b) -> a + "\n" + b));
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String code;

        Source(String code) {
            super(URI.create("string:///dev/dynamoobjects/example/UserCode.java"), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }
}
