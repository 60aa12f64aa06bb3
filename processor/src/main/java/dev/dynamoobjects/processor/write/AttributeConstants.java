package dev.dynamoobjects.processor.write;

import static dev.dynamoobjects.processor.RuntimeNames.ATTRIBUTE_CONSTANT;
import static dev.dynamoobjects.processor.RuntimeNames.COMPARABLE_ATTRIBUTE;
import static dev.dynamoobjects.processor.RuntimeNames.LIST_ATTRIBUTE;
import static dev.dynamoobjects.processor.RuntimeNames.MAP_ATTRIBUTE;
import static dev.dynamoobjects.processor.RuntimeNames.NUMBER_ATTRIBUTE;
import static dev.dynamoobjects.processor.RuntimeNames.NUMBER_SORT_KEY_ATTRIBUTE;
import static dev.dynamoobjects.processor.RuntimeNames.SET_ATTRIBUTE;
import static dev.dynamoobjects.processor.RuntimeNames.SORT_KEY_ATTRIBUTE;
import static dev.dynamoobjects.processor.RuntimeNames.STRING_ATTRIBUTE;
import static dev.dynamoobjects.processor.RuntimeNames.STRING_SORT_KEY_ATTRIBUTE;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import dev.dynamoobjects.processor.model.AttributeModel;
import dev.dynamoobjects.processor.model.GeneratedNames;
import dev.dynamoobjects.processor.model.IndexModel;
import dev.dynamoobjects.processor.model.KeyRole;
import dev.dynamoobjects.processor.model.RecordModel;
import dev.dynamoobjects.processor.model.ScalarKind;
import dev.dynamoobjects.processor.model.ValueType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Chooses and writes the typed constant of each attribute: its class carries the Java type, so
 * that a condition comparing a String attribute with an int does not compile. The sort key of the
 * table and of every index gets a sort-key class, whose comparisons are key conditions that a
 * query accepts; a number that sorts an index but is no table key keeps {@code add}, so that it
 * can still be incremented.
 */
final class AttributeConstants {
    private final RecordModel model;
    private final Codecs codecs = new Codecs();

    AttributeConstants(RecordModel model) {
        this.model = model;
    }

    FieldSpec constant(AttributeModel attribute) {
        ValueType type = attribute.type() instanceof ValueType.OptionalOf optional ? optional.element() : attribute.type();
        TypeName value = type.javaType().box();
        ClassName record = model.type();
        ParameterizedTypeName constantType;
        CodeBlock initializer;
        if (type instanceof ValueType.Scalar scalar && scalar.kind() == ScalarKind.STRING && scalar.epochUnit() == null) {
            ClassName kind = sortsSomething(attribute) ? STRING_SORT_KEY_ATTRIBUTE : STRING_ATTRIBUTE;
            constantType = ParameterizedTypeName.get(kind, record);
            initializer = CodeBlock.of("new $T<>($S)", kind, attribute.name());
        } else {
            constantType = constantType(attribute, type, value);
            initializer = CodeBlock.of("new $T<>($S, value -> $L)", constantType.rawType, attribute.name(),
                    codecs.encode(type, CodeBlock.of("value"), GeneratedNames.stem(attribute.accessor())));
        }
        return FieldSpec.builder(constantType, attribute.constantName(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The attribute {@code $L}$L, for conditions, updates and projections.\n", attribute.name(),
                        roles(attribute))
                .initializer(initializer)
                .build();
    }

    private ParameterizedTypeName constantType(AttributeModel attribute, ValueType type, TypeName value) {
        ClassName record = model.type();
        if (sortsSomething(attribute)) {
            boolean number = type instanceof ValueType.Scalar scalar && scalar.kind().isNumber();
            ClassName kind = number && !attribute.isKey() ? NUMBER_SORT_KEY_ATTRIBUTE : SORT_KEY_ATTRIBUTE;
            return ParameterizedTypeName.get(kind, record, value);
        }
        if (type instanceof ValueType.Scalar scalar) {
            if (scalar.kind().isNumber()) {
                return ParameterizedTypeName.get(NUMBER_ATTRIBUTE, record, value);
            }
            return ParameterizedTypeName.get(scalar.kind() == ScalarKind.BOOLEAN ? ATTRIBUTE_CONSTANT : COMPARABLE_ATTRIBUTE,
                    record, value);
        }
        if (type instanceof ValueType.SetOf set) {
            return ParameterizedTypeName.get(SET_ATTRIBUTE, record, set.element().javaType().box());
        }
        if (type instanceof ValueType.ListOf list) {
            return ParameterizedTypeName.get(LIST_ATTRIBUTE, record, list.element().javaType().box());
        }
        if (type instanceof ValueType.MapOf || type instanceof ValueType.DocumentOf) {
            return ParameterizedTypeName.get(MAP_ATTRIBUTE, record, value);
        }
        return ParameterizedTypeName.get(ATTRIBUTE_CONSTANT, record, value);
    }

    /** Returns true for the sort key of the table or of an index. */
    private boolean sortsSomething(AttributeModel attribute) {
        return attribute.role() == KeyRole.SORT
                || model.table().indexes().stream().anyMatch(index -> attribute.equals(index.sortKey()));
    }

    /** Returns the attribute's parts in the table's and indexes' keys, for Javadoc: " (the sort key of index {@code byCity})". */
    private String roles(AttributeModel attribute) {
        List<String> roles = new ArrayList<>();
        if (attribute.role() != KeyRole.NONE) {
            roles.add(attribute.role() == KeyRole.PARTITION ? "the partition key" : "the sort key");
        }
        for (IndexModel index : model.table().indexes()) {
            if (index.global() && attribute.equals(index.partitionKey())) {
                roles.add("the partition key of index {@code " + index.name() + "}");
            }
            if (attribute.equals(index.sortKey())) {
                roles.add("the sort key of index {@code " + index.name() + "}");
            }
        }
        return roles.isEmpty() ? "" : " (" + String.join(", ", roles) + ")";
    }

    Collection<MethodSpec> helpers() {
        return codecs.methods();
    }

    Collection<FieldSpec> helperFields() {
        return codecs.fields();
    }
}
