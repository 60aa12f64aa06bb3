package dev.dynamoobjects.processor.write;

import static dev.dynamoobjects.processor.RuntimeNames.ATTRIBUTE_VALUE;
import static dev.dynamoobjects.processor.RuntimeNames.KEY_PARTS;
import static dev.dynamoobjects.processor.RuntimeNames.RAW_ACCESS;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import dev.dynamoobjects.processor.model.AttributeModel;
import dev.dynamoobjects.processor.model.EntityModel;
import dev.dynamoobjects.processor.model.RecordModel;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * The typed key of a generated table or memory table: one parameter per key attribute, named and
 * typed as its accessor ({@code String storeId, int branch}), and the private {@code key(...)}
 * method that turns them into the key map of the runtime's raw-key operations.
 */
final class KeyParameters {
    static final TypeName KEY_MAP = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
            ATTRIBUTE_VALUE);

    private final RecordModel model;
    private final List<AttributeModel> keys;

    KeyParameters(RecordModel model) {
        this.model = model;
        this.keys = model.keys();
    }

    AttributeModel partitionKey() {
        return keys.get(0);
    }

    /** Returns the sort key, or null. */
    AttributeModel sortKey() {
        return keys.size() > 1 ? keys.get(1) : null;
    }

    /** Returns the key parameters. */
    List<ParameterSpec> parameters() {
        return keys.stream().map(KeyParameters::parameter).toList();
    }

    static ParameterSpec parameter(AttributeModel attribute) {
        return ParameterSpec.builder(attribute.type().javaType(), attribute.accessor()).build();
    }

    /** Returns the key parameters as arguments: {@code storeId, branch}. */
    CodeBlock arguments() {
        return CodeBlock.join(keys.stream().map(k -> CodeBlock.of("$N", k.accessor())).toList(), ", ");
    }

    /**
     * Returns a parameter name for something beside the key: {@code wanted}, unless a key accessor
     * has that name already.
     */
    String fresh(String wanted) {
        String name = wanted;
        while (isKeyName(name)) {
            name = name + "_";
        }
        return name;
    }

    private boolean isKeyName(String name) {
        return keys.stream().anyMatch(k -> k.accessor().equals(name));
    }

    /**
     * Returns the name of the field holding the raw-key operations ({@code RawTable},
     * {@code RawMemoryTable}): {@code raw}, unless a key accessor has that name already.
     */
    String rawField() {
        return fresh("raw");
    }

    /**
     * Returns {@code private final RawTable<Store> raw = RawAccess.of(this);}: the raw-key operations
     * the typed methods call, which the base class does not show to users.
     */
    FieldSpec rawField(ClassName rawType) {
        return FieldSpec.builder(ParameterizedTypeName.get(rawType, model.type()), rawField(),
                        Modifier.PRIVATE, Modifier.FINAL)
                .initializer("$T.of(this)", RAW_ACCESS).build();
    }

    /**
     * Returns {@code private Map<String, AttributeValue> key(String storeId, int branch)}.
     *
     * @param constants where the attribute constants are: empty for the table class itself
     */
    MethodSpec keyMethod(CodeBlock constants) {
        if (model.isEntity()) {
            return entityKeyMethod();
        }
        CodeBlock encoded = CodeBlock.join(keys.stream()
                .map(k -> Codecs.encodeKeyArgument(k.type(), CodeBlock.of("$L$N", constants, k.constantName()), k.accessor()))
                .toList(), ", ");
        MethodSpec.Builder method = MethodSpec.methodBuilder("key")
                .addModifiers(Modifier.PRIVATE)
                .returns(KEY_MAP)
                .addParameters(parameters());
        // Checked here, naming the key: encode(null) would blame "a condition or update".
        addNullChecks(method);
        return method.addStatement("return $N.key($L)", rawField(), encoded).build();
    }

    /**
     * Returns an entity's {@code key(...)}: its key strings written by the mapper from the templates.
     */
    private MethodSpec entityKeyMethod() {
        EntityModel entity = model.entity();
        ClassName mapper = model.names().mapper();
        Function<AttributeModel, CodeBlock> argument = a -> CodeBlock.of("$N", a.accessor());
        MethodSpec.Builder method = MethodSpec.methodBuilder("key")
                .addModifiers(Modifier.PRIVATE)
                .returns(KEY_MAP)
                .addParameters(parameters());
        // Checked here too: the templates would name the attribute but not the key and the entity.
        addNullChecks(method);
        return method.addStatement("return $N.key($T.s($L), $T.s($L))", rawField(),
                        KEY_PARTS, new TemplateCode(entity.partitionKey()).call(mapper, TemplateCode.methodName(null, true), argument),
                        KEY_PARTS, new TemplateCode(entity.sortKey()).call(mapper, TemplateCode.methodName(null, false), argument))
                .build();
    }

    /** Adds a check per key parameter that can be null, naming the attribute, its key and the record. */
    private void addNullChecks(MethodSpec.Builder method) {
        for (AttributeModel key : keys) {
            if (!key.type().javaType().isPrimitive()) {
                method.addStatement("$T.requireNonNull($N, $S)", Objects.class, key.accessor(), String.format(
                        "%s (the %s key of %s) must not be null", key.accessor(), role(key), noun()));
            }
        }
    }

    /** An entity's attribute is of the partition key when its partition key template names it. */
    private String role(AttributeModel key) {
        EntityModel entity = model.entity();
        boolean partition = entity == null ? key == partitionKey()
                : entity.partitionKey().placeholders().stream().anyMatch(p -> p.attribute().equals(key));
        return partition ? "partition" : "sort";
    }

    /** Returns the record's noun for Javadoc: {@code OrderLine} gives {@code order line}. */
    String noun() {
        String simple = model.type().simpleName();
        return simple.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    /** Returns the record's name as a variable, for Javadoc examples: {@code OrderLine} gives {@code orderLine}. */
    String variable() {
        String simple = model.type().simpleName();
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }

    /** Returns a plural for parameter and variable names: {@code sku} gives {@code skus}, {@code city} {@code cities}. */
    static String plural(String word) {
        if (word.matches(".*[^aeiou]y")) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word.matches(".*(s|x|z|ch|sh)") ? word + "es" : word + "s";
    }
}
