package dev.dynamoobjects.processor.write;

import static dev.dynamoobjects.processor.RuntimeNames.ANY_QUERY;
import static dev.dynamoobjects.processor.RuntimeNames.CONDITION;
import static dev.dynamoobjects.processor.RuntimeNames.GLOBAL_INDEX_QUERY;
import static dev.dynamoobjects.processor.RuntimeNames.KEY_CONDITION;
import static dev.dynamoobjects.processor.RuntimeNames.KEY_PARTS;
import static dev.dynamoobjects.processor.RuntimeNames.QUERY;
import static dev.dynamoobjects.processor.RuntimeNames.STRING_ATTRIBUTE;
import static dev.dynamoobjects.processor.RuntimeNames.STRING_SORT_KEY_ATTRIBUTE;
import static dev.dynamoobjects.processor.RuntimeNames.TABLE_SCHEMA;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.dynamoobjects.processor.model.AttributeModel;
import dev.dynamoobjects.processor.model.EntityModel;
import dev.dynamoobjects.processor.model.GeneratedNames;
import dev.dynamoobjects.processor.model.KeyTemplate;
import dev.dynamoobjects.processor.model.Managed;
import dev.dynamoobjects.processor.model.RecordModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * What an entity's table has instead of a record table's keys: the single table's schema, the
 * queries of its own items (the partition key's values, the sort key's literal prefix), the typed
 * sort-key conditions built from the templates' placeholders, and a scan of its own type only.
 */
final class EntityTableParts {
    private final RecordModel model;
    private final EntityModel entity;
    private final ClassName mapper;
    private final ClassName queryMarker;

    EntityTableParts(RecordModel model) {
        this.model = model;
        this.entity = model.entity();
        this.mapper = model.names().mapper();
        this.queryMarker = QueryMarkers.queryMarker(model, "query");
    }

    void addJavadoc(TypeSpec.Builder type, KeyParameters keys) {
        String variable = KeyParameters.plural(keys.variable());
        type.addJavadoc("The table of {@link $T} entities, of type {@code $L} in single table {@link $T}: operations\n"
                        + "typed by the attributes of its key templates, pk {@code $L} and sk {@code $L}, and attribute\n"
                        + "constants for typed conditions, updates and projections.\n\n"
                        + "<pre>{@code\n$T $L = new $T(db);\n$L.save($L);\n$L.get($L);\n}</pre>\n",
                model.type(), entity.typeValue(), entity.table().tableClass(), entity.partitionKey().text(),
                entity.sortKey().text(), model.names().table(), variable, model.names().table(), variable,
                keys.variable(), variable, keys.arguments());
    }

    /** {@code SCHEMA}: the single table's, with this entity's version and time-to-live attributes. */
    void addSchema(TypeSpec.Builder type) {
        ClassName table = entity.table().tableClass();
        AttributeModel version = model.managed(Managed.VERSION);
        AttributeModel ttl = model.managed(Managed.TTL);
        type.addField(FieldSpec.builder(TABLE_SCHEMA, "SCHEMA", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The single table's schema ({@link $T#SCHEMA}), with this entity's version and time to live, and the table's stream.\n",
                        table)
                .initializer("new $T($T.SCHEMA.tableName(), $T.SCHEMA.partitionKey(), $T.SCHEMA.sortKey(),\n"
                                + "$T.SCHEMA.indexes(), 0L, 0L, $S, $S, $T.SCHEMA.streamView())", TABLE_SCHEMA, table, table,
                        table, table, version == null ? null : version.name(), ttl == null ? null : ttl.name(), table)
                .build());
    }

