package dev.dynamoobjects.processor.model;

import com.squareup.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A validated {@code @Record} or {@code @Document} interface, ready to write.
 *
 * @param type        the interface
 * @param names       the generated classes' names
 * @param attributes  its attributes, in declaration order
 * @param derived     its {@code @Derived} methods, computed by the interface and never stored
 * @param table       its table, or null for a document
 * @param originating the interface's element, the originating element of every generated file
 * @param entity      what makes it an entity of a single table, or null
 */
public record RecordModel(
        ClassName type, GeneratedNames names, List<AttributeModel> attributes, List<String> derived,
        TableModel table, TypeElement originating, EntityModel entity) {

    /** Returns true for an entity of a single table, whose keys are templates. */
    public boolean isEntity() {
        return entity != null;
    }

    /** Returns true for a {@code @Record}, false for a {@code @Document}. */
    public boolean hasTable() {
        return table != null;
    }

    /** Returns true for a Java record, which needs no generated implementation. */
    public boolean isJavaRecord() {
        return names.immutable().equals(type);
    }

    /** Returns the attribute the library maintains in this way, or null. */
    public AttributeModel managed(Managed managed) {
        return attributes.stream().filter(a -> a.managed() == managed).findFirst().orElse(null);
    }

    /** Returns true when the generated table fills in values or calls a hook before each write. */
    public boolean hasBeforeWrite() {
        return table != null && (table.beforeWrite() != null
                || attributes.stream().anyMatch(a -> a.managed().filledBeforeWrite()));
    }

    /**
     * Returns the key attributes, partition key first; for an entity, the attributes its key
     * templates name; empty for a document.
     */
    public List<AttributeModel> keys() {
        if (entity != null) {
            return entity.keyAttributes();
        }
        if (table == null) {
            return List.of();
        }
        return table.sortKey() == null
                ? List.of(table.partitionKey()) : List.of(table.partitionKey(), table.sortKey());
    }
}
