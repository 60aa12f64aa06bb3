package dev.dynamoobjects.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A failure inside the processor becomes a diagnostic on the record being generated, never a
 * crash of javac, and the other records are still generated. The failure is provoked with a file
 * system that refuses to write one record's files.
 */
class InternalErrorTest {
    /** The real processor, given an environment whose filer fails for {@code test.Broken*}. */
    private static final class WithFailingFiler extends AbstractProcessor {
        private final DynamoObjectsProcessor processor = new DynamoObjectsProcessor();

        @Override
        public synchronized void init(ProcessingEnvironment environment) {
            super.init(environment);
            processor.init(new FailingEnvironment(environment));
        }

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return processor.getSupportedAnnotationTypes();
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return processor.getSupportedSourceVersion();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            return processor.process(annotations, round);
        }
    }

    private record FailingEnvironment(ProcessingEnvironment real) implements ProcessingEnvironment {
        @Override
        public Filer getFiler() {
            Filer filer = real.getFiler();
            return new Filer() {
                @Override
                public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements)
                        throws java.io.IOException {
                    if (name.toString().contains("Broken")) {
                        throw new IllegalStateException("simulated failure writing " + name);
                    }
                    return filer.createSourceFile(name, originatingElements);
                }

                @Override
                public JavaFileObject createClassFile(CharSequence name, Element... originatingElements)
                        throws java.io.IOException {
                    return filer.createClassFile(name, originatingElements);
                }

                @Override
                public FileObject createResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
                        CharSequence relativeName, Element... originatingElements) throws java.io.IOException {
                    return filer.createResource(location, moduleAndPkg, relativeName, originatingElements);
                }

                @Override
                public FileObject getResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
                        CharSequence relativeName) throws java.io.IOException {
                    return filer.getResource(location, moduleAndPkg, relativeName);
                }
            };
        }

        @Override
        public Map<String, String> getOptions() {
            return real.getOptions();
        }

        @Override
        public Messager getMessager() {
            return real.getMessager();
        }

        @Override
        public Elements getElementUtils() {
            return real.getElementUtils();
        }

        @Override
        public Types getTypeUtils() {
            return real.getTypeUtils();
        }

        @Override
        public SourceVersion getSourceVersion() {
            return real.getSourceVersion();
        }

        @Override
        public Locale getLocale() {
            return real.getLocale();
        }
    }

    @Test
    void aFailureIsReportedOnTheRecordAndTheOthersAreGenerated() {
        JavaFileObject broken = Compilations.source("Broken", """
                @Record(table = "broken")
                public interface Broken {
                    @Key String id();
                }
                """);
        JavaFileObject good = Compilations.source("Good", """
                @Record(table = "good")
                public interface Good {
                    @Key String id();
                }
                """);
        // Compiles only if Good's classes were generated despite Broken's failure.
        JavaFileObject user = Compilations.source("User", "class User { Object uses = GoodTable.SCHEMA; }");
        Compilation compilation = javac().withProcessors(new WithFailingFiler()).compile(broken, good, user);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        String[] around = Message.INTERNAL_ERROR.format("test.Broken", "CAUSE").split("CAUSE");
        assertThat(compilation).hadErrorContaining(around[0]
                + "java.lang.IllegalStateException: simulated failure writing test.ImmutableBroken").inFile(broken);
        assertThat(compilation).hadErrorContaining(around[1]);
    }

    @Test
    void theFilersRefusalOfAnExistingClassIsReportedOnTheRecord() {
        // The wrapped environment hides javac's tree API, so only the Filer finds the clash.
        String orderText = """
                @Record(table = "orders")
                public interface Order { // error
                    @Key String id();
                }
                """;
        JavaFileObject order = Compilations.source("Order", orderText);
        JavaFileObject table = Compilations.source("OrderTable", "public class OrderTable {}");
        Compilation compilation = javac().withProcessors(new WithFailingFiler()).compile(table, order);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(Message.GENERATED_CLASS_EXISTS.format(
                "test.OrderTable", "Order", "OrderTable", "Order")).inFile(order).onLine(Compilations.lineOf(Compilations.HEADER + orderText));
    }
}
