package dev.dynamoobjects.processor.parse;

import com.squareup.javapoet.ClassName;
import dev.dynamoobjects.processor.Message;
import dev.dynamoobjects.processor.RuntimeNames;
import dev.dynamoobjects.processor.model.EntityModel;
import dev.dynamoobjects.processor.model.GeneratedNames;
import dev.dynamoobjects.processor.model.RecordModel;
import dev.dynamoobjects.processor.model.SingleTableModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Turns a {@code @SingleTable} sealed interface and the {@code @Entity} types it permits into a
 * validated model, reporting every problem: the table's shape, each entity's attributes and
 * templates, and what entities must not share (a type value, keys that could be equal).
 */
public final class SingleTableParser {
    private final RecordParser records;
    private final Annotations annotations;

    public SingleTableParser(ProcessingEnvironment environment, RecordParser records) {
        this.records = records;
        this.annotations = new Annotations(environment.getElementUtils());
    }

    /** Parses a type annotated with {@code @SingleTable}; empty when it or one of its entities has a problem. */
    public Optional<SingleTableModel> parse(TypeElement type) {
        Problems problems = records.problems();
        AnnotationMirror mirror = annotations.find(type, RuntimeNames.SINGLE_TABLE);
        if (type.getKind() != ElementKind.INTERFACE || !type.getModifiers().contains(Modifier.SEALED)) {
            problems.error(type, mirror, Message.SINGLE_TABLE_NOT_SEALED, type.getSimpleName(), type.getSimpleName());
            return Optional.empty();
        }
        String tableName = annotations.string(mirror, "name");
        if (!DynamoRules.validTableOrIndexName(tableName)) {
            problems.error(type, mirror, annotations.value(mirror, "name"), Message.INVALID_TABLE_NAME, tableName);
        }
        EntityModel.PhysicalTable table = new EntityModel.PhysicalTable(GeneratedNames.singleTable(ClassName.get(type)),
                tableName, annotations.string(mirror, "partitionKey"), annotations.string(mirror, "sortKey"),
                annotations.string(mirror, "typeAttribute"), indexes(type, mirror, problems), streamView(type));
        List<RecordModel> entities = new ArrayList<>();
        for (TypeMirror permitted : type.getPermittedSubclasses()) {
            TypeElement entity = (TypeElement) ((DeclaredType) permitted).asElement();
            if (EntityParser.entityOf(annotations, entity) == null) {
                problems.error(type, mirror, Message.PERMITTED_NOT_ENTITY, entity.getSimpleName(), type.getSimpleName());
                continue;
            }
            RecordModel model = records.parseEntity(entity, table, problems);
            if (model != null) {
                entities.add(model);
            }
        }
        new EntityOverlaps(annotations, problems).check(entities);
        if (problems.any()) {
            return Optional.empty();
        }
        return Optional.of(new SingleTableModel(ClassName.get(type), table, List.copyOf(entities),
                Collections.of(entities), type));
    }

    private List<EntityModel.OverloadedIndexModel> indexes(TypeElement type, AnnotationMirror mirror, Problems problems) {
        List<EntityModel.OverloadedIndexModel> indexes = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (AnnotationValue value : annotations.list(mirror, "indexes")) {
            AnnotationMirror index = (AnnotationMirror) value.getValue();
            String name = annotations.string(index, "name");
            if (!DynamoRules.validTableOrIndexName(name)) {
                problems.error(type, index, annotations.value(index, "name"), Message.INVALID_INDEX_NAME, name);
            } else if (!names.add(name)) {
                problems.error(type, index, annotations.value(index, "name"), Message.DUPLICATE_INDEX_NAME, name,
                        type.getSimpleName());
            }
            String partitionKey = annotations.string(index, "partitionKey");
            String sortKey = annotations.string(index, "sortKey");
            indexes.add(new EntityModel.OverloadedIndexModel(name, partitionKey.isEmpty() ? name + "pk" : partitionKey,
                    sortKey.isEmpty() ? name + "sk" : sortKey, GeneratedNames.indexConstant(name, Set.of())));
        }
        return List.copyOf(indexes);
    }

    /**
     * Reports an {@code @Entity} that extends no {@code @SingleTable} interface, and so is no
     * table's: a permitted one is parsed with its table.
     */
    public void checkBelongs(TypeElement entity) {
        List<TypeMirror> supertypes = new ArrayList<>(entity.getInterfaces());
        boolean belongs = supertypes.stream().map(t -> ((DeclaredType) t).asElement())
                .anyMatch(e -> annotations.find(e, RuntimeNames.SINGLE_TABLE) != null);
        if (!belongs) {
            Problems problems = records.problems();
            problems.error(entity, EntityParser.entityOf(annotations, entity), Message.ENTITY_WITHOUT_TABLE,
                    entity.getSimpleName());
        }
    }

    /** Groups the entities whose partition key templates are the same text: one Query reads them together. */
    private static final class Collections {
        static List<SingleTableModel.Collection> of(List<RecordModel> entities) {
            Map<String, List<RecordModel>> byTemplate = new LinkedHashMap<>();
            for (RecordModel entity : entities) {
                byTemplate.computeIfAbsent(signature(entity), k -> new ArrayList<>()).add(entity);
            }
            List<SingleTableModel.Collection> collections = new ArrayList<>();
            for (List<RecordModel> members : byTemplate.values()) {
                if (members.size() < 2) {
                    continue;
                }
                ClassName first = members.get(0).type();
                collections.add(new SingleTableModel.Collection(GeneratedNames.collectionMethod(first),
                        members.get(0).entity().table().tableClass().nestedClass(GeneratedNames.collectionResult(first)),
                        List.copyOf(members)));
            }
            return collections;
        }

        /** The template and its placeholders' Java types: the same text over other types is another collection. */
        private static String signature(RecordModel entity) {
            StringBuilder signature = new StringBuilder(entity.entity().partitionKey().text());
            entity.entity().partitionKey().placeholders().forEach(p -> signature.append('|').append(p.attribute().type().javaType()));
            return signature.toString();
        }
    }

    /** Returns the view of the sealed interface's {@code @Stream}, or null when the table has no stream. */
    private String streamView(TypeElement type) {
        AnnotationMirror stream = annotations.find(type, RuntimeNames.STREAM);
        return stream == null ? null : annotations.enumConstant(stream, "value");
    }
}
