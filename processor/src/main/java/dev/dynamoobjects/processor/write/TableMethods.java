package dev.dynamoobjects.processor.write;

import static dev.dynamoobjects.processor.RuntimeNames.CONDITION;
import static dev.dynamoobjects.processor.RuntimeNames.CONDITION_FAILED;
import static dev.dynamoobjects.processor.RuntimeNames.GLOBAL_INDEX_QUERY;
import static dev.dynamoobjects.processor.RuntimeNames.INCREMENTABLE;
import static dev.dynamoobjects.processor.RuntimeNames.ITEM_KEY;
import static dev.dynamoobjects.processor.RuntimeNames.KEY_CONDITION;
import static dev.dynamoobjects.processor.RuntimeNames.QUERY;
import static dev.dynamoobjects.processor.RuntimeNames.RAW_TABLE;
import static dev.dynamoobjects.processor.RuntimeNames.RECORD_NOT_FOUND;
import static dev.dynamoobjects.processor.RuntimeNames.UPDATE;
import static dev.dynamoobjects.processor.RuntimeNames.VERSION_CONFLICT;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.dynamoobjects.processor.model.AttributeModel;
import dev.dynamoobjects.processor.model.IndexModel;
import dev.dynamoobjects.processor.model.Managed;
import dev.dynamoobjects.processor.model.RecordModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.lang.model.element.Modifier;

/**
 * Writes the table class's operations typed by the key, each a one-line call of the key-map
 * operation of the runtime's internal {@code RawTable}, held in a private field: {@code get(String storeId, int branch)},
 * {@code find}, {@code getOrDefault}, {@code delete}, {@code update}, {@code increment},
 * {@code query(storeId[, branchCondition])} and one {@code queryByX} per index.
 */
