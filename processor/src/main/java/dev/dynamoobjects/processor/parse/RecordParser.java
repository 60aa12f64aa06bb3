package dev.dynamoobjects.processor.parse;

import com.squareup.javapoet.ClassName;
import com.sun.source.util.Trees;
import dev.dynamoobjects.processor.Message;
import dev.dynamoobjects.processor.RuntimeNames;
import dev.dynamoobjects.processor.model.AttributeModel;
import dev.dynamoobjects.processor.model.EntityModel;
import dev.dynamoobjects.processor.model.GeneratedNames;
import dev.dynamoobjects.processor.model.IndexModel;
import dev.dynamoobjects.processor.model.KeyRole;
import dev.dynamoobjects.processor.model.RecordModel;
import dev.dynamoobjects.processor.model.TableModel;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Turns a {@code @Record} or {@code @Document} interface into a validated model, reporting every
 * problem it finds; returns nothing when there was one.
 */
public final class RecordParser {
    private final Messager messager;
    private final Types types;
    private final Annotations annotations;
    private final AnnotationSites sites;
    private final StoredDefaults storedDefaults;

    /** @param trees javac's tree API, to place errors precisely; null under another compiler */
    /** Returns a record's reporter; a single table's parser reports its entities' problems with it. */
    Problems problems() {
        return new Problems(messager, sites);
    }

    public RecordParser(ProcessingEnvironment environment, Trees trees) {
        this.messager = environment.getMessager();
        this.types = environment.getTypeUtils();
        this.annotations = new Annotations(environment.getElementUtils());
        this.sites = new AnnotationSites(trees);
        this.storedDefaults = new StoredDefaults(trees, environment.getElementUtils());
    }

    /** Parses an element annotated with {@code @Record} ({@code record} true) or {@code @Document}. */
    public Optional<RecordModel> parse(TypeElement type, boolean record) {
        Problems problems = new Problems(messager, sites);
        String annotationName = record ? RuntimeNames.RECORD : RuntimeNames.DOCUMENT;
        String annotation = annotationName.substring(annotationName.lastIndexOf('.') + 1);
        AnnotationMirror mirror = annotations.find(type, annotationName);
        boolean javaRecord = type.getKind() == ElementKind.RECORD;
        if (type.getKind() != ElementKind.INTERFACE && !javaRecord) {
            problems.error(type, mirror, Message.NOT_AN_INTERFACE, annotation, type.getSimpleName());
            return Optional.empty();
        }
        if (!type.getTypeParameters().isEmpty()) {
            problems.error(type, Message.GENERIC_TYPE, annotation, type.getSimpleName());
        }
        if (type.getModifiers().contains(Modifier.PRIVATE)) {
            problems.error(type, Message.PRIVATE_TYPE, annotation, type.getSimpleName());
        }
        List<String> derived = new DerivedMethods(annotations, problems).check(type);
        Map<AttributeModel, Element> attributes = attributes(type, annotation, record, problems);
        TableModel table = record ? table(type, mirror, attributes, problems) : null;
        if (!record) {
            recordOnlyOnType(type, problems);
        }
        if (problems.any()) {
            return Optional.empty();
        }
        ClassName name = ClassName.get(type);
        return Optional.of(new RecordModel(name, GeneratedNames.of(name, javaRecord), List.copyOf(attributes.keySet()),
                List.copyOf(derived), table, type, null));
    }

