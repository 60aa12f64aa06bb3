package dev.dynamoobjects.processor;

import com.google.auto.service.AutoService;
import dev.dynamoobjects.processor.model.RecordModel;
import dev.dynamoobjects.processor.parse.RecordParser;
import dev.dynamoobjects.processor.write.ImmutableWriter;
import dev.dynamoobjects.processor.write.MapperWriter;
import dev.dynamoobjects.processor.write.MemoryTableWriter;
import dev.dynamoobjects.processor.write.Sources;
import dev.dynamoobjects.processor.write.TableWriter;
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
    private ImmutableWriter immutableWriter;
    private MapperWriter mapperWriter;
    private TableWriter tableWriter;
    private MemoryTableWriter memoryTableWriter;

    @Override
    public synchronized void init(ProcessingEnvironment environment) {
        super.init(environment);
        parser = new RecordParser(environment);
        Sources sources = new Sources(environment.getFiler(), environment.getElementUtils());
        immutableWriter = new ImmutableWriter(sources);
        mapperWriter = new MapperWriter(sources);
        tableWriter = new TableWriter(sources);
        memoryTableWriter = new MemoryTableWriter(sources);
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
                if (!model.get().isJavaRecord()) {
                    immutableWriter.write(model.get());
                }
                mapperWriter.write(model.get());
                if (record) {
                    tableWriter.write(model.get());
                    memoryTableWriter.write(model.get());
                }
            }
        } catch (Exception | LinkageError | AssertionError e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    Message.INTERNAL_ERROR.format(type.getQualifiedName(), trace), type);
        }
    }
}
