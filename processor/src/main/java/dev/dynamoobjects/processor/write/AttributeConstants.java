package dev.dynamoobjects.processor.write;

import static dev.dynamoobjects.processor.RuntimeNames.ANY_QUERY;
import static dev.dynamoobjects.processor.RuntimeNames.COMPARABLE_ATTRIBUTE;
import static dev.dynamoobjects.processor.RuntimeNames.INDEX_KEY_ATTRIBUTE;
import static dev.dynamoobjects.processor.RuntimeNames.LIST_ATTRIBUTE;
import static dev.dynamoobjects.processor.RuntimeNames.MAP_ATTRIBUTE;
import static dev.dynamoobjects.processor.RuntimeNames.NUMBER_ATTRIBUTE;
import static dev.dynamoobjects.processor.RuntimeNames.NUMBER_INDEX_KEY_ATTRIBUTE;
import static dev.dynamoobjects.processor.RuntimeNames.SET_ATTRIBUTE;
import static dev.dynamoobjects.processor.RuntimeNames.SORT_KEY_ATTRIBUTE;
import static dev.dynamoobjects.processor.RuntimeNames.STRING_ATTRIBUTE;
import static dev.dynamoobjects.processor.RuntimeNames.STRING_INDEX_KEY_ATTRIBUTE;
import static dev.dynamoobjects.processor.RuntimeNames.STRING_SORT_KEY_ATTRIBUTE;
import static dev.dynamoobjects.processor.RuntimeNames.STRING_TABLE_KEY_ATTRIBUTE;
import static dev.dynamoobjects.processor.RuntimeNames.TABLE_KEY_ATTRIBUTE;
import static dev.dynamoobjects.processor.RuntimeNames.VALUE_ATTRIBUTE;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
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
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Chooses and writes the typed constant of each attribute: its class carries the Java type, so
 * that a condition comparing a String attribute with an int does not compile, and says what
 * DynamoDB allows on it. The conditions of a key of the table or an index are typed by the marker
 * of that attribute ({@code PriceKey}, see {@link QueryMarkers}), which only the queries where it is
 * no key take as filters; a sort key's comparisons are also the key conditions of the queries it
 * sorts. The table's keys get key classes without update actions. A number that keys an index but
 * is no table key keeps {@code add}, so that it can still be incremented.
 */
final class AttributeConstants {
    private final RecordModel model;
    private final Codecs codecs;

    AttributeConstants(RecordModel model) {
        this.model = model;
        this.codecs = new Codecs(model.names().mapper());
    }

    /** Returns the table's constant of an attribute. */
    FieldSpec constant(AttributeModel attribute) {
        ClassName marker = templated(attribute) ? ANY_QUERY : QueryMarkers.keyMarker(model, attribute);
        List<String> sorted = QueryMarkers.queriesSortedBy(model, attribute);
        return FieldSpec.builder(constantType(attribute, marker), attribute.constantName(), Modifier.PUBLIC,
                        Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The attribute {@code $L}$L, for $L.$L\n", attribute.name(), roles(attribute),
                        attribute.isKey() ? "conditions and projections (a key has no updates)"
                                : templated(attribute) ? "conditions and projections (it is written into keys, so it has no updates)"
                                : "conditions, updates and projections",
                        sorted.isEmpty() ? "" : "\nIts comparisons are the key conditions of " + String.join(" and ", sorted) + ".")
                .initializer(initializer(attribute, marker))
                .build();
    }

    private CodeBlock initializer(AttributeModel attribute, ClassName marker) {
        ValueType type = valueType(attribute);
        ClassName kind = kind(attribute, type, marker);
        if (isPlainString(type)) {
            return CodeBlock.of("new $T<>($S)", kind, attribute.name());
        }
        CodeBlock shared = Codecs.sharedEncoder(type);
        if (type instanceof ValueType.Converted converted) {
            shared = codecs.convertedEncoder(converted, GeneratedNames.stem(attribute.accessor()));
        }
        if (shared != null) {
            return CodeBlock.of("new $T<>($S, $L)", kind, attribute.name(), shared);
        }
        return CodeBlock.of("new $T<>($S, value -> $L)", kind, attribute.name(),
                codecs.encode(type, CodeBlock.of("value"), GeneratedNames.stem(attribute.accessor())));
    }