final class TableMethods {
    /** The updates array goes to {@code List.of}, which only reads it: safe, but -Xlint:varargs cannot tell. */
    private static final AnnotationSpec PASSES_VARARGS =
            AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "varargs").build();

    private final RecordModel model;
    private final KeyParameters keys;
    private final TypeName record;
    private final String noun;
    private final String raw;

    TableMethods(RecordModel model) {
        this.model = model;
        this.keys = new KeyParameters(model);
        this.record = model.type();
        this.noun = keys.noun();
        this.raw = keys.rawField();
    }

    void addTo(TypeSpec.Builder type) {
        type.addField(keys.rawField(RAW_TABLE));
        addReads(type);
        addWrites(type);
        addKeyed(type);
        if (!model.isEntity()) {
            addQueries(type);
            model.table().indexes().forEach(index -> addIndexQueries(type, index));
        }
        type.addMethod(keys.keyMethod(CodeBlock.of("")));
    }

    private void addReads(TypeSpec.Builder type) {
        type.addMethod(keyed("get", record)
                .addJavadoc("Returns the $L with this key.\n\n@throws $L when there is none\n", noun, RECORD_NOT_FOUND)
                .addStatement("return $N.get(key($L))", raw, keys.arguments()).build());
        type.addMethod(keyed("find", optional())
                .addJavadoc("Returns the $L with this key, or empty.\n", noun)
                .addStatement("return $N.find(key($L))", raw, keys.arguments()).build());
        type.addMethod(keyed("getOrDefault", record)
                .addJavadoc("Returns the $L with this key, or a new one with this key and the defaults (not saved).\n", noun)
                .addStatement("return $N.getOrDefault(key($L))", raw, keys.arguments()).build());
    }

    private void addWrites(TypeSpec.Builder type) {
        String condition = keys.fresh("condition");
        String updates = keys.fresh("updates");
        String attribute = keys.fresh("attribute");
        String amount = keys.fresh("amount");
        type.addMethod(keyed("delete", optional())
                .addJavadoc("Deletes the $L with this key and returns it, or empty when there was none.\n", noun)
                .addStatement("return $N.delete(key($L))", raw, keys.arguments()).build());
        type.addMethod(keyed("delete", optional())
                .addJavadoc("Deletes the $L with this key if {@code $L} holds, and returns it.\n\n"
                        + "@throws $L when the condition is false\n", noun, condition, CONDITION_FAILED)
                .addParameter(condition(), condition)
                .addStatement("return $N.delete(key($L), $N)", raw, keys.arguments(), condition).build());
        boolean versioned = model.managed(Managed.VERSION) != null;
        MethodSpec.Builder update = updateMethod("update", record, updates, null);
        if (versioned) {
            update.addJavadoc("Applies the updates to the stored $L and returns it as stored; as the $L is versioned,\n"
                    + "a missing item is not created.\n\n@throws $L when there is none\n", noun, noun, RECORD_NOT_FOUND);
        } else {
            update.addJavadoc("Applies the updates (creating the item when missing, as UpdateItem does) and returns\n"
                    + "the $L as stored; {@code updateExisting} changes only a stored $L.\n", noun, noun);
        }
        type.addMethod(update
                .addStatement("return $N.update(key($L), $T.of($N))", raw, keys.arguments(), List.class, updates).build());
        type.addMethod(updateMethod("update", record, updates, condition)
                .addJavadoc("Applies the updates if {@code $L} holds, and returns the $L as stored.\n\n", condition, noun)
                .addJavadoc(versioned ? "@throws $L when there is none\n" : "", RECORD_NOT_FOUND)
                .addJavadoc("@throws $L when the condition is false\n", CONDITION_FAILED)
                .addStatement("return $N.update(key($L), $T.of($N), $N)", raw, keys.arguments(), List.class, updates, condition)
                .build());
        type.addMethod(updateMethod("updateExisting", record, updates, null)
                .addJavadoc("Applies the updates to the stored $L and returns it as stored; never creates an item.\n\n"
                        + "@throws $L when there is none\n", noun, RECORD_NOT_FOUND)
                .addStatement("return $N.updateExisting(key($L), $T.of($N), null)", raw, keys.arguments(), List.class,
                        updates).build());
        type.addMethod(updateMethod("updateExisting", record, updates, condition)
                .addJavadoc("Applies the updates to the stored $L if {@code $L} holds, and returns it as stored.\n\n"
                        + "@throws $L when there is none\n@throws $L when the condition is false\n",
                        noun, condition, RECORD_NOT_FOUND, CONDITION_FAILED)
                .addStatement("return $N.updateExisting(key($L), $T.of($N), $N)", raw, keys.arguments(), List.class,
                        updates, condition).build());
        type.addMethod(keyed("increment", TypeName.LONG)
                .addJavadoc("Adds {@code $L} (negative to subtract) to a number attribute atomically, without reading,\n"
                        + "and returns the new value; a missing attribute counts as 0, $L.\n", amount,
                        versioned ? "a missing item is not created (RecordNotFoundException)" : "a missing item too")
                .addParameter(ParameterizedTypeName.get(INCREMENTABLE, record), attribute)
                .addParameter(TypeName.LONG, amount)
                .addStatement("return $N.increment(key($L), $N, $N)", raw, keys.arguments(), attribute, amount).build());
    }

    /** {@code keyOf} for transactions, and {@code modify} for a versioned record. */
    private void addKeyed(TypeSpec.Builder type) {
        type.addMethod(keyed("keyOf", parameterized(ITEM_KEY))
                .addJavadoc("Returns the typed key of the $L with this key, for transactions and batches.\n", noun)
                .addStatement("return $N.itemKey(key($L))", raw, keys.arguments()).build());
        if (model.managed(Managed.VERSION) == null) {
            return;
        }
        String change = keys.fresh("change");
        type.addMethod(keyed("modify", record)
                .addJavadoc("Reads the $L, applies {@code $L} and saves the result if no one else wrote it meanwhile;\n"
                        + "on a conflict, reads and applies it again, so {@code $L} must only compute the new $L.\n\n"
                        + "@throws $L when there is none\n"
                        + "@throws $L when it kept losing to other writers\n", noun, change, change, noun, RECORD_NOT_FOUND,
                        VERSION_CONFLICT)
                .addParameter(ParameterizedTypeName.get(ClassName.get(UnaryOperator.class), record), change)
                .addStatement("return $N.modify(key($L), $N)", raw, keys.arguments(), change).build());
    }

    private void addQueries(TypeSpec.Builder type) {
        AttributeModel partitionKey = keys.partitionKey();
        AttributeModel sortKey = keys.sortKey();
        type.addMethod(query("query", QUERY, partitionKey)
                .addJavadoc("Returns a query of the $L items with this partition key$L.\n", noun, order(sortKey))
                .addStatement("return $N.query($L)", raw, encoded(partitionKey)).build());
        if (sortKey != null) {
            type.addMethod(sortKeyQuery("query", QUERY, partitionKey, sortKey)
                    .addJavadoc("Returns a query of the $L items with this partition key and a condition on {@code $L}\n"
                            + "({@link #$L}).\n", noun, sortKey.name(), sortKey.constantName())
                    .addStatement("return $N.query($L, $N)", raw, encoded(partitionKey), conditionName(partitionKey, sortKey))
                    .build());
        }
    }

    /**
     * {@code queryByX}: a global index's query has no consistent read; the key condition is typed
     * by the index's class, so no other sort key's condition compiles.
     */
    private void addIndexQueries(TypeSpec.Builder type, IndexModel index) {
        if (index.multiAttribute()) {
            addMultiAttributeQueries(type, index);
            return;
        }
        AttributeModel partitionKey = index.partitionKey();
        ClassName queryType = index.global() ? GLOBAL_INDEX_QUERY : QUERY;
        String runtimeMethod = index.global() ? "queryGlobalIndex" : "queryLocalIndex";
        type.addMethod(query(index.queryMethod(), queryType, partitionKey)
                .addJavadoc("Returns a query of $L index {@code $L}: the $L items with this {@code $L}$L.\n",
                        index.global() ? "global" : "local", index.name(), noun, partitionKey.name(), order(index.sortKey()))
                .addStatement("return $N.$N($N, $L)", raw, runtimeMethod, index.constantName(), encoded(partitionKey))
                .build());
        if (index.sortKey() != null) {
            type.addMethod(sortKeyQuery(index.queryMethod(), queryType, partitionKey, index.sortKey())
                    .addJavadoc("Returns a query of index {@code $L} with a condition on {@code $L} ({@link #$L}).\n",
                            index.name(), index.sortKey().name(), index.sortKey().constantName())
                    .addStatement("return $N.$N($N, $L, $N)", raw, runtimeMethod, index.constantName(), encoded(partitionKey),
                            conditionName(partitionKey, index.sortKey()))
                    .build());
        }
    }

    /**
     * The queries of a global index with a multi-attribute key: one with every partition attribute,
     * then, for each sort attribute in key order, one with equalities on the sort attributes before
     * it and a condition on it, typed by its marker; so only DynamoDB's left-to-right order compiles.
     */
    private void addMultiAttributeQueries(TypeSpec.Builder type, IndexModel index) {
        CodeBlock partition = encodedList(index.partitionKeys(), "a partition key");
        String order = index.sortKeys().isEmpty() ? ""
                : ", in {@code " + String.join(", ", index.sortKeys().stream().map(AttributeModel::name).toList())
                        + "} order";
        type.addMethod(query(index.queryMethod(), GLOBAL_INDEX_QUERY, index.partitionKeys())
                .addJavadoc("Returns a query of global index {@code $L}: the $L items with these {@code $L}$L.\n",
                        index.name(), noun, String.join(", ", index.partitionKeys().stream().map(AttributeModel::name).toList()),
                        order)
                .addStatement("return $N.queryGlobalIndex($N, $L, $T.of(), null)", raw, index.constantName(), partition,
                        List.class)
                .build());
        for (int i = 0; i < index.sortKeys().size(); i++) {
            List<AttributeModel> equalities = index.sortKeys().subList(0, i);
            AttributeModel next = index.sortKeys().get(i);
            List<AttributeModel> parameters = new ArrayList<>(index.partitionKeys());
            parameters.addAll(equalities);
            String condition = conditionName(parameters, next);
            type.addMethod(query(index.queryMethod(), GLOBAL_INDEX_QUERY, parameters)
                    .addParameter(ParameterizedTypeName.get(KEY_CONDITION, record, QueryMarkers.keyMarker(model, next)),
                            condition)
                    .addJavadoc("Returns a query of index {@code $L} $Lwith a condition on {@code $L} ({@link #$L}).\n",
                            index.name(), equalities.isEmpty() ? "" : "with these {@code " + String.join(", ",
                                    equalities.stream().map(AttributeModel::name).toList()) + "} and ",
                            next.name(), next.constantName())
                    .addStatement("return $N.queryGlobalIndex($N, $L, $L, $N)", raw, index.constantName(), partition,
                            encodedList(equalities, "a sort key"), condition)
                    .build());
        }
    }

    private static CodeBlock encodedList(List<AttributeModel> attributes, String role) {
        return CodeBlock.of("$T.of($L)", List.class,
                CodeBlock.join(attributes.stream().map(a -> encoded(a, role)).toList(), ", "));
    }

    /** The query's partition key, encoded; a null one is named, where encode(null) would blame "a condition or update". */
    private static CodeBlock encoded(AttributeModel partitionKey) {
        return encoded(partitionKey, "the partition key");
    }

    /** A key argument of a query, encoded; a primitive without boxing, a null one named with its role. */
    private static CodeBlock encoded(AttributeModel key, String role) {
        CodeBlock constant = CodeBlock.of("$N", key.constantName());
        if (key.type().javaType().isPrimitive()) {
            return Codecs.encodeKeyArgument(key.type(), constant, key.accessor());
        }
        return CodeBlock.of("$L.encode($T.requireNonNull($N, $S))", constant, Objects.class, key.accessor(),
                key.accessor() + " (" + role + " of the query) must not be null");
    }

    private static String order(AttributeModel sortKey) {
        return sortKey == null ? "" : ", in {@code " + sortKey.name() + "} order";
    }

    private MethodSpec.Builder query(String name, ClassName queryType, AttributeModel partitionKey) {
        return query(name, queryType, List.of(partitionKey));
    }

    private MethodSpec.Builder query(String name, ClassName queryType, List<AttributeModel> keys) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(queryType, record, QueryMarkers.queryMarker(model, name)));
        keys.forEach(key -> method.addParameter(KeyParameters.parameter(key)));
        return method;
    }

    /** {@code query(storeId, branchCondition)}, the condition typed by the sort key's marker. */
    private MethodSpec.Builder sortKeyQuery(String name, ClassName queryType, AttributeModel partitionKey,
            AttributeModel sortKey) {
        ClassName marker = QueryMarkers.keyMarker(model, sortKey);
        return query(name, queryType, partitionKey)
                .addParameter(ParameterizedTypeName.get(KEY_CONDITION, record, marker), conditionName(partitionKey, sortKey));
    }

    private static String conditionName(AttributeModel partitionKey, AttributeModel sortKey) {
        return conditionName(List.of(partitionKey), sortKey);
    }

    /** {@code zipCondition}, or {@code zipCondition_} when a key parameter has that name. */
    private static String conditionName(List<AttributeModel> parameters, AttributeModel sortKey) {
        String condition = sortKey.accessor() + "Condition";
        return parameters.stream().anyMatch(p -> p.accessor().equals(condition)) ? condition + "_" : condition;
    }

    /** Returns a public method taking the key parameters. */
    /** A varargs update method with the key parameters, and a condition parameter unless it is null. */
    private MethodSpec.Builder updateMethod(String name, TypeName returns, String updates, String condition) {
        MethodSpec.Builder method = keyed(name, returns)
                .addAnnotation(SafeVarargs.class).addAnnotation(PASSES_VARARGS).addModifiers(Modifier.FINAL);
        if (condition != null) {
            method.addParameter(condition(), condition);
        }
        return method.addParameter(ArrayTypeName.of(parameterized(UPDATE)), updates).varargs();
    }

    private MethodSpec.Builder keyed(String name, TypeName returns) {
        return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(returns).addParameters(keys.parameters());
    }

    private TypeName optional() {
        return ParameterizedTypeName.get(ClassName.get(Optional.class), record);
    }

    private TypeName condition() {
        return parameterized(CONDITION);
    }

    private TypeName parameterized(ClassName type) {
        return ParameterizedTypeName.get(type, record);
    }
}