    /**
     * Parses an {@code @Entity} of a single table: its attributes as a record's, its keys from its
     * templates; reports into the table's problems, and returns null when there was one.
     */
    RecordModel parseEntity(TypeElement type, EntityModel.PhysicalTable table, Problems problems) {
        AnnotationMirror mirror = annotations.find(type, RuntimeNames.ENTITY);
        boolean javaRecord = type.getKind() == ElementKind.RECORD;
        if (type.getKind() != ElementKind.INTERFACE && !javaRecord) {
            problems.error(type, mirror, Message.NOT_AN_INTERFACE, "Entity", type.getSimpleName());
            return null;
        }
        List<String> derived = new DerivedMethods(annotations, problems).check(type);
        Map<AttributeModel, Element> attributes = attributes(type, "Entity", true, problems);
        EntityParser entities = new EntityParser(annotations, problems, type, table);
        entities.checkAttributes(attributes);
        WriteBehaviourParser behaviour = new WriteBehaviourParser(annotations, problems, types, type);
        behaviour.onlyOneEach(attributes);
        AnnotationMirror schemaVersion = annotations.find(type, RuntimeNames.SCHEMA_VERSION);
        if (schemaVersion != null) {
            problems.error(type, schemaVersion, Message.ENTITY_ONLY_RECORDS,
                    ManagedAttributes.simpleName(RuntimeNames.SCHEMA_VERSION));
        }
        AnnotationMirror stream = annotations.find(type, RuntimeNames.STREAM);
        if (stream != null) {
            problems.error(type, stream, Message.ENTITY_STREAM, type.getSimpleName());
        }
        EntityModel entity = entities.entity(mirror, attributes.keySet());
        TableModel tableModel = new TableModel(table.name(), null, null, List.of(), 0, 0, null,
                behaviour.beforeWrite(), behaviour.counterBlock(attributes), null);
        if (problems.any() || entity == null) {
            return null;
        }
        ClassName name = ClassName.get(type);
        return new RecordModel(name, GeneratedNames.of(name, javaRecord), List.copyOf(attributes.keySet()),
                List.copyOf(derived), tableModel, type, entity);
    }

    private Map<AttributeModel, Element> attributes(
            TypeElement type, String annotation, boolean record, Problems problems) {
        AttributeParser parser = new AttributeParser(annotations, problems, types, record);
        Map<AttributeModel, Element> attributes = new LinkedHashMap<>();
        Map<String, String> accessorByName = new HashMap<>();
        Map<String, String> accessorByConstant = new HashMap<>();
        for (Element method : Accessors.of(type)) {
            if (method instanceof ExecutableElement e && !e.isDefault() && !checkAbstract(e, annotation, type, problems)) {
                continue;
            }
            if (method instanceof ExecutableElement e && e.isDefault()) {
                storedDefaults.check(type, e, problems);
            }
            TypeMirror asMember = types.asMemberOf((DeclaredType) type.asType(), method);
            TypeMirror valueType = asMember instanceof ExecutableType executable ? executable.getReturnType() : asMember;
            AttributeModel attribute = parser.parse(method, valueType);
            if (attribute == null) {
                continue;
            }
            checkGeneratedNameClash(type, method, attribute, problems);
            String other = accessorByName.putIfAbsent(attribute.name(), attribute.accessor());
            if (other != null) {
                problems.error(method, Message.DUPLICATE_ATTRIBUTE_NAME, other, attribute.accessor(), attribute.name());
            }
            other = accessorByConstant.putIfAbsent(attribute.constantName(), attribute.accessor());
            if (other != null) {
                problems.error(method, Message.DUPLICATE_CONSTANT, other, attribute.accessor(), attribute.constantName());
            }
            attributes.put(attribute, method);
        }
        return attributes;
    }

    /** Reports an accessor of an interface that the immutable class would declare or override with another meaning. */
    private static void checkGeneratedNameClash(TypeElement type, Element method, AttributeModel attribute,
                                                Problems problems) {
        if (type.getKind() == ElementKind.RECORD || !GeneratedNames.clashesWithImmutable(attribute.accessor())) {
            return;
        }
        String immutable = GeneratedNames.of(ClassName.get(type), false).immutable().simpleName();
        problems.error(method, Message.ACCESSOR_NAME_TAKEN, attribute.accessor(), immutable,
                attribute.accessor() + "Value", attribute.name());
    }

