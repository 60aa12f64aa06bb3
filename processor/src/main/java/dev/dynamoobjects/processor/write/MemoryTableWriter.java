package dev.dynamoobjects.processor.write;

import static dev.dynamoobjects.processor.RuntimeNames.BATCH_RETRY;
import static dev.dynamoobjects.processor.RuntimeNames.MEMORY_TABLE;
import static dev.dynamoobjects.processor.RuntimeNames.RAW_MEMORY_TABLE;
import static dev.dynamoobjects.processor.RuntimeNames.RECORD_NOT_FOUND;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.dynamoobjects.processor.model.AttributeModel;
import dev.dynamoobjects.processor.model.RecordModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code StoreMemoryTable extends MemoryTable<Store>}: a write-back cache over a
 * {@code StoreTable}, with the memory table's operations typed by the key.
 */
public final class MemoryTableWriter {
    private final Sources sources;

    public MemoryTableWriter(Sources sources) {
        this.sources = sources;
    }

    public void write(RecordModel model) throws IOException {
        KeyParameters keys = new KeyParameters(model);
        TypeSpec.Builder type = sources.classBuilder(model.names().memoryTable(), model)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(MEMORY_TABLE, model.type()));
        addJavadoc(type, model, keys);
        type.addField(keys.rawField(RAW_MEMORY_TABLE));
        addConstructors(type, model);
        addReads(type, model, keys);
        // An entity's key parameters are its templates' placeholders: preload(partition, sorts) fits one or two.
        if (!model.isEntity() || model.keys().size() == 1 || model.keys().size() == 2) {
            addPreload(type, keys);
        }
        type.addMethod(keys.keyMethod(CodeBlock.of("$T.", model.names().table())));
        sources.write(model, type.build());
    }

    private static void addJavadoc(TypeSpec.Builder type, RecordModel model, KeyParameters keys) {
        String variable = KeyParameters.plural(keys.variable());
        type.addJavadoc("A memory table of {@link $T} records over a {@link $T}: each key is read from DynamoDB\n"
                        + "at most once, {@code save} and {@code delete} change memory only, and {@link #flush()} (or\n"
                        + "{@link #close()}, which flushes) writes the changed records back in batches. See {@link $T}.\n\n"
                        + "<pre>{@code\ntry ($T $L = new $T(new $T(db))) {\n    $T $L = $L.get($L);\n"
                        + "    $L.save($L);\n}\n}</pre>\n",
                model.type(), model.names().table(), MEMORY_TABLE, model.names().memoryTable(), variable,
                model.names().memoryTable(), model.names().table(), model.type(), keys.variable(), variable,
                keys.arguments(), variable, keys.variable());
    }

    private static void addConstructors(TypeSpec.Builder type, RecordModel model) {
        ClassName table = model.names().table();
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                .addJavadoc("Creates an empty memory table over {@code table}.\n")
                .addParameter(table, "table")
                .addStatement("super(table)").build());
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                .addJavadoc("Creates an empty memory table over {@code table}, retrying batches as {@code retry} says.\n")
                .addParameter(table, "table")
                .addParameter(BATCH_RETRY, "retry")
                .addStatement("super(table, retry)").build());
    }

    private static void addReads(TypeSpec.Builder type, RecordModel model, KeyParameters keys) {
        String noun = keys.noun();
        TypeName record = model.type();
        type.addMethod(keyed("get", record, keys)
                .addJavadoc("Returns the $L with this key, read from DynamoDB the first time only.\n\n"
                        + "@throws $L when there is none\n", noun, RECORD_NOT_FOUND)
                .addStatement("return $N.get(key($L))", keys.rawField(), keys.arguments()).build());
        type.addMethod(keyed("find", ParameterizedTypeName.get(ClassName.get(Optional.class), record), keys)
                .addJavadoc("Returns the $L with this key, or empty; read from DynamoDB the first time only.\n", noun)
                .addStatement("return $N.find(key($L))", keys.rawField(), keys.arguments()).build());
        type.addMethod(keyed("getOrDefault", record, keys)
                .addJavadoc("Returns the $L with this key, or a new one with this key and the defaults (not saved).\n", noun)
                .addStatement("return $N.getOrDefault(key($L))", keys.rawField(), keys.arguments()).build());
        type.addMethod(keyed("delete", TypeName.VOID, keys)
                .addJavadoc("Deletes the $L with this key in memory; {@link #flush()} deletes the item.\n", noun)
                .addStatement("$N.delete(key($L))", keys.rawField(), keys.arguments()).build());
    }

    /**
     * {@code preload(storeId, Iterable<Integer> branches)}, or {@code preload(Iterable<String> storeIds)}
     * without a sort key.
     */
    private static void addPreload(TypeSpec.Builder type, KeyParameters keys) {
        AttributeModel varying = keys.sortKey() != null ? keys.sortKey() : keys.partitionKey();
        String values = keys.fresh(KeyParameters.plural(varying.accessor()));
        String element = varying.accessor();
        // A sort key named "key" makes the parameter "keys" already.
        String list = keys.fresh(values.equals("keys") ? "keyMaps" : "keys");
        MethodSpec.Builder method = MethodSpec.methodBuilder("preload").addModifiers(Modifier.PUBLIC);
        if (keys.sortKey() != null) {
            method.addJavadoc("Reads the $L items of partition {@code $L} with these sort keys that are not in memory yet,\n"
                    + "in batches.\n", keys.noun(), keys.partitionKey().accessor())
                    .addParameter(KeyParameters.parameter(keys.partitionKey()));
        } else {
            method.addJavadoc("Reads the $L items with these keys that are not in memory yet, in batches.\n", keys.noun());
        }
        TypeName keyList = ParameterizedTypeName.get(ClassName.get(List.class), KeyParameters.KEY_MAP);
        method.addParameter(ParameterSpec.builder(ParameterizedTypeName.get(ClassName.get(Iterable.class),
                        varying.type().javaType().box()), values).build())
                .addStatement("$T $N = new $T<>()", keyList, list, ArrayList.class)
                .beginControlFlow("for ($T $N : $N)", varying.type().javaType(), element, values)
                .addStatement("$N.add(key($L))", list, keys.arguments())
                .endControlFlow()
                .addStatement("$N.preload($N)", keys.rawField(), list);
        type.addMethod(method.build());
    }

    private static MethodSpec.Builder keyed(String name, TypeName returns, KeyParameters keys) {
        return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(returns).addParameters(keys.parameters());
    }
}
