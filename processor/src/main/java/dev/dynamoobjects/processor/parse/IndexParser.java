package dev.dynamoobjects.processor.parse;

import dev.dynamoobjects.processor.Message;
import dev.dynamoobjects.processor.RuntimeNames;
import dev.dynamoobjects.processor.model.AttributeModel;
import dev.dynamoobjects.processor.model.GeneratedNames;
import dev.dynamoobjects.processor.model.IndexModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/** Reads the {@code @GlobalIndex} and {@code @LocalIndex} declarations of a record. */
final class IndexParser {
    private final Annotations annotations;
    private final Problems problems;
    private final TypeElement type;
    private final Map<String, AttributeModel> attributesByName;
    private final Set<String> names = new HashSet<>();
    /** The index that took each generated Java name (constant or query method). */
    private final Map<String, String> indexByJavaName = new HashMap<>();
    private final Set<String> attributeConstants = new HashSet<>();

    IndexParser(Annotations annotations, Problems problems, TypeElement type, Map<String, AttributeModel> attributesByName) {
        this.annotations = annotations;
        this.problems = problems;
        this.type = type;
        this.attributesByName = attributesByName;
        attributesByName.values().forEach(a -> attributeConstants.add(a.constantName()));
    }

    /** Returns the record's indexes, global ones first, each in declaration order. */
    List<IndexModel> parse(AttributeModel partitionKey, AttributeModel sortKey, boolean onDemand) {
        List<IndexModel> indexes = new ArrayList<>();
        for (AnnotationMirror mirror : annotations.findRepeated(type, RuntimeNames.GLOBAL_INDEX, RuntimeNames.GLOBAL_INDEXES)) {
            CapacityParser.Throughput capacity = new CapacityParser(annotations, problems).parse(type, mirror);
            // A one-sided or negative capacity is reported already.
            if (onDemand && capacity.read() > 0 && capacity.write() > 0) {
                problems.error(type, mirror, annotations.value(mirror, "capacity"), Message.INDEX_CAPACITY_ON_DEMAND,
                        annotations.string(mirror, "name"), type.getSimpleName());
            }
            indexes.add(index(mirror, true, keys(mirror, "partitionKey"), capacity.read(), capacity.write()));
        }
        int locals = 0;
        for (AnnotationMirror mirror : annotations.findRepeated(type, RuntimeNames.LOCAL_INDEX, RuntimeNames.LOCAL_INDEXES)) {
            checkLocal(mirror, partitionKey, sortKey, ++locals);
            indexes.add(index(mirror, false, partitionKey == null ? List.of() : List.of(partitionKey), 0, 0));
        }
        return indexes;
    }

    /** Reports a local index that DynamoDB refuses, or that would only repeat the table. */
    private void checkLocal(AnnotationMirror mirror, AttributeModel partitionKey, AttributeModel sortKey, int ordinal) {
        String name = annotations.string(mirror, "name");
        if (partitionKey != null && sortKey == null) {
            problems.error(type, mirror, Message.LOCAL_INDEX_WITHOUT_SORT_KEY, name, type.getSimpleName());
        }
        AnnotationValue indexSortKey = annotations.value(mirror, "sortKey");
        List<? extends AnnotationValue> sortKeys = annotations.list(mirror, "sortKey");
        if (sortKeys.size() != 1) {
            problems.error(type, mirror, indexSortKey, Message.LOCAL_INDEX_MULTI_ATTRIBUTE_KEY, name, sortKeys.size());
        } else if (sortKey != null && sortKey.name().equals(sortKeys.get(0).getValue())) {
            problems.error(type, mirror, indexSortKey, Message.LOCAL_INDEX_ON_TABLE_SORT_KEY, name, sortKey.name());
        }
        if (ordinal > DynamoRules.MAX_LOCAL_INDEXES) {
            problems.error(type, mirror, Message.LOCAL_INDEX_LIMIT, name, DynamoRules.MAX_LOCAL_INDEXES);
        }
    }

    private IndexModel index(AnnotationMirror mirror, boolean global, List<AttributeModel> partitionKeys, long read,
                             long write) {
        String name = name(mirror);
        List<AttributeModel> sortKeys = keys(mirror, "sortKey");
        checkRepeated(mirror, name, partitionKeys, sortKeys);
        String projection = annotations.enumConstant(mirror, "projection");
        List<String> include = include(mirror, name, projection);
        String constant = GeneratedNames.indexConstant(name, attributeConstants);
        String method = GeneratedNames.indexQueryMethod(name);
        if (javaName(mirror, name, method)) {
            javaName(mirror, name, constant);
        }
        return new IndexModel(name, global, partitionKeys, sortKeys, projection, include, read, write, constant, method);
    }