    /**
     * Reports {@code @SchemaVersion}, {@code @Stream} and {@code @BeforeWrite} on a document, which is
     * never written alone.
     */
    private void recordOnlyOnType(TypeElement type, Problems problems) {
        for (String tableOnly : List.of(RuntimeNames.SCHEMA_VERSION, RuntimeNames.STREAM)) {
            AnnotationMirror annotation = annotations.find(type, tableOnly);
            if (annotation != null) {
                problems.error(type, annotation, Message.ONLY_ON_RECORDS, ManagedAttributes.simpleName(tableOnly));
            }
        }
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            AnnotationMirror beforeWrite = annotations.find(method, RuntimeNames.BEFORE_WRITE);
            if (beforeWrite != null) {
                problems.error(method, beforeWrite, Message.ONLY_ON_RECORDS,
                        ManagedAttributes.simpleName(RuntimeNames.BEFORE_WRITE));
            }
        }
    }

    private static boolean checkAbstract(ExecutableElement method, String annotation, TypeElement type, Problems problems) {
        if (!method.getParameters().isEmpty()) {
            problems.error(method, Message.ACCESSOR_WITH_PARAMETERS, method, annotation, type.getSimpleName());
            return false;
        }
        if (method.getReturnType().getKind() == TypeKind.VOID) {
            problems.error(method, Message.ACCESSOR_RETURNS_VOID, method.getSimpleName(), annotation, type.getSimpleName());
            return false;
        }
        return true;
    }

    private TableModel table(TypeElement type, AnnotationMirror mirror,
                             Map<AttributeModel, Element> attributes, Problems problems) {
        String tableName = annotations.string(mirror, "table");
        if (!DynamoRules.validTableOrIndexName(tableName)) {
            problems.error(type, mirror, annotations.value(mirror, "table"), Message.INVALID_TABLE_NAME, tableName);
        }
        AttributeModel partitionKey = single(attributes, KeyRole.PARTITION, Message.TWO_PARTITION_KEYS, type, problems);
        AttributeModel sortKey = single(attributes, KeyRole.SORT, Message.TWO_SORT_KEYS, type, problems);
        WriteBehaviourParser behaviour = new WriteBehaviourParser(annotations, problems, types, type);
        behaviour.onlyOneEach(attributes);
        if (partitionKey == null && attributes.values().stream().noneMatch(m -> annotations.find(m, RuntimeNames.KEY) != null)) {
            problems.error(type, mirror, Message.NO_PARTITION_KEY, type.getSimpleName());
        }
        Map<String, AttributeModel> byName = new LinkedHashMap<>();
        attributes.keySet().forEach(a -> byName.putIfAbsent(a.name(), a));
        CapacityParser.Throughput capacity = new CapacityParser(annotations, problems).parse(type, mirror);
        List<IndexModel> indexes = new IndexParser(annotations, problems, type, byName)
                .parse(partitionKey, sortKey, capacity.onDemand());
        KeyParameterNames.check(partitionKey, sortKey, indexes, attributes, problems);
        return new TableModel(tableName, partitionKey, sortKey, indexes, capacity.read(), capacity.write(),
                behaviour.schemaVersion(byName), behaviour.beforeWrite(), behaviour.counterBlock(attributes),
                streamView(type));
    }

    /** Returns the view of the record's {@code @Stream}, or null when its table has no stream. */
    private String streamView(TypeElement type) {
        AnnotationMirror stream = annotations.find(type, RuntimeNames.STREAM);
        return stream == null ? null : annotations.enumConstant(stream, "value");
    }

    /** Returns the one attribute with a key role, reporting every further one. */
    private static AttributeModel single(Map<AttributeModel, Element> attributes, KeyRole role,
                                         Message twice, TypeElement type, Problems problems) {
        AttributeModel first = null;
        for (Map.Entry<AttributeModel, Element> entry : attributes.entrySet()) {
            if (entry.getKey().role() != role) {
                continue;
            }
            if (first == null) {
                first = entry.getKey();
            } else {
                problems.error(entry.getValue(), twice, type.getSimpleName(), first.accessor());
            }
        }
        return first;
    }
}
