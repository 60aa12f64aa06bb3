package dev.dynamoobjects.processor;

import com.google.auto.service.AutoService;
import com.sun.source.util.Trees;
import dev.dynamoobjects.processor.model.RecordModel;
import dev.dynamoobjects.processor.parse.RecordParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Generates, for each {@code @Record} interface, an immutable implementation, a mapper, a table
 * class and a memory table class; for each {@code @Document} interface, an immutable implementation and a mapper. A Java
 * record can take the place of the interface and of its implementation. Each
 * interface is parsed into a model (reporting all its problems) and then written; an interface
 * with problems gets nothing generated, and the others carry on.
 */
@AutoService(Processor.class)
public final class DynamoObjectsProcessor extends AbstractProcessor {
    private RecordParser parser;
    private GeneratedFiles files;

    @Override
    public synchronized void init(ProcessingEnvironment environment) {
        super.init(environment);
        Trees trees = treesOf(environment);
        parser = new RecordParser(environment, trees);
        files = new GeneratedFiles(environment, trees);
    }

    /** Returns javac's tree API, or null under another compiler (or a wrapped environment). */
    private static Trees treesOf(ProcessingEnvironment environment) {
        try {
            return Trees.instance(environment);
        } catch (IllegalArgumentException | LinkageError notJavac) {
            return null;
        }
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(RuntimeNames.RECORD, RuntimeNames.DOCUMENT);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            boolean record = annotation.getQualifiedName().contentEquals(RuntimeNames.RECORD);
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                generate((TypeElement) element, record);
            }
        }
        return false;
    }

    private void generate(TypeElement type, boolean record) {
        try {
            Optional<RecordModel> model = parser.parse(type, record);
            if (model.isPresent()) {
                files.write(model.get(), record);
            }
        } catch (Exception | LinkageError | AssertionError e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    Message.INTERNAL_ERROR.format(type.getQualifiedName(), trace), type);
        }
    }
}
