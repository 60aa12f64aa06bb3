package dev.dynamoobjects.processor.write;

import static dev.dynamoobjects.processor.RuntimeNames.ATTRIBUTE_VALUE;
import static dev.dynamoobjects.processor.RuntimeNames.DYNAMO_DATABASE;
import static dev.dynamoobjects.processor.RuntimeNames.ENTITY_TABLES;
import static dev.dynamoobjects.processor.RuntimeNames.ENTITY_TYPE_EXCEPTION;
import static dev.dynamoobjects.processor.RuntimeNames.INDEX_SCHEMA;
import static dev.dynamoobjects.processor.RuntimeNames.KEY_ATTRIBUTE;
import static dev.dynamoobjects.processor.RuntimeNames.KEY_PARTS;
import static dev.dynamoobjects.processor.RuntimeNames.PROJECTION;
import static dev.dynamoobjects.processor.RuntimeNames.RAW_ACCESS;
import static dev.dynamoobjects.processor.RuntimeNames.SCALAR_TYPE;
import static dev.dynamoobjects.processor.RuntimeNames.STREAM_VIEW;
import static dev.dynamoobjects.processor.RuntimeNames.TABLE;
import static dev.dynamoobjects.processor.RuntimeNames.TABLE_SCHEMA;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import com.squareup.javapoet.TypeVariableName;
import com.squareup.javapoet.WildcardTypeName;
import dev.dynamoobjects.processor.model.EntityModel;
import dev.dynamoobjects.processor.model.GeneratedNames;
import dev.dynamoobjects.processor.model.RecordModel;
import dev.dynamoobjects.processor.model.SingleTableModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code ShopTable} for a {@code @SingleTable} interface {@code Shop}: the table's schema,
 * one typed table per entity ({@code customers()}), the decoding of any item by its type
 * attribute, a visitor over the sealed type, and one method per item collection
 * ({@code customerCollection(customerId)}) that reads several entity types with one Query.
 */
public final class SingleTableWriter {
    private static final TypeName ITEM = MapperWriter.ITEM;

    private final Sources sources;

    public SingleTableWriter(Sources sources) {
        this.sources = sources;
    }

