package dev.dynamoobjects.processor.model;

import com.squareup.javapoet.ClassName;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What makes a record an entity of a single table.
 *
 * @param typeValue    the value of the table's type attribute on its items
 * @param table        the table's physical attributes
 * @param partitionKey the partition key template
 * @param sortKey      the sort key template
 * @param indexes      its keys in the table's overloaded indexes
 */
public record EntityModel(String typeValue, PhysicalTable table, KeyTemplate partitionKey, KeyTemplate sortKey,
        List<EntityIndexModel> indexes) {

    /**
     * The physical attributes of a single table.
     *
     * @param tableClass    the generated class of the table ({@code ShopTable})
     * @param name          the table name
     * @param partitionKey  the partition key attribute
     * @param sortKey       the sort key attribute
     * @param typeAttribute the attribute holding each item's entity type
     * @param indexes       the overloaded indexes
     * @param streamView    the {@code StreamView} constant of the sealed interface's {@code @Stream}, or null
     */
    public record PhysicalTable(ClassName tableClass, String name, String partitionKey, String sortKey,
            String typeAttribute, List<OverloadedIndexModel> indexes, String streamView) {

        /** Returns the attribute names the table uses itself, which no entity attribute may take. */
        public Set<String> reservedNames() {
            Set<String> names = indexes.stream().flatMap(i -> Stream.of(i.partitionKey(), i.sortKey()))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            names.add(partitionKey);
            names.add(sortKey);
            names.add(typeAttribute);
            return names;
        }
    }

    /**
     * An overloaded global index.
     *
     * @param constantName the table class's constant holding its name
     */
    public record OverloadedIndexModel(String name, String partitionKey, String sortKey, String constantName) {
    }

    /**
     * An entity's templates in one overloaded index.
     *
     * @param queryMethod the entity table's method that queries it ({@code queryGsi1})
     */
    public record EntityIndexModel(OverloadedIndexModel index, KeyTemplate partitionKey, KeyTemplate sortKey,
            String queryMethod) {
    }

    /** Returns the attributes named by the table's key templates, in order: the parameters of a key. */
    public List<AttributeModel> keyAttributes() {
        return Stream.concat(partitionKey.placeholders().stream(), sortKey.placeholders().stream())
                .map(KeyTemplate.Placeholder::attribute).distinct().toList();
    }

    /** Returns true when some key template (of the table or an index) names the attribute: it has no updates. */
    public boolean inTemplate(AttributeModel attribute) {
        return Stream.concat(Stream.of(partitionKey, sortKey),
                        indexes.stream().flatMap(i -> Stream.of(i.partitionKey(), i.sortKey())))
                .flatMap(t -> t.placeholders().stream()).anyMatch(p -> p.attribute().equals(attribute));
    }
}
