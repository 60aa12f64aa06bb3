package dev.dynamoobjects.processor.write;

import static dev.dynamoobjects.processor.RuntimeNames.INDEX_SCHEMA;
import static dev.dynamoobjects.processor.RuntimeNames.KEY_ATTRIBUTE;
import static dev.dynamoobjects.processor.RuntimeNames.PROJECTION;
import static dev.dynamoobjects.processor.RuntimeNames.SCALAR_TYPE;
import static dev.dynamoobjects.processor.RuntimeNames.TABLE_SCHEMA;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeSpec;
import dev.dynamoobjects.processor.model.AttributeModel;
import dev.dynamoobjects.processor.model.IndexModel;
import dev.dynamoobjects.processor.model.RecordModel;
import dev.dynamoobjects.processor.model.TableModel;
import java.io.IOException;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code StoreTable}: the table's schema, its mapper, and one typed attribute constant per
 * attribute. Typed table operations are added by further steps.
 */
public final class TableWriter {
    private final Sources sources;

    public TableWriter(Sources sources) {
        this.sources = sources;
    }

    public void write(RecordModel model) throws IOException {
        TypeSpec.Builder type = sources.classBuilder(model.names().table(), model)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("The table of {@link $T}: its schema, mapper and typed attributes.\n\n"
                        + "<pre>{@code\nString table = $T.SCHEMA.tableName();\n}</pre>\n", model.type(), model.names().table());
        addSchema(type, model);
        addMapper(type, model);
        addAttributeConstants(type, model);
        addConstructor(type);
        sources.write(model, type.build());
    }

    private static void addSchema(TypeSpec.Builder type, RecordModel model) {
        TableModel table = model.table();
        CodeBlock indexes = CodeBlock.join(table.indexes().stream().map(TableWriter::index).toList(), ",\n");
        type.addField(FieldSpec.builder(TABLE_SCHEMA, "SCHEMA", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The table's name, keys, indexes and billing, enough to create it.\n")
                .initializer("new $T($S,$>$>\n$L,\n$L,\n$T.of($L),\n$LL, $LL)$<$<", TABLE_SCHEMA, table.tableName(),
                        key(table.partitionKey()), key(table.sortKey()), List.class,
                        indexes.isEmpty() ? "" : CodeBlock.of("$>\n$L$<", indexes), table.readCapacity(), table.writeCapacity())
                .build());
    }

    private static CodeBlock key(AttributeModel attribute) {
        return attribute == null ? CodeBlock.of("null")
                : CodeBlock.of("new $T($S, $T.$L)", KEY_ATTRIBUTE, attribute.name(), SCALAR_TYPE, attribute.type().dynamoType());
    }

    private static CodeBlock index(IndexModel index) {
        CodeBlock include = CodeBlock.join(index.include().stream().map(n -> CodeBlock.of("$S", n)).toList(), ", ");
        return CodeBlock.of("new $T($S, $L, $L, $L, $T.$L, $T.of($L), $LL, $LL)", INDEX_SCHEMA, index.name(), index.global(),
                key(index.partitionKey()), key(index.sortKey()), PROJECTION, index.projection(), List.class, include,
                index.readCapacity(), index.writeCapacity());
    }

    private static void addMapper(TypeSpec.Builder type, RecordModel model) {
        ClassName mapper = model.names().mapper();
        type.addField(FieldSpec.builder(mapper, "MAPPER", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The record's mapper.\n")
                .initializer("$T.INSTANCE", mapper)
                .build());
    }

    private static void addAttributeConstants(TypeSpec.Builder type, RecordModel model) {
        AttributeConstants constants = new AttributeConstants(model);
        List<FieldSpec> fields = model.attributes().stream().map(constants::constant).toList();
        // Converters first: a static initializer may not read a field declared below it.
        type.addFields(constants.helperFields());
        type.addFields(fields);
        type.addMethods(constants.helpers());
    }

    private static void addConstructor(TypeSpec.Builder type) {
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    }
}
