package dev.dynamoobjects.processor.write;

import static dev.dynamoobjects.processor.RuntimeNames.ATTRIBUTE_VALUE;
import static dev.dynamoobjects.processor.RuntimeNames.COPIES;
import static dev.dynamoobjects.processor.RuntimeNames.KEY_PARTS;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeSpec;
import dev.dynamoobjects.processor.model.EntityModel;
import dev.dynamoobjects.processor.model.KeyTemplate;
import dev.dynamoobjects.processor.model.RecordModel;
import java.util.HashMap;
import javax.lang.model.element.Modifier;

/**
 * What an entity's mapper adds to a record's: the static methods that write its key templates,
 * the key and type attributes in every item, the type check before every read, and the key of a
 * record made of its templates.
 */
final class EntityMapperParts {
    private static final String TYPE_VALUE = "TYPE_VALUE";

    private final RecordModel model;
    private final EntityModel entity;

    EntityMapperParts(RecordModel model) {
        this.model = model;
        this.entity = model.entity();
    }

    /** Returns how many attributes an item has at most beyond the entity's own. */
    int extraAttributes() {
        return 3 + 2 * entity.indexes().size();
    }

    void addMembers(TypeSpec.Builder type) {
        type.addField(FieldSpec.builder(ATTRIBUTE_VALUE, TYPE_VALUE, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.fromS($S)", ATTRIBUTE_VALUE, entity.typeValue()).build());
        type.addField(FieldSpec.builder(String.class, "TYPE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The value of {@code $L} on every $L item.\n", entity.table().typeAttribute(),
                        model.type().simpleName())
                .initializer("$S", entity.typeValue()).build());
        addTemplate(type, entity.partitionKey(), null, true);
        addTemplate(type, entity.sortKey(), null, false);
        for (EntityModel.EntityIndexModel index : entity.indexes()) {
            addTemplate(type, index.partitionKey(), index.index().name(), true);
            addTemplate(type, index.sortKey(), index.index().name(), false);
        }
    }

    private static void addTemplate(TypeSpec.Builder type, KeyTemplate template, String index, boolean partition) {
        type.addMethod(new TemplateCode(template).method(TemplateCode.methodName(index, partition)));
    }

    /** Adds the statements that put the keys and the type into {@code item}. */
    void addToItem(MethodSpec.Builder method) {
        EntityModel.PhysicalTable table = entity.table();
        method.addStatement("item.put($S, $L)", table.partitionKey(), key(entity.partitionKey(), null, true));
        method.addStatement("item.put($S, $L)", table.sortKey(), key(entity.sortKey(), null, false));
        for (EntityModel.EntityIndexModel index : entity.indexes()) {
            method.addStatement("item.put($S, $L)", index.index().partitionKey(),
                    key(index.partitionKey(), index.index().name(), true));
            method.addStatement("item.put($S, $L)", index.index().sortKey(),
                    key(index.sortKey(), index.index().name(), false));
        }
        method.addStatement("item.put($S, $N)", table.typeAttribute(), TYPE_VALUE);
    }

    /** Adds the check that the item is of this entity type. */
    void addTypeCheck(MethodSpec.Builder method, String item) {
        method.addStatement("$T.checkType($N, $S, $S, $S)", KEY_PARTS, item, entity.table().typeAttribute(),
                entity.typeValue(), model.type().simpleName());
    }

    /** Returns {@code keyOf(record)}: the two key attributes written from the templates. */
    MethodSpec keyOf() {
        return MethodSpec.methodBuilder("keyOf")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(MapperWriter.ITEM)
                .addParameter(model.type(), "record")
                .addJavadoc("Returns the record's key attributes, written from its templates.\n")
                .addStatement("$T key = new $T<>($T.capacity(2))", MapperWriter.ITEM, HashMap.class, COPIES)
                .addStatement("key.put($S, $L)", entity.table().partitionKey(), key(entity.partitionKey(), null, true))
                .addStatement("key.put($S, $L)", entity.table().sortKey(), key(entity.sortKey(), null, false))
                .addStatement("return key")
                .build();
    }

    private CodeBlock key(KeyTemplate template, String index, boolean partition) {
        return CodeBlock.of("$T.s($L)", KEY_PARTS, new TemplateCode(template).call(model.names().mapper(),
                TemplateCode.methodName(index, partition), a -> CodeBlock.of("record.$N()", a.accessor())));
    }
}
