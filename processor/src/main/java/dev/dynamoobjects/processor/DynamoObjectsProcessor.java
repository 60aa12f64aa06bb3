package dev.dynamoobjects.processor;

import com.google.auto.service.AutoService;
import com.sun.source.util.Trees;
import dev.dynamoobjects.processor.model.RecordModel;
import dev.dynamoobjects.processor.model.SingleTableModel;
import dev.dynamoobjects.processor.parse.MissingTypes;
import dev.dynamoobjects.processor.parse.RecordParser;
import dev.dynamoobjects.processor.parse.SingleTableParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashSet;
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
import javax.lang.model.type.DeclaredType;
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
    private SingleTableParser singleTables;
    /** The single tables put off to a later round, by name: one of them or an entity refers to a type not generated yet. */
    private final Set<String> deferredTables = new LinkedHashSet<>();
    private GeneratedFiles files;
    private final DeferredTypes deferred = new DeferredTypes();

    @Override
    public synchronized void init(ProcessingEnvironment environment) {
        super.init(environment);
        Trees trees = treesOf(environment);
        parser = new RecordParser(environment, trees);
        singleTables = new SingleTableParser(environment, parser);
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
        return Set.of(RuntimeNames.RECORD, RuntimeNames.DOCUMENT, RuntimeNames.SINGLE_TABLE, RuntimeNames.ENTITY);
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
        processSingleTables(annotations, round);
        Map<TypeElement, Boolean> types = deferred.takeAll(processingEnv.getElementUtils());
        for (TypeElement annotation : annotations) {
            if (isSingleTableAnnotation(annotation)) {
                continue;
            }
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

    private static boolean isSingleTableAnnotation(TypeElement annotation) {
        return annotation.getQualifiedName().contentEquals(RuntimeNames.SINGLE_TABLE)
                || annotation.getQualifiedName().contentEquals(RuntimeNames.ENTITY);
    }

    /**
     * Generates for the {@code @SingleTable} types of this round and those put off before, each with
     * the entities it permits; reports an {@code @Entity} that belongs to no table.
     */
    private void processSingleTables(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Set<TypeElement> tables = new LinkedHashSet<>();
        deferredTables.forEach(name -> tables.add(processingEnv.getElementUtils().getTypeElement(name)));
        deferredTables.clear();
        for (TypeElement annotation : annotations) {
            String name = annotation.getQualifiedName().toString();
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                if (name.equals(RuntimeNames.SINGLE_TABLE)) {
                    tables.add((TypeElement) element);
                } else if (name.equals(RuntimeNames.ENTITY)) {
                    guarded((TypeElement) element, () -> singleTables.checkBelongs((TypeElement) element));
                }
            }
        }
        for (TypeElement table : tables) {
            if (table == null) {
                continue;
            }
            if (!tableRefersToMissingTypes(table)) {
                guarded(table, () -> {
                    Optional<SingleTableModel> model = singleTables.parse(table);
                    if (model.isPresent()) {
                        files.write(model.get());
                    }
                });
            } else if (!round.processingOver()) {
                deferredTables.add(table.getQualifiedName().toString());
            }
        }
    }

    private static boolean tableRefersToMissingTypes(TypeElement table) {
        return refersToMissingTypes(table) || table.getPermittedSubclasses().stream()
                .map(t -> (TypeElement) ((DeclaredType) t).asElement())
                .anyMatch(DynamoObjectsProcessor::refersToMissingTypes);
    }

    /** What a generation step may throw. */
    private interface Step {
        void run() throws Exception;
    }

    /** Runs a step, reporting an exception as an internal error on the type: none escapes process(). */
    private void guarded(TypeElement type, Step step) {
        try {
            step.run();
        } catch (Exception | LinkageError | AssertionError e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    Message.INTERNAL_ERROR.format(type.getQualifiedName(), trace), type);
        }
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
        guarded(type, () -> {
            Optional<RecordModel> model = parser.parse(type, record);
            if (model.isPresent()) {
                files.write(model.get(), record);
            }
        });
    }
}
