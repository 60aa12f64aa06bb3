package dev.dynamoobjects.processor.parse;

import dev.dynamoobjects.processor.Message;
import dev.dynamoobjects.processor.RuntimeNames;
import dev.dynamoobjects.processor.model.AttributeModel;
import dev.dynamoobjects.processor.model.Managed;
import dev.dynamoobjects.processor.model.TableModel.SchemaVersionModel;
import java.util.EnumMap;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Reads what a record asks the library to do around its writes and reads: {@code @SchemaVersion},
 * the {@code @BeforeWrite} method, the block size of {@code @AutoIncrement}, and that each managed
 * attribute appears once.
 */
final class WriteBehaviourParser {
    private final Annotations annotations;
    private final Problems problems;
    private final Types types;
    private final TypeElement type;

    WriteBehaviourParser(Annotations annotations, Problems problems, Types types, TypeElement type) {
        this.annotations = annotations;
        this.problems = problems;
        this.types = types;
        this.type = type;
    }

    /** Reports every managed kind that more than one attribute declares. */
    void onlyOneEach(Map<AttributeModel, Element> attributes) {
        Map<Managed, AttributeModel> first = new EnumMap<>(Managed.class);
        attributes.forEach((attribute, method) -> {
            if (attribute.managed() == Managed.NONE) {
                return;
            }
            AttributeModel earlier = first.putIfAbsent(attribute.managed(), attribute);
            if (earlier != null) {
                String annotation = ManagedAttributes.simpleName(ManagedAttributes.ANNOTATIONS.get(attribute.managed()));
                problems.error(method, Message.TWO_MANAGED, type.getSimpleName(), annotation, earlier.accessor(), annotation);
            }
        });
    }

    /** Returns the record's {@code @SchemaVersion}, or null. */
    SchemaVersionModel schemaVersion(Map<String, AttributeModel> byName) {
        AnnotationMirror mirror = annotations.find(type, RuntimeNames.SCHEMA_VERSION);
        if (mirror == null) {
            return null;
        }
        int value = (int) annotations.longValue(mirror, "value");
        String attribute = annotations.string(mirror, "attribute");
        if (value < 1) {
            problems.error(type, mirror, annotations.value(mirror, "value"), Message.SCHEMA_VERSION_VALUE, value);
        }
        String range = DynamoRules.attributeNameRange(attribute, false);
        if (range != null) {
            problems.error(type, mirror, annotations.value(mirror, "attribute"), Message.INVALID_ATTRIBUTE_NAME, attribute, range);
        } else if (byName.containsKey(attribute)) {
            problems.error(type, mirror, annotations.value(mirror, "attribute"), Message.SCHEMA_VERSION_ATTRIBUTE,
                    attribute, byName.get(attribute).accessor());
        }
        return new SchemaVersionModel(attribute, value);
    }

    /** Returns the name of the record's {@code @BeforeWrite} method, or null. */
    String beforeWrite() {
        String found = null;
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            AnnotationMirror mirror = annotations.find(method, RuntimeNames.BEFORE_WRITE);
            if (mirror == null) {
                continue;
            }
            String name = method.getSimpleName().toString();
            if (found != null) {
                String annotation = ManagedAttributes.simpleName(RuntimeNames.BEFORE_WRITE);
                problems.error(method, mirror, Message.TWO_MANAGED, type.getSimpleName(), annotation, found, annotation);
            } else if (!hookShape(method)) {
                problems.error(method, mirror, Message.BEFORE_WRITE_SHAPE, name, type.getSimpleName(),
                        type.getSimpleName(), name);
            }
            found = found == null ? name : found;
        }
        return found;
    }

    /** A hook takes nothing and returns the record: a default method of an interface, or a method of a record. */
    private boolean hookShape(ExecutableElement method) {
        boolean callable = type.getKind() == ElementKind.RECORD
                ? !method.getModifiers().contains(Modifier.STATIC) && !method.getModifiers().contains(Modifier.PRIVATE)
                : method.isDefault();
        return callable && method.getParameters().isEmpty()
                && types.isSameType(method.getReturnType(), type.asType());
    }

    /** Returns how many numbers the {@code @AutoIncrement} key reserves per request, 1 without one. */
    int counterBlock(Map<AttributeModel, Element> attributes) {
        for (Map.Entry<AttributeModel, Element> entry : attributes.entrySet()) {
            if (entry.getKey().managed() == Managed.AUTO_INCREMENT) {
                AnnotationMirror mirror = annotations.find(entry.getValue(), RuntimeNames.AUTO_INCREMENT);
                long block = annotations.longValue(mirror, "block");
                if (block < 1) {
                    problems.error(entry.getValue(), mirror, annotations.value(mirror, "block"),
                            Message.AUTO_INCREMENT_BLOCK, block);
                }
                return (int) block;
            }
        }
        return 1;
    }
}
