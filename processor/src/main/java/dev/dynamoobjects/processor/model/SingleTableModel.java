package dev.dynamoobjects.processor.model;

import com.squareup.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A validated {@code @SingleTable} sealed interface and its entities.
 *
 * @param type        the sealed interface
 * @param table       the physical table
 * @param entities    the entities, in {@code permits} order
 * @param collections the item collections: entities that share a partition key template
 * @param originating the sealed interface's element
 */
public record SingleTableModel(ClassName type, EntityModel.PhysicalTable table, List<RecordModel> entities,
        List<Collection> collections, TypeElement originating) {

    /**
     * Entities whose items share partition keys, so that one Query reads them together.
     *
     * @param method  the table class's method ({@code customerCollection})
     * @param result  the nested class of its result ({@code CustomerCollection})
     * @param members the entities, the first one's key attributes the method's parameters
     */
    public record Collection(String method, ClassName result, List<RecordModel> members) {
    }
}
