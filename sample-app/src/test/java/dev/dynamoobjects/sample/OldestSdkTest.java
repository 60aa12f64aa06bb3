package dev.dynamoobjects.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated code and the app compile against the oldest AWS SDK the project states
 * ({@code oldest.aws.sdk.version} in this module's pom, whose dynamodb jar the build copies to
 * {@code target/oldest-aws-sdk}): the class path of this test, with that jar in place of the SDK's
 * dynamodb jar the build uses.
 */
class OldestSdkTest {
    @Test
    void generatedCodeAndAppCompileAgainstTheOldestSdk(@TempDir Path classes) throws IOException {
        Path oldest;
        try (Stream<Path> jars = Files.list(Path.of("target/oldest-aws-sdk"))) {
            oldest = jars.filter(jar -> jar.getFileName().toString().startsWith("dynamodb-")).findFirst().orElseThrow();
        }
        List<String> classPath = new ArrayList<>(List.of(oldest.toString()));
        int replaced = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (Path.of(entry).getFileName().toString().matches("dynamodb-2\\.[0-9.]+\\.jar")) {
                replaced++;
            } else if (!Path.of(entry).toAbsolutePath().startsWith(Path.of("target").toAbsolutePath())) {
                classPath.add(entry);   // not this module's own classes: those are what we compile
            }
        }
        assertEquals(1, replaced, "the SDK's dynamodb jar on the class path");

        List<String> arguments = new ArrayList<>(List.of("-proc:none", "-d", classes.toString(),
                "-classpath", String.join(File.pathSeparator, classPath)));
        for (String root : List.of("src/main/java", "target/generated-sources/annotations")) {
            try (Stream<Path> sources = Files.walk(Path.of(root))) {
                sources.filter(path -> path.toString().endsWith(".java")).forEach(path -> arguments.add(path.toString()));
            }
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, errors, errors, arguments.toArray(String[]::new));
        assertEquals(0, status, "compiling against " + oldest.getFileName() + ":\n" + errors);
    }
}
