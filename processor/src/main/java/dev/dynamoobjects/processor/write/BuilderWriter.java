package dev.dynamoobjects.processor.write;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeSpec;
import dev.dynamoobjects.processor.model.AttributeModel;
import dev.dynamoobjects.processor.model.RecordModel;
import javax.lang.model.element.Modifier;

/** Writes {@code ImmutableStore.Builder}: one setter per attribute and {@code build()}, which copies. */
final class BuilderWriter {
    private final RecordModel model;
    private final ClassName name;

    BuilderWriter(RecordModel model) {
        this.model = model;
        this.name = model.names().immutable().nestedClass("Builder");
    }

    TypeSpec builder() {
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Builds an {@link $T}. Not thread-safe; {@link #build()} can be called again.\n",
                        model.names().immutable())
                .addMethod(MethodSpec.constructorBuilder().build());
        addSetters(type);
        addBuild(type);
        return type.build();
    }

    private void addSetters(TypeSpec.Builder type) {
        for (AttributeModel attribute : model.attributes()) {
            type.addField(FieldSpec.builder(ImmutableWriter.parameterType(attribute), attribute.accessor(),
                    Modifier.PRIVATE).build());
            type.addMethod(MethodSpec.methodBuilder(attribute.accessor())
                    .addJavadoc("Sets {@code $L}$L.\n", attribute.accessor(), description(attribute))
                    .addModifiers(Modifier.PUBLIC)
                    .returns(name)
                    .addParameter(ImmutableWriter.parameterType(attribute), attribute.accessor())
                    .addStatement("this.$N = $N", attribute.accessor(), attribute.accessor())
                    .addStatement("return this")
                    .build());
        }
    }

    private static String description(AttributeModel attribute) {
        if (attribute.isKey()) {
            return attribute.isRequiredKey() ? ", a key: required" : ", a key: generated on save when missing";
        }
        return attribute.hasDefault() ? "; null gives the interface's default" : "";
    }

    private void addBuild(TypeSpec.Builder type) {
        CodeBlock.Builder arguments = CodeBlock.builder();
        for (AttributeModel attribute : model.attributes()) {
            CodeBlock value = ImmutableWriter.copy(attribute.type(), CodeBlock.of("$N", attribute.accessor()));
            arguments.add(arguments.isEmpty() ? "$L" : ",\n$L", value);
        }
        type.addMethod(MethodSpec.methodBuilder("build")
                .addJavadoc("Returns the record, with copies of the collections given.\n\n"
                        + "@throws NullPointerException when a key is missing\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(model.names().immutable())
                .addStatement("return new $T($L)", model.names().immutable(), arguments.build())
                .build());
    }
}
