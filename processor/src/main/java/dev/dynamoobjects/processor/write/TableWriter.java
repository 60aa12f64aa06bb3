package dev.dynamoobjects.processor.write;

import static dev.dynamoobjects.processor.RuntimeNames.INDEX_SCHEMA;
import static dev.dynamoobjects.processor.RuntimeNames.KEY_ATTRIBUTE;
import static dev.dynamoobjects.processor.RuntimeNames.PROJECTION;
import static dev.dynamoobjects.processor.RuntimeNames.SCALAR_TYPE;
import static dev.dynamoobjects.processor.RuntimeNames.STREAM_VIEW;
import static dev.dynamoobjects.processor.RuntimeNames.TABLE;
import static dev.dynamoobjects.processor.RuntimeNames.TABLE_SCHEMA;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeSpec;
import dev.dynamoobjects.processor.model.AttributeModel;
import dev.dynamoobjects.processor.model.IndexModel;
import dev.dynamoobjects.processor.model.Managed;
import dev.dynamoobjects.processor.model.RecordModel;
import dev.dynamoobjects.processor.model.TableModel;
import java.io.IOException;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code StoreTable extends Table<Store>}: the table's schema, its mapper, the names of its
 * indexes, one typed attribute constant per attribute, the operations typed by the key (see
 * {@link TableMethods}) and the marker interfaces of its keys and queries (see {@link QueryMarkers}).
 */
public final class TableWriter {
    private final Sources sources;

    public TableWriter(Sources sources) {
        this.sources = sources;
    }

    public void write(RecordModel model) throws IOException {
        TypeSpec.Builder type = sources.classBuilder(model.names().table(), model)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(TABLE, model.type()));
        EntityTableParts entity = model.isEntity() ? new EntityTableParts(model) : null;
        addJavadoc(type, model);
        if (entity != null) {
            entity.addSchema(type);
        } else {
            addSchema(type, model);
        }
        WriteHooks hooks = new WriteHooks(model);
        hooks.addConstants(type);
        addMapper(type, model);
        addIndexConstants(type, model);
        AttributeConstants constants = new AttributeConstants(model);
        addAttributeConstants(type, model, constants);
        hooks.addConstructorsAndHooks(type);
        new TableMethods(model).addTo(type);
        if (entity != null) {
            entity.addTo(type, new KeyParameters(model));
        }
        new QueryMarkers(model).addTo(type);
        sources.write(model, type.build());
    }

    private static void addJavadoc(TypeSpec.Builder type, RecordModel model) {
        KeyParameters keys = new KeyParameters(model);
        if (model.isEntity()) {
            new EntityTableParts(model).addJavadoc(type, keys);
            return;
        }
        String table = model.names().table().simpleName();
        String record = keys.variable();
        String variable = KeyParameters.plural(record);
        type.addJavadoc("The table of {@link $T} records (DynamoDB table {@code $L}, behind the database's prefix):\n"
                        + "operations typed by the key, and attribute constants for typed conditions, updates and\n"
                        + "projections. The table is created on first use when missing, if the database allows it.\n\n"
                        + "<pre>{@code\n$L $L = new $L(db);\n$L.save($L);\n$L.get($L);\n$L.query($L).list();\n}</pre>\n",
                model.type(), model.table().tableName(), table, variable, table, variable, record,
                variable, keys.arguments(), variable, keys.partitionKey().accessor());
    }

    private static void addSchema(TypeSpec.Builder type, RecordModel model) {
        TableModel table = model.table();
        CodeBlock indexes = CodeBlock.join(table.indexes().stream().map(TableWriter::index).toList(), ",\n");
        type.addField(FieldSpec.builder(TABLE_SCHEMA, "SCHEMA", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The table's name, keys, indexes and billing, enough to create it.$L\n", managedNames(model))
                .initializer("new $T($S,$>$>\n$L,\n$L,\n$T.of($L),\n$LL, $LL$L)$<$<", TABLE_SCHEMA, table.tableName(),
                        key(table.partitionKey()), key(table.sortKey()), List.class,
                        indexes.isEmpty() ? "" : CodeBlock.of("$>\n$L$<", indexes), table.readCapacity(), table.writeCapacity(),
                        managedArguments(model))
                .build());
    }

    /** Returns the version, time-to-live and stream arguments, left out from the last one the record has. */
    private static CodeBlock managedArguments(RecordModel model) {
        AttributeModel version = model.managed(Managed.VERSION);
        AttributeModel ttl = model.managed(Managed.TTL);
        String stream = model.table().streamView();
        if (version == null && ttl == null && stream == null) {
            return CodeBlock.of("");
        }
        CodeBlock managed = CodeBlock.of(",\n$S, $S", version == null ? null : version.name(),
                ttl == null ? null : ttl.name());
        return stream == null ? managed : CodeBlock.of("$L, $T.$L", managed, STREAM_VIEW, stream);
    }

    private static String managedNames(RecordModel model) {
        AttributeModel version = model.managed(Managed.VERSION);
        AttributeModel ttl = model.managed(Managed.TTL);
        return (version == null ? "" : "\nWrites check and increment {@code " + version.name() + "}.")
                + (ttl == null ? "" : "\nDynamoDB deletes items after the epoch second in {@code " + ttl.name() + "}.")
                + (model.table().streamView() == null ? ""
                        : "\nThe table's stream carries " + model.table().streamView() + ".");
    }

    private static CodeBlock key(AttributeModel attribute) {
        return attribute == null ? CodeBlock.of("null")
                : CodeBlock.of("new $T($S, $T.$L)", KEY_ATTRIBUTE, attribute.name(), SCALAR_TYPE, attribute.type().dynamoType());
    }

    private static CodeBlock index(IndexModel index) {
        CodeBlock include = CodeBlock.join(index.include().stream().map(n -> CodeBlock.of("$S", n)).toList(), ", ");
        CodeBlock partition = index.multiAttribute() ? keys(index.partitionKeys()) : key(index.partitionKey());
        CodeBlock sort = index.multiAttribute() ? keys(index.sortKeys()) : key(index.sortKey());
        return CodeBlock.of("new $T($S, $L, $L, $L, $T.$L, $T.of($L), $LL, $LL)", INDEX_SCHEMA, index.name(), index.global(),
                partition, sort, PROJECTION, index.projection(), List.class, include,
                index.readCapacity(), index.writeCapacity());
    }

    /** The key attributes of a multi-attribute key: {@code List.of(new KeyAttribute(...), ...)}. */
    private static CodeBlock keys(List<AttributeModel> attributes) {
        return CodeBlock.of("$T.of($L)", List.class,
                CodeBlock.join(attributes.stream().map(TableWriter::key).toList(), ", "));
    }

    private static void addMapper(TypeSpec.Builder type, RecordModel model) {
        ClassName mapper = model.names().mapper();
        type.addField(FieldSpec.builder(mapper, "MAPPER", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The record's mapper.\n")
                .initializer("$T.INSTANCE", mapper)
                .build());
    }

    private static void addIndexConstants(TypeSpec.Builder type, RecordModel model) {
        for (IndexModel index : model.table().indexes()) {
            type.addField(FieldSpec.builder(String.class, index.constantName(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The name of the $L index {@code $L}.\n", index.global() ? "global" : "local", index.name())
                    .initializer("$S", index.name())
                    .build());
        }
    }

    /** Adds the constants; their encoders are the runtime's or the mapper's helpers. */
    private static void addAttributeConstants(TypeSpec.Builder type, RecordModel model, AttributeConstants constants) {
        type.addFields(model.attributes().stream().map(constants::constant).toList());
    }
}