    public void write(SingleTableModel model) throws IOException {
        EntityModel.PhysicalTable table = model.table();
        RecordModel first = model.entities().get(0);
        TypeSpec.Builder type = sources.classBuilder(table.tableClass(), model.originating())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(ENTITY_TABLES, model.type()))
                .addJavadoc("The single table {@code $L} of the {@link $T} entities: its schema, a typed table per entity,\n"
                                + "item collections read with one Query, and the decoding of any of its items by {@code $L}.\n\n"
                                + "<pre>{@code\n$T shop = new $T(db);\nshop.$L().save($L);\n}</pre>\n",
                        table.name(), model.type(), table.typeAttribute(), table.tableClass(), table.tableClass(),
                        tables(first), GeneratedNames.variable(first.type()));
        addConstants(type, model);
        addTables(type, model);
        addEntityTables(type, model);
        addDecoding(type, model);
        addVisitor(type, model);
        for (SingleTableModel.Collection collection : model.collections()) {
            addCollection(type, model, collection);
        }
        if (!model.collections().isEmpty()) {
            addSort(type, model);
        }
        sources.write(model.type(), type.build());
    }

    /** {@code entityTables()} and {@code toItem(entity)}: what works on the whole table (its change feed, a copy) uses them. */
    private static void addEntityTables(TypeSpec.Builder type, SingleTableModel model) {
        CodeBlock tables = CodeBlock.join(model.entities().stream().map(e -> CodeBlock.of("$N", tables(e))).toList(), ", ");
        type.addMethod(MethodSpec.methodBuilder("entityTables").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(List.class),
                        ParameterizedTypeName.get(TABLE, WildcardTypeName.subtypeOf(model.type()))))
                .addJavadoc("Returns the table of each entity type, in {@code permits} order.\n")
                .addStatement("return $T.of($L)", List.class, tables).build());
        MethodSpec.Builder toItem = MethodSpec.methodBuilder("toItem").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).returns(ITEM).addParameter(model.type(), "entity")
                .addJavadoc("Returns the item of an entity, encoded by the table of its type.\n")
                .addStatement("$T.requireNonNull(entity, $S)", Objects.class, "entity");
        for (RecordModel entity : model.entities()) {
            toItem.beginControlFlow("if (entity instanceof $T)", entity.type())
                    .addStatement("return $N.toItem(($T) entity)", tables(entity), entity.type())
                    .endControlFlow();
        }
        type.addMethod(toItem.addStatement("throw new $T($S + entity.getClass())", IllegalArgumentException.class,
                "Not an entity of " + model.type().simpleName() + ": ").build());
    }

    private static String tables(RecordModel entity) {
        return KeyParameters.plural(GeneratedNames.variable(entity.type()));
    }

    private static void addConstants(TypeSpec.Builder type, SingleTableModel model) {
        EntityModel.PhysicalTable table = model.table();
        CodeBlock indexes = CodeBlock.join(table.indexes().stream().map(i -> CodeBlock.of(
                "new $T($S, true, $L, $L, $T.ALL, $T.of(), 0L, 0L)", INDEX_SCHEMA, i.name(), key(i.partitionKey()),
                key(i.sortKey()), PROJECTION, List.class)).toList(), ",\n");
        type.addField(FieldSpec.builder(TABLE_SCHEMA, "SCHEMA", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The table's name, generic string keys and overloaded indexes, on-demand$L.\n",
                        table.streamView() == null ? "" : "; its stream carries " + table.streamView())
                .initializer("new $T($S,$>$>\n$L,\n$L,\n$T.of($L),\n0L, 0L$L)$<$<", TABLE_SCHEMA, table.name(),
                        key(table.partitionKey()), key(table.sortKey()), List.class,
                        indexes.isEmpty() ? "" : CodeBlock.of("$>\n$L$<", indexes),
                        table.streamView() == null ? CodeBlock.of("")
                                : CodeBlock.of(", null, null, $T.$L", STREAM_VIEW, table.streamView()))
                .build());
        type.addField(FieldSpec.builder(String.class, "TYPE_ATTRIBUTE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The attribute holding each item's entity type.\n")
                .initializer("$S", table.typeAttribute()).build());
        for (EntityModel.OverloadedIndexModel index : table.indexes()) {
            type.addField(FieldSpec.builder(String.class, index.constantName(), Modifier.PUBLIC, Modifier.STATIC,
                            Modifier.FINAL)
                    .addJavadoc("The name of the overloaded global index {@code $L}.\n", index.name())
                    .initializer("$S", index.name()).build());
        }
    }

    private static CodeBlock key(String name) {
        return CodeBlock.of("new $T($S, $T.S)", KEY_ATTRIBUTE, name, SCALAR_TYPE);
    }

    private static void addTables(TypeSpec.Builder type, SingleTableModel model) {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                .addJavadoc("Creates the entities' tables on a database; the table itself is created on first use if missing.\n")
                .addParameter(DYNAMO_DATABASE, "database");
        for (RecordModel entity : model.entities()) {
            String field = tables(entity);
            ClassName table = entity.names().table();
            type.addField(table, field, Modifier.PRIVATE, Modifier.FINAL);
            constructor.addStatement("this.$N = new $T(database)", field, table);
            type.addMethod(MethodSpec.methodBuilder(field).addModifiers(Modifier.PUBLIC).returns(table)
                    .addJavadoc("Returns the table of the {@link $T} entities, for their typed operations, transactions and batches.\n",
                            entity.type())
                    .addStatement("return $N", field).build());
        }
        type.addMethod(constructor.build());
    }

    /** {@code toEntity(item)}, and the private {@code decode} that returns null for an unknown type. */
    private static void addDecoding(TypeSpec.Builder type, SingleTableModel model) {
        MethodSpec.Builder decode = MethodSpec.methodBuilder("decode").addModifiers(Modifier.PRIVATE)
                .returns(model.type()).addParameter(ITEM, "item")
                .addJavadoc("Returns the entity of an item by its type attribute, or null for an unknown type.\n")
                .addStatement("$T type = item.get(TYPE_ATTRIBUTE)", ATTRIBUTE_VALUE)
                .beginControlFlow("switch (type == null || type.s() == null ? \"\" : type.s())");
        for (RecordModel entity : model.entities()) {
            decode.addStatement("case $S: return $N.toRecord(item)", entity.entity().typeValue(), tables(entity));
        }
        type.addMethod(decode.addStatement("default: return null").endControlFlow().build());
        String known = String.join(", ", model.entities().stream().map(e -> e.entity().typeValue()).toList());
        type.addMethod(MethodSpec.methodBuilder("toEntity").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(model.type()).addParameter(ITEM, "item")
                .addJavadoc("Returns the entity of an item of this table, by its {@code $L}.\n\n"
                        + "@throws $T when it holds none of the types $L\n", model.table().typeAttribute(),
                        ENTITY_TYPE_EXCEPTION, known)
                .addStatement("$T entity = decode(item)", model.type())
                .beginControlFlow("if (entity == null)")
                .addStatement("$T type = item.get(TYPE_ATTRIBUTE)", ATTRIBUTE_VALUE)
                .addStatement("throw new $T(TYPE_ATTRIBUTE, $S, type == null ? null : type.s(), $S)",
                        ENTITY_TYPE_EXCEPTION, "one of " + known, model.type().simpleName())
                .endControlFlow()
                .addStatement("return entity").build());
    }

    /** {@code Visitor<T>} with one method per entity, and {@code visit(entity, visitor)}. */
    private static void addVisitor(TypeSpec.Builder type, SingleTableModel model) {
        TypeVariableName t = TypeVariableName.get("T");
        ClassName visitor = model.table().tableClass().nestedClass("Visitor");
        TypeSpec.Builder visitorType = TypeSpec.interfaceBuilder(visitor).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addTypeVariable(t)
                .addJavadoc("Does one thing per entity type, for {@link #visit}: Java 17 has no switch over a sealed type.\n\n"
                        + "@param <T> what each method returns\n");
        MethodSpec.Builder visit = MethodSpec.methodBuilder("visit").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addTypeVariable(t).returns(t)
                .addParameter(model.type(), "entity")
                .addParameter(ParameterizedTypeName.get(visitor, t), "visitor")
                .addJavadoc("Calls the visitor's method of the entity's type.\n")
                .addStatement("$T.requireNonNull(entity, $S)", Objects.class, "entity");
        for (RecordModel entity : model.entities()) {
            String name = GeneratedNames.variable(entity.type());
            visitorType.addMethod(MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .returns(t).addParameter(entity.type(), name).build());
            visit.beginControlFlow("if (entity instanceof $T)", entity.type())
                    .addStatement("return visitor.$N(($T) entity)", name, entity.type())
                    .endControlFlow();
        }
        type.addType(visitorType.build());
        type.addMethod(visit.addStatement("throw new $T($S + entity.getClass())", IllegalArgumentException.class,
                "Not an entity of " + model.type().simpleName() + ": ").build());
    }

    private static void addCollection(TypeSpec.Builder type, SingleTableModel model, SingleTableModel.Collection collection) {
        RecordModel first = collection.members().get(0);
        TemplateCode pk = new TemplateCode(first.entity().partitionKey());
        TypeName items = ParameterizedTypeName.get(ClassName.get(List.class), model.type());
        TypeName unknown = ParameterizedTypeName.get(ClassName.get(List.class), ITEM);
        MethodSpec.Builder method = MethodSpec.methodBuilder(collection.method()).addModifiers(Modifier.PUBLIC)
                .returns(collection.result())
                .addJavadoc("Reads the items with partition key {@code $L} in one Query (as many pages as it takes), in\n"
                        + "sort key order: $L; items of a type this table does not know are kept apart, undecoded.\n",
                        first.entity().partitionKey().text(),
                        String.join(", ", collection.members().stream().map(m -> m.type().simpleName()).toList()));
        pk.attributes().forEach(a -> method.addParameter(KeyParameters.parameter(a)));
        CodeBlock key = CodeBlock.of("$T.s($L)", KEY_PARTS, pk.call(first.names().mapper(),
                TemplateCode.methodName(null, true), a -> CodeBlock.of("$N", a.accessor())));
        method.addStatement("$T all = new $T<>()", items, ArrayList.class)
                .addStatement("$T unknown = new $T<>()", unknown, ArrayList.class)
                .addStatement("$T.of($N).query($L).itemStream().forEach(item -> sort(item, all, unknown))",
                        RAW_ACCESS, tables(first), key)
                .addStatement("return new $T(all, unknown)", collection.result());
        type.addMethod(method.build());
        type.addType(result(model, collection, items, unknown));
    }

    /** {@code sort(item, all, unknown)}: a collection's item decoded into {@code all}, or kept in {@code unknown}. */
    private static void addSort(TypeSpec.Builder type, SingleTableModel model) {
        type.addMethod(MethodSpec.methodBuilder("sort").addModifiers(Modifier.PRIVATE)
                .addParameter(ITEM, "item")
                .addParameter(ParameterizedTypeName.get(ClassName.get(List.class), model.type()), "all")
                .addParameter(ParameterizedTypeName.get(ClassName.get(List.class), ITEM), "unknown")
                .addStatement("$T entity = decode(item)", model.type())
                .beginControlFlow("if (entity == null)")
                .addStatement("unknown.add(item)")
                .nextControlFlow("else")
                .addStatement("all.add(entity)")
                .endControlFlow()
                .build());
    }

    private static TypeSpec result(SingleTableModel model, SingleTableModel.Collection collection, TypeName items,
            TypeName unknown) {
        TypeSpec.Builder result = TypeSpec.classBuilder(collection.result())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The items of one $L collection, in sort key order: all of them as {@link $T}, typed lists\n"
                        + "per entity type, and the items of unknown types, undecoded.\n", GeneratedNames.variable(
                                collection.members().get(0).type()), model.type())
                .addField(items, "all", Modifier.PRIVATE, Modifier.FINAL)
                .addField(unknown, "unknownItems", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(items, "all").addParameter(unknown, "unknownItems")
                        .addStatement("this.all = $T.copyOf(all)", List.class)
                        .addStatement("this.unknownItems = $T.copyOf(unknownItems)", List.class).build())
                .addMethod(MethodSpec.methodBuilder("all").addModifiers(Modifier.PUBLIC).returns(items)
                        .addJavadoc("Returns every item of a known type, in sort key order.\n")
                        .addStatement("return all").build())
                .addMethod(MethodSpec.methodBuilder("unknownItems").addModifiers(Modifier.PUBLIC).returns(unknown)
                        .addJavadoc("Returns the items whose {@code $L} is none of this table's entity types, as stored.\n",
                                model.table().typeAttribute())
                        .addStatement("return unknownItems").build());
        for (RecordModel member : collection.members()) {
            TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), member.type());
            result.addMethod(MethodSpec.methodBuilder(tables(member)).addModifiers(Modifier.PUBLIC).returns(list)
                    .addJavadoc("Returns the {@link $T} items, in sort key order.\n", member.type())
                    .addStatement("return all.stream().filter($T.class::isInstance).map($T.class::cast).toList()",
                            member.type(), member.type())
                    .build());
        }
        return result.build();
    }
}