    private TypeName constantType(AttributeModel attribute, ClassName marker) {
        ValueType type = valueType(attribute);
        ClassName kind = kind(attribute, type, marker);
        ClassName record = model.type();
        TypeName value = type.javaType().box();
        List<TypeName> arguments = new ArrayList<>(List.of(record));
        if (type instanceof ValueType.SetOf set) {
            arguments.add(set.element().javaType().box());
        } else if (type instanceof ValueType.ListOf list) {
            arguments.add(list.element().javaType().box());
        } else if (!isPlainString(type)) {
            arguments.add(value);
        }
        if (marker != null) {
            arguments.add(marker);
        }
        return ParameterizedTypeName.get(kind, arguments.toArray(TypeName[]::new));
    }

    /** Returns the constant's class: by key role first, then by Java type. */
    private ClassName kind(AttributeModel attribute, ValueType type, ClassName marker) {
        boolean sorts = !QueryMarkers.queriesSortedBy(model, attribute).isEmpty();
        boolean string = isPlainString(type);
        boolean number = type instanceof ValueType.Scalar scalar && scalar.kind().isNumber();
        if (attribute.isKey() || templated(attribute)) {
            if (sorts) {
                return string ? STRING_SORT_KEY_ATTRIBUTE : SORT_KEY_ATTRIBUTE;
            }
            return string ? STRING_TABLE_KEY_ATTRIBUTE : TABLE_KEY_ATTRIBUTE;
        }
        if (marker != null) {
            return string ? STRING_INDEX_KEY_ATTRIBUTE : number ? NUMBER_INDEX_KEY_ATTRIBUTE : INDEX_KEY_ATTRIBUTE;
        }
        if (string) {
            return STRING_ATTRIBUTE;
        }
        if (type instanceof ValueType.Scalar scalar) {
            return number ? NUMBER_ATTRIBUTE : scalar.kind() == ScalarKind.BOOLEAN ? VALUE_ATTRIBUTE : COMPARABLE_ATTRIBUTE;
        }
        if (type instanceof ValueType.SetOf) {
            return SET_ATTRIBUTE;
        }
        if (type instanceof ValueType.ListOf) {
            return LIST_ATTRIBUTE;
        }
        if (type instanceof ValueType.MapOf || type instanceof ValueType.DocumentOf) {
            return MAP_ATTRIBUTE;
        }
        return VALUE_ATTRIBUTE;
    }

    /** Returns true for an entity attribute that a key template names: updating it alone would leave its keys stale. */
    private boolean templated(AttributeModel attribute) {
        return model.isEntity() && model.entity().inTemplate(attribute);
    }

    private static ValueType valueType(AttributeModel attribute) {
        return attribute.type() instanceof ValueType.OptionalOf optional ? optional.element() : attribute.type();
    }

    private static boolean isPlainString(ValueType type) {
        return type instanceof ValueType.Scalar scalar && scalar.kind() == ScalarKind.STRING && scalar.epochUnit() == null;
    }

    /** Returns the attribute's parts in the table's and indexes' keys, for Javadoc: " (the sort key of index {@code byCity})". */
    private String roles(AttributeModel attribute) {
        List<String> roles = new ArrayList<>();
        if (attribute.role() != KeyRole.NONE) {
            roles.add(attribute.role() == KeyRole.PARTITION ? "the partition key" : "the sort key");
        }
        for (IndexModel index : model.table().indexes()) {
            String part = index.multiAttribute() ? "an attribute of the " : "the ";
            if (index.global() && index.partitionKeys().contains(attribute)) {
                roles.add(part + "partition key of index {@code " + index.name() + "}");
            }
            if (index.sortKeys().contains(attribute)) {
                roles.add(part + "sort key of index {@code " + index.name() + "}");
            }
        }
        return roles.isEmpty() ? "" : " (" + String.join(", ", roles) + ")";
    }
}