    /** Reports two indexes whose names differ only in what Java names cannot hold ({@code by-name}, {@code by_name}). */
    private boolean javaName(AnnotationMirror mirror, String indexName, String javaName) {
        String other = indexByJavaName.putIfAbsent(javaName, indexName);
        // The same name twice is DUPLICATE_INDEX_NAME, reported already.
        boolean clash = other != null && !other.equals(indexName);
        if (clash) {
            problems.error(type, mirror, annotations.value(mirror, "name"), Message.INDEX_JAVA_NAME_CLASH,
                    other, indexName, javaName);
        }
        return !clash;
    }

    private String name(AnnotationMirror mirror) {
        String name = annotations.string(mirror, "name");
        AnnotationValue value = annotations.value(mirror, "name");
        if (!DynamoRules.validTableOrIndexName(name)) {
            problems.error(type, mirror, value, Message.INVALID_INDEX_NAME, name);
        } else if (!names.add(name)) {
            problems.error(type, mirror, value, Message.DUPLICATE_INDEX_NAME, name, type.getSimpleName());
        }
        return name;
    }

    /**
     * Returns the attributes an index names as a partition or sort key ({@code member}), in key
     * order, reporting too many, an unknown or a non-scalar one (and leaving the unknown ones out).
     */
    private List<AttributeModel> keys(AnnotationMirror mirror, String member) {
        AnnotationValue value = annotations.value(mirror, member);
        List<? extends AnnotationValue> values = annotations.list(mirror, member);
        String indexName = annotations.string(mirror, "name");
        if (values.size() > DynamoRules.MAX_INDEX_KEY_ATTRIBUTES) {
            problems.error(type, mirror, value, Message.INDEX_TOO_MANY_KEY_ATTRIBUTES, indexName, values.size(), member,
                    DynamoRules.MAX_INDEX_KEY_ATTRIBUTES);
        }
        if (values.isEmpty() && member.equals("partitionKey")) {
            problems.error(type, mirror, value, Message.INDEX_NO_PARTITION_KEY, indexName);
        }
        List<AttributeModel> keys = new ArrayList<>();
        for (AnnotationValue element : values) {
            AttributeModel attribute = attribute(mirror, element, value);
            if (attribute != null && !AttributeParser.isKeyType(attribute.type())) {
                problems.error(type, mirror, value, Message.INDEX_KEY_TYPE, indexName, attribute.name(),
                        attribute.type().javaType());
            }
            if (attribute != null) {
                keys.add(attribute);
            }
        }
        return keys;
    }

    /** Reports an attribute an index's key lists twice: in both keys (the classic case) or in one. */
    private void checkRepeated(AnnotationMirror mirror, String name, List<AttributeModel> partitionKeys,
                               List<AttributeModel> sortKeys) {
        Set<AttributeModel> seen = new HashSet<>();
        for (AttributeModel attribute : partitionKeys) {
            if (!seen.add(attribute)) {
                problems.error(type, mirror, annotations.value(mirror, "partitionKey"),
                        Message.INDEX_REPEATED_KEY_ATTRIBUTE, name, attribute.name());
            }
        }
        Set<AttributeModel> sorts = new HashSet<>();
        for (AttributeModel attribute : sortKeys) {
            if (partitionKeys.contains(attribute)) {
                problems.error(type, mirror, annotations.value(mirror, "sortKey"), Message.INDEX_SAME_KEYS,
                        name, attribute.name());
            } else if (!sorts.add(attribute)) {
                problems.error(type, mirror, annotations.value(mirror, "sortKey"),
                        Message.INDEX_REPEATED_KEY_ATTRIBUTE, name, attribute.name());
            }
        }
    }

    private AttributeModel attribute(AnnotationMirror mirror, AnnotationValue value) {
        return attribute(mirror, value, value);
    }

    /** Returns the attribute {@code element} names, reporting an unknown one on {@code site} (its member's value). */
    private AttributeModel attribute(AnnotationMirror mirror, AnnotationValue element, AnnotationValue site) {
        String attributeName = (String) element.getValue();
        AttributeModel attribute = attributesByName.get(attributeName);
        if (attribute == null) {
            problems.error(type, mirror, site, Message.INDEX_UNKNOWN_ATTRIBUTE, annotations.string(mirror, "name"),
                    attributeName, type.getSimpleName(), String.join(", ", attributesByName.keySet()));
        }
        return attribute;
    }

    private List<String> include(AnnotationMirror mirror, String indexName, String projection) {
        List<String> include = new ArrayList<>();
        for (AnnotationValue value : annotations.list(mirror, "include")) {
            if (attribute(mirror, value) != null) {
                include.add((String) value.getValue());
            }
        }
        if (!include.isEmpty() && !projection.equals("INCLUDE")) {
            problems.error(type, mirror, annotations.value(mirror, "include"),
                    Message.INCLUDE_WITHOUT_INCLUDE_PROJECTION, indexName, projection);
        }
        return include;
    }
}
