package dev.dynamoobjects.processor.parse;

import dev.dynamoobjects.processor.Message;
import dev.dynamoobjects.processor.RuntimeNames;
import dev.dynamoobjects.processor.model.AttributeModel;
import dev.dynamoobjects.processor.model.EntityModel;
import dev.dynamoobjects.processor.model.GeneratedNames;
import dev.dynamoobjects.processor.model.KeyRole;
import dev.dynamoobjects.processor.model.KeyTemplate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Reads what an {@code @Entity} adds to its attributes: its type value and key templates, and
 * checks its attributes against the table: no {@code @Key}, no name the table uses itself.
 */
final class EntityParser {
    private final Annotations annotations;
    private final Problems problems;
    private final TypeElement type;
    private final EntityModel.PhysicalTable table;

    EntityParser(Annotations annotations, Problems problems, TypeElement type, EntityModel.PhysicalTable table) {
        this.annotations = annotations;
        this.problems = problems;
        this.type = type;
        this.table = table;
    }

    void checkAttributes(Map<AttributeModel, Element> attributes) {
        attributes.forEach((attribute, method) -> {
            if (attribute.role() != KeyRole.NONE) {
                String annotation = attribute.role() == KeyRole.PARTITION ? "Key" : "SortKey";
                problems.error(method, Message.ENTITY_KEY_ANNOTATION, attribute.accessor(), annotation, annotation);
            }
            if (table.reservedNames().contains(attribute.name())) {
                problems.error(method, Message.ENTITY_ATTRIBUTE_RESERVED, attribute.accessor(), attribute.name(),
                        table.name());
            }
        });
    }

    /** Returns the entity's model, or null after reporting its problems. */
    EntityModel entity(AnnotationMirror mirror, Collection<AttributeModel> attributes) {
        Map<String, AttributeModel> byAccessor = new LinkedHashMap<>();
        attributes.forEach(a -> byAccessor.put(a.accessor(), a));
        TemplateParser templates = new TemplateParser(problems, type, byAccessor);
        KeyTemplate partitionKey = templates.parse(annotations, mirror, "pk");
        KeyTemplate sortKey = templates.parse(annotations, mirror, "sk");
        List<EntityModel.EntityIndexModel> indexes = new ArrayList<>();
        boolean valid = partitionKey != null && sortKey != null;
        for (AnnotationValue value : annotations.list(mirror, "indexes")) {
            AnnotationMirror index = (AnnotationMirror) value.getValue();
            EntityModel.EntityIndexModel model = index(index, templates);
            valid &= model != null;
            if (model != null) {
                indexes.add(model);
            }
        }
        return valid ? new EntityModel(annotations.string(mirror, "type"), table, partitionKey, sortKey,
                List.copyOf(indexes)) : null;
    }

    private EntityModel.EntityIndexModel index(AnnotationMirror mirror, TemplateParser templates) {
        String name = annotations.string(mirror, "index");
        EntityModel.OverloadedIndexModel index = table.indexes().stream()
                .filter(i -> i.name().equals(name)).findFirst().orElse(null);
        if (index == null) {
            problems.error(type, mirror, annotations.value(mirror, "index"), Message.UNKNOWN_OVERLOADED_INDEX, name,
                    table.tableClass().simpleName().replaceAll("Table$", ""),
                    String.join(", ", table.indexes().stream().map(EntityModel.OverloadedIndexModel::name).toList()));
            return null;
        }
        KeyTemplate partitionKey = templates.parse(annotations, mirror, "pk");
        KeyTemplate sortKey = templates.parse(annotations, mirror, "sk");
        if (partitionKey == null || sortKey == null) {
            return null;
        }
        return new EntityModel.EntityIndexModel(index, partitionKey, sortKey, GeneratedNames.indexQueryMethod(name));
    }

    /** Returns the {@code @Entity} of an element, or null. */
    static AnnotationMirror entityOf(Annotations annotations, Element element) {
        return annotations.find(element, RuntimeNames.ENTITY);
    }
}
