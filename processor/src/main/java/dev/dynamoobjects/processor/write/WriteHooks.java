package dev.dynamoobjects.processor.write;

import static dev.dynamoobjects.processor.RuntimeNames.DYNAMO_DATABASE;
import static dev.dynamoobjects.processor.RuntimeNames.KEY_COUNTER;
import static dev.dynamoobjects.processor.RuntimeNames.MIGRATIONS;
import static dev.dynamoobjects.processor.RuntimeNames.VERSION_STAMP;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.dynamoobjects.processor.model.AttributeModel;
import dev.dynamoobjects.processor.model.Managed;
import dev.dynamoobjects.processor.model.RecordModel;
import dev.dynamoobjects.processor.model.ScalarKind;
import dev.dynamoobjects.processor.model.TableModel;
import dev.dynamoobjects.processor.model.ValueType;
import java.time.Instant;
import java.util.UUID;
import javax.lang.model.element.Modifier;

/**
 * Writes what a table does around its writes and reads: the constructors (with {@code Migrations}
 * for a record with {@code @SchemaVersion}), the key counter of an {@code @AutoIncrement} key, and
 * the {@code beforeWrite} override that fills generated keys and timestamps and calls the record's
 * {@code @BeforeWrite} method.
 */
final class WriteHooks {
    private static final String COUNTER = "counter";
    private static final String NOW = "now";

    private final RecordModel model;
    private final TableModel table;

    WriteHooks(RecordModel model) {
        this.model = model;
        this.table = model.table();
    }

    /** Adds the schema version constant, if any: it must come before the constructors use it. */
    void addConstants(TypeSpec.Builder type) {
        TableModel.SchemaVersionModel version = table.schemaVersion();
        if (version != null) {
            type.addField(FieldSpec.builder(VERSION_STAMP, "SCHEMA_VERSION", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The record's {@code @SchemaVersion($L)}, held by each item in {@code $L}.\n",
                            version.value(), version.attribute())
                    .initializer("new $T($S, $L)", VERSION_STAMP, version.attribute(), version.value())
                    .build());
        }
    }

    void addConstructorsAndHooks(TypeSpec.Builder type) {
        AttributeModel autoIncrement = model.managed(Managed.AUTO_INCREMENT);
        if (autoIncrement != null) {
            type.addField(FieldSpec.builder(KEY_COUNTER, COUNTER, Modifier.PRIVATE, Modifier.FINAL).build());
        }
        if (table.schemaVersion() == null) {
            type.addMethod(constructor()
                    .addJavadoc("Creates the table on a database; the table itself is created on first use if missing.\n")
                    .addStatement("super(database, SCHEMA, MAPPER)")
                    .addCode(counter(autoIncrement)).build());
        } else {
            type.addMethod(constructor()
                    .addJavadoc("Creates the table on a database, without migrations: items of an older schema version fail\n"
                            + "to read with a {@code MigrationException} naming the missing step.\n")
                    .addStatement("this(database, $T.none())", MIGRATIONS).build());
            type.addMethod(constructor()
                    .addJavadoc("Creates the table on a database; items of an older schema version are upgraded on read\n"
                            + "by {@code migrations}, one step per version.\n\n"
                            + "<pre>{@code\nnew $T(db, Migrations.builder().step(0, item -> item).build());\n}</pre>\n",
                            model.names().table())
                    .addParameter(MIGRATIONS, "migrations")
                    .addStatement("super(database, SCHEMA, MAPPER, SCHEMA_VERSION, migrations)")
                    .addCode(counter(autoIncrement)).build());
        }
        if (model.hasBeforeWrite()) {
            type.addMethod(beforeWrite());
        }
    }

    private static MethodSpec.Builder constructor() {
        return MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC).addParameter(DYNAMO_DATABASE, "database");
    }

    private CodeBlock counter(AttributeModel autoIncrement) {
        return autoIncrement == null ? CodeBlock.of("")
                : CodeBlock.builder().addStatement("this.$N = new $T(database, SCHEMA.tableName(), $L)",
                        COUNTER, KEY_COUNTER, table.counterBlock()).build();
    }

    /** {@code beforeWrite}: a copy with every generated value filled in, passed through the record's hook. */
    private MethodSpec beforeWrite() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("beforeWrite")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(model.type())
                .addParameter(model.type(), "record");
        boolean fills = model.attributes().stream().anyMatch(a -> a.managed().filledBeforeWrite());
        String hook = table.beforeWrite();
        if (fills) {
            method.addJavadoc("Fills the values the library generates before every write: $L", filledList());
        }
        if (hook != null) {
            method.addJavadoc(fills ? ";\nthen runs {@link $T#$L()}" : "Runs {@link $T#$L()}, the record's hook, before every write",
                    model.type(), hook);
        }
        method.addJavadoc(".\n");
        if (!fills) {
            return method.addStatement("return record.$N()", hook).build();
        }
        if (model.managed(Managed.CREATED_AT) != null || model.managed(Managed.UPDATED_AT) != null) {
            method.addStatement("$T $N = database().clock().instant()", Instant.class, NOW);
        }
        CodeBlock arguments = CodeBlock.join(model.attributes().stream().map(WriteHooks::filled).toList(), ",\n");
        CodeBlock created = CodeBlock.of("new $T(\n$L)", model.names().immutable(), arguments);
        return hook == null ? method.addStatement("return $L", created).build()
                : method.addStatement("return $L.$N()", created, hook).build();
    }

    private String filledList() {
        return String.join(", ", model.attributes().stream().filter(a -> a.managed().filledBeforeWrite())
                .map(a -> "{@code " + a.name() + "}").toList());
    }

    /** Returns the value an attribute takes in the record written. */
    private static CodeBlock filled(AttributeModel attribute) {
        CodeBlock current = CodeBlock.of("record.$N()", attribute.accessor());
        TypeName type = attribute.type().javaType();
        ScalarKind kind = attribute.type() instanceof ValueType.Scalar scalar ? scalar.kind() : null;
        return switch (attribute.managed()) {
            case AUTO_INCREMENT -> CodeBlock.of("$L ? $L : $L", missingNumber(current, type),
                    kind == ScalarKind.INT ? CodeBlock.of("$T.toIntExact($N.next())", Math.class, COUNTER)
                            : CodeBlock.of("$N.next()", COUNTER),
                    current);
            case GENERATED_UUID -> kind == ScalarKind.UUID
                    ? CodeBlock.of("$L == null ? $T.randomUUID() : $L", current, UUID.class, current)
                    : CodeBlock.of("$L == null || $L.isEmpty() ? $T.randomUUID().toString() : $L", current, current,
                            UUID.class, current);
            case CREATED_AT -> CodeBlock.of("$L == null ? $N : $L", current, NOW, current);
            case UPDATED_AT -> CodeBlock.of("$N", NOW);
            default -> current;
        };
    }

    private static CodeBlock missingNumber(CodeBlock current, TypeName type) {
        return type.isPrimitive() ? CodeBlock.of("$L == 0", current)
                : CodeBlock.of("$L == null || $L == 0", current, current);
    }
}
