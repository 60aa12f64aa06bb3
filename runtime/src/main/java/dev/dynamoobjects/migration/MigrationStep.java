package dev.dynamoobjects.migration;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Upgrades an item from one schema version to the next by changing its attribute map in place.
 * It gets a private copy: what it changes reaches the stored item only when the record is saved.
 */
@FunctionalInterface
public interface MigrationStep {
    /** Changes {@code item} from the step's version to the next. */
    void apply(Map<String, AttributeValue> item) throws Exception;
}
