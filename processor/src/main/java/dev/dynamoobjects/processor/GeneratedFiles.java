package dev.dynamoobjects.processor;

import com.squareup.javapoet.ClassName;
import com.sun.source.util.Trees;
import dev.dynamoobjects.processor.model.RecordModel;
import dev.dynamoobjects.processor.model.SingleTableModel;
import dev.dynamoobjects.processor.write.ImmutableWriter;
import dev.dynamoobjects.processor.write.MapperWriter;
import dev.dynamoobjects.processor.write.MemoryTableWriter;
import dev.dynamoobjects.processor.write.SingleTableWriter;
import dev.dynamoobjects.processor.write.Sources;
import dev.dynamoobjects.processor.write.TableWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Writes the classes generated for a model, but none when a source file of the compilation already
 * declares a class of one of their names ({@code OrderTable} is a common name): that is an error
 * on the record, naming the class, where the Filer would only throw. The Filer's refusal is still
 * caught per file, for compilers without the tree API that the check needs.
 */
final class GeneratedFiles {
    /** Writes one generated class of a model. */
    private interface Writer {
        void write(RecordModel model) throws IOException;
    }

    private record Output(ClassName name, Writer writer) {
    }

    private final ProcessingEnvironment environment;
    private final Trees trees;
    private final ImmutableWriter immutableWriter;
    private final MapperWriter mapperWriter;
    private final TableWriter tableWriter;
    private final MemoryTableWriter memoryTableWriter;
    private final SingleTableWriter singleTableWriter;

    /** @param trees javac's tree API, null under another compiler */
    GeneratedFiles(ProcessingEnvironment environment, Trees trees) {
        this.environment = environment;
        this.trees = trees;
        Sources sources = new Sources(environment.getFiler(), environment.getElementUtils());
        immutableWriter = new ImmutableWriter(sources);
        mapperWriter = new MapperWriter(sources);
        tableWriter = new TableWriter(sources);
        memoryTableWriter = new MemoryTableWriter(sources);
        singleTableWriter = new SingleTableWriter(sources);
    }

    /** Writes the classes of a single table: each entity's, then the table's own. */
    void write(SingleTableModel model) throws IOException {
        ClassName name = model.table().tableClass();
        if (declaredInSources(name)) {
            report(model.originating(), name);
            return;
        }
        for (RecordModel entity : model.entities()) {
            write(entity, true);
        }
        try {
            singleTableWriter.write(model);
        } catch (FilerException alreadyThere) {
            report(model.originating(), name);
        }
    }

    /** Writes the classes of a {@code @Record} ({@code record} true) or {@code @Document}. */
    void write(RecordModel model, boolean record) throws IOException {
        List<Output> outputs = outputs(model, record);
        List<Output> taken = outputs.stream().filter(output -> declaredInSources(output.name())).toList();
        if (!taken.isEmpty()) {
            taken.forEach(output -> reportTaken(model, output.name()));
            return;
        }
        for (Output output : outputs) {
            try {
                output.writer().write(model);
            } catch (FilerException alreadyThere) {
                reportTaken(model, output.name());
                return;
            }
        }
    }

    private List<Output> outputs(RecordModel model, boolean record) {
        List<Output> outputs = new ArrayList<>();
        if (!model.isJavaRecord()) {
            outputs.add(new Output(model.names().immutable(), immutableWriter::write));
        }
        outputs.add(new Output(model.names().mapper(), mapperWriter::write));
        if (record) {
            outputs.add(new Output(model.names().table(), tableWriter::write));
            outputs.add(new Output(model.names().memoryTable(), memoryTableWriter::write));
        }
        return outputs;
    }

    /**
     * Returns true when a source file of this compilation declares the class, the case javac's
     * Filer refuses; a class file of that name (a previous build's output) is overwritten.
     */
    private boolean declaredInSources(ClassName name) {
        TypeElement existing = environment.getElementUtils().getTypeElement(name.canonicalName());
        return existing != null && trees != null && trees.getPath(existing) != null;
    }

    private void reportTaken(RecordModel model, ClassName name) {
        report(model.originating(), name);
    }

    private void report(TypeElement type, ClassName name) {
        environment.getMessager().printMessage(Diagnostic.Kind.ERROR, Message.GENERATED_CLASS_EXISTS.format(
                name.canonicalName(), type.getSimpleName(), name.simpleName(), type.getSimpleName()), type);
    }
}
