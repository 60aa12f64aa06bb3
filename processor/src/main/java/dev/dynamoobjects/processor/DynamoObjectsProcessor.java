package dev.dynamoobjects.processor;

import com.google.auto.service.AutoService;
import com.sun.source.util.Trees;
import dev.dynamoobjects.processor.model.RecordModel;
import dev.dynamoobjects.processor.parse.MissingTypes;
import dev.dynamoobjects.processor.parse.RecordParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
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
 * with problems gets nothing generated, and the others carry on. An interface that refers to a
 * type generated in the same build waits for the round in which that type exists.
 */
@AutoService(Processor.class)
public final class DynamoObjectsProcessor extends AbstractProcessor {
    private RecordParser parser;
    private GeneratedFiles files;
    private final DeferredTypes deferred = new DeferredTypes();

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

    /**
     * Generates for the types annotated in this round and for those put off before. A type that
     * refers to a type not generated yet is put off to the next round. In the last round such a
     * type is left alone: javac reports the type that never appeared on its line, and parsing would
     * only add errors that follow from it (a key or an index attribute that seems missing).
     */
    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Map<TypeElement, Boolean> types = deferred.takeAll(processingEnv.getElementUtils());
        for (TypeElement annotation : annotations) {
            boolean record = annotation.getQualifiedName().contentEquals(RuntimeNames.RECORD);
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                types.putIfAbsent((TypeElement) element, record);
            }
        }
        types.forEach((type, record) -> {
            if (!refersToMissingTypes(type)) {
                generate(type, record);
            } else if (!round.processingOver()) {
                deferred.defer(type, record);
            }
        });
        return false;
    }

    /** Returns true when the type refers to a type not generated yet; false when unsure, to parse it now. */
    private static boolean refersToMissingTypes(TypeElement type) {
        try {
            return MissingTypes.in(type);
        } catch (RuntimeException | LinkageError | AssertionError unknownShape) {
            return false; // parsing reports the problem, or an internal error, on the type
        }
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