    /** The key condition constants, the queries, the sort-key conditions and the scan filter. */
    void addTo(TypeSpec.Builder type, KeyParameters keys) {
        type.addField(FieldSpec.builder(ParameterizedTypeName.get(STRING_ATTRIBUTE, model.type()), "TYPE_FILTER",
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("new $T<>($S)", STRING_ATTRIBUTE, entity.table().typeAttribute()).build());
        type.addMethod(MethodSpec.methodBuilder("scanFilter")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(ParameterizedTypeName.get(CONDITION, model.type()))
                .addJavadoc("Keeps scans to {@code $L} items: the table holds other entity types too.\n", entity.typeValue())
                .addStatement("return TYPE_FILTER.eq($T.TYPE)", mapper)
                .build());
        type.addMethod(MethodSpec.methodBuilder("holds")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(MapperWriter.ITEM, "item")
                .addJavadoc("Returns true for the items of type {@code $L}: the table holds other entity types too.\n",
                        entity.typeValue())
                .addStatement("return $T.isType(item, $S, $T.TYPE)", KEY_PARTS, entity.table().typeAttribute(), mapper)
                .build());
        addKeyQueries(type, keys, null, entity.partitionKey(), entity.sortKey(), entity.table().sortKey());
        for (EntityModel.EntityIndexModel index : entity.indexes()) {
            addKeyQueries(type, keys, index, index.partitionKey(), index.sortKey(), index.index().sortKey());
        }
    }

    /** {@code query(...)} or {@code queryByGsi1(...)}, with and without a sort-key condition, and the conditions. */
    private void addKeyQueries(TypeSpec.Builder type, KeyParameters keys, EntityModel.EntityIndexModel index,
            KeyTemplate partitionKey, KeyTemplate sortKey, String sortAttribute) {
        String indexName = index == null ? null : index.index().name();
        ClassName marker = model.names().table().nestedClass(GeneratedNames.sortKeyMarker(indexName));
        String sortField = (indexName == null ? "" : GeneratedNames.constantName(GeneratedNames.indexJavaName(indexName)) + "_")
                + "SK_CONDITIONS";
        type.addField(FieldSpec.builder(ParameterizedTypeName.get(STRING_SORT_KEY_ATTRIBUTE, model.type(), marker), sortField,
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("new $T<>($S)", STRING_SORT_KEY_ATTRIBUTE, sortAttribute).build());
        type.addType(TypeSpec.interfaceBuilder(marker).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addSuperinterface(ANY_QUERY)
                .addJavadoc("Types the conditions on the sort key {@code $L}$L, built from template {@code $L}.\n",
                        sortAttribute, indexName == null ? "" : " of index {@code " + indexName + "}", sortKey.text())
                .build());
        String method = index == null ? "query" : index.queryMethod();
        TemplateCode pk = new TemplateCode(partitionKey);
        CodeBlock pkValue = CodeBlock.of("$T.s($L)", KEY_PARTS, pk.call(mapper, TemplateCode.methodName(indexName, true),
                a -> CodeBlock.of("$N", a.accessor())));
        // Without a literal prefix, every key of the partition is this entity's (the overlap check saw to it).
        CodeBlock own = sortKey.isFixed() ? CodeBlock.of("$N.eq($S)", sortField, sortKey.text())
                : sortKey.literalPrefix().isEmpty() ? null
                : CodeBlock.of("$N.beginsWith($S)", sortField, sortKey.literalPrefix());
        type.addMethod(query(method, index, pk)
                .addJavadoc("Returns a query of the $L items with these $L key values$L.\n", keys.noun(),
                        index == null ? "partition" : "index partition", sortKey.isFixed() ? "" : ", in sort key order")
                .addStatement("return $L", runtimeCall(keys, index, pkValue, own)).build());
        if (sortKey.isFixed()) {
            return;
        }
        String condition = fresh("condition", pk.attributes());
        type.addMethod(query(method, index, pk)
                .addParameter(ParameterizedTypeName.get(KEY_CONDITION, model.type(), marker), condition)
                .addJavadoc("Returns a query of the $L items with these $L key values and a condition on the sort key\n"
                        + "from the static methods of this class ({@code $L}).\n", keys.noun(),
                        index == null ? "partition" : "index partition", firstCondition(indexName, sortKey))
                .addStatement("return $L", runtimeCall(keys, index, pkValue, CodeBlock.of("$N", condition))).build());
        addConditions(type, indexName, sortKey, sortField, marker);
    }

    private static CodeBlock runtimeCall(KeyParameters keys, EntityModel.EntityIndexModel index, CodeBlock partitionKey,
            CodeBlock sortCondition) {
        if (sortCondition == null) {
            return index == null ? CodeBlock.of("$N.query($L)", keys.rawField(), partitionKey)
                    : CodeBlock.of("$N.queryGlobalIndex($S, $L)", keys.rawField(), index.index().name(), partitionKey);
        }
        return index == null ? CodeBlock.of("$N.query($L, $L)", keys.rawField(), partitionKey, sortCondition)
                : CodeBlock.of("$N.queryGlobalIndex($S, $L, $L)", keys.rawField(), index.index().name(), partitionKey,
                        sortCondition);
    }

    private MethodSpec.Builder query(String name, EntityModel.EntityIndexModel index, TemplateCode partitionKey) {
        ClassName queryType = index == null ? QUERY : GLOBAL_INDEX_QUERY;
        MethodSpec.Builder method = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(queryType, model.type(), queryMarker));
        partitionKey.attributes().forEach(a -> method.addParameter(KeyParameters.parameter(a)));
        return method;
    }

    private static String firstCondition(String index, KeyTemplate sortKey) {
        return GeneratedNames.sortCondition(index, sortKey.placeholders().get(0).attribute().accessor(), "Equals");
    }

    /**
     * For each placeholder of the sort key: {@code xEquals(values up to x)}, and for an ordered one
     * {@code xBetween(values before x, from, to)}, inclusive.
     */
    private void addConditions(TypeSpec.Builder type, String index, KeyTemplate sortKey, String field, ClassName marker) {
        TemplateCode code = new TemplateCode(sortKey);
        List<KeyTemplate.Part> parts = sortKey.parts();
        TypeName returns = ParameterizedTypeName.get(KEY_CONDITION, model.type(), marker);
        for (int p = 0; p < parts.size(); p++) {
            if (!(parts.get(p) instanceof KeyTemplate.Placeholder placeholder)) {
                continue;
            }
            AttributeModel attribute = placeholder.attribute();
            Set<AttributeModel> before = attributesBefore(parts, p);
            boolean last = p == parts.size() - 1;
            Function<AttributeModel, CodeBlock> byName = a -> CodeBlock.of("$N", a.accessor());
            MethodSpec.Builder equals = condition(GeneratedNames.sortCondition(index, attribute.accessor(), "Equals"), returns,
                    before).addParameter(KeyParameters.parameter(attribute))
                    .addJavadoc("Returns the sort-key condition of the items whose {@code $L} is this value$L.\n",
                            attribute.accessor(), before.isEmpty() ? "" : " (and the parts before it these)");
            if (last) {
                equals.addStatement("return $N.eq($L)", field, code.prefix(p + 1, byName));
            } else {
                equals.addStatement("return $N.beginsWith($L)", field, code.prefix(p + 2, byName));
            }
            type.addMethod(equals.build());
            if (placeholder.encoding().ordered()) {
                type.addMethod(between(index, code, p, placeholder, before, returns, field, last));
            }
        }
    }

    private MethodSpec between(String index, TemplateCode code, int p, KeyTemplate.Placeholder placeholder,
            Set<AttributeModel> before, TypeName returns, String field, boolean last) {
        AttributeModel attribute = placeholder.attribute();
        List<AttributeModel> named = new ArrayList<>(before);
        named.add(attribute);
        String from = fresh("from", named);
        String to = fresh("to", named);
        Function<AttributeModel, CodeBlock> byName = a -> CodeBlock.of("$N", a.accessor());
        CodeBlock prefix = code.prefix(p, byName);
        CodeBlock low = join(prefix, TemplateCode.encode(placeholder, CodeBlock.of("$N", from)));
        CodeBlock high = join(prefix, TemplateCode.encode(placeholder, CodeBlock.of("$N", to)));
        // Keys with a greater value follow the separator, so the character after it bounds them.
        if (!last) {
            high = CodeBlock.of("$L + $S", high, Character.toString(placeholder.separator().charAt(0) + 1));
        }
        return condition(GeneratedNames.sortCondition(index, attribute.accessor(), "Between"), returns, before)
                .addParameter(attribute.type().javaType(), from)
                .addParameter(attribute.type().javaType(), to)
                .addJavadoc("Returns the sort-key condition of the items whose {@code $L} is from {@code $L} to {@code $L},\n"
                        + "both included$L.\n", attribute.accessor(), from, to,
                        before.isEmpty() ? "" : " (and the parts before it these)")
                .addStatement("return $N.between($L, $L)", field, low, high)
                .build();
    }

    private static CodeBlock join(CodeBlock prefix, CodeBlock value) {
        return prefix.toString().equals("\"\"") ? value : CodeBlock.of("$L + $L", prefix, value);
    }

    private MethodSpec.Builder condition(String name, TypeName returns, Set<AttributeModel> before) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(returns);
        before.forEach(a -> method.addParameter(KeyParameters.parameter(a)));
        return method;
    }

    private static Set<AttributeModel> attributesBefore(List<KeyTemplate.Part> parts, int end) {
        Set<AttributeModel> before = new LinkedHashSet<>();
        for (KeyTemplate.Part part : parts.subList(0, end)) {
            if (part instanceof KeyTemplate.Placeholder placeholder) {
                before.add(placeholder.attribute());
            }
        }
        return before;
    }

    private static String fresh(String wanted, List<AttributeModel> taken) {
        String name = wanted;
        while (true) {
            String candidate = name;
            if (taken.stream().noneMatch(a -> a.accessor().equals(candidate))) {
                return name;
            }
            name = name + "_";
        }
    }

}
