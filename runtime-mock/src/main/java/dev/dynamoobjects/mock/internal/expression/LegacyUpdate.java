package dev.dynamoobjects.mock.internal.expression;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeAction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate;

/**
 * The legacy {@code AttributeUpdates} parameter of UpdateItem: PUT (the default) sets an attribute,
 * DELETE removes it or, given a set, removes those elements, ADD adds to a number, unites sets,
 * appends to a list, or creates the attribute.
 *
 * <pre>{@code
 * Update update = LegacyUpdate.of(request.attributeUpdates());
 * }</pre>
 */
public final class LegacyUpdate implements Update {
    private final Map<String, AttributeValueUpdate> updates;
    private final Set<String> written;

    private LegacyUpdate(Map<String, AttributeValueUpdate> updates) {
        this.updates = updates;
        this.written = Set.copyOf(updates.keySet());
    }

    /** Checks the updates as DynamoDB does and returns them ready to apply. */
    public static Update of(Map<String, AttributeValueUpdate> updates) {
        Map<String, AttributeValueUpdate> checked = new LinkedHashMap<>(updates);
        checked.values().forEach(LegacyUpdate::check);
        return new LegacyUpdate(checked);
    }

    private static void check(AttributeValueUpdate update) {
        AttributeValue value = update.value();
        AttributeAction action = actionOf(update);
        if (value == null) {
            if (action != AttributeAction.DELETE) {
                throw DynamoErrors.validation(ExpressionMessages.legacyValueRequiredForAction());
            }
            return;
        }
        String problem = AttributeMaps.problemWith(value);
        if (problem != null) {
            throw DynamoErrors.validation(problem);
        }
        if (action == AttributeAction.ADD && value.type() != AttributeValue.Type.N && value.type() != AttributeValue.Type.L
                && !TypeNames.isSet(value)) {
            throw DynamoErrors.validation(ExpressionMessages.legacyAddType(TypeNames.longName(value)));
        }
        if (action == AttributeAction.DELETE && !TypeNames.isSet(value)) {
            throw DynamoErrors.validation(ExpressionMessages.legacyDeleteType(TypeNames.longName(value)));
        }
    }

    /** DynamoDB's default action is PUT. */
    private static AttributeAction actionOf(AttributeValueUpdate update) {
        return update.action() == null ? AttributeAction.PUT : update.action();
    }

    @Override
    public boolean createsItem() {
        return updates.isEmpty()
                || updates.values().stream().anyMatch(update -> actionOf(update) != AttributeAction.DELETE);
    }

    @Override
    public Map<String, AttributeValue> apply(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> updated = new HashMap<>(item);
        for (Map.Entry<String, AttributeValueUpdate> entry : updates.entrySet()) {
            apply(updated, entry.getKey(), actionOf(entry.getValue()), entry.getValue().value());
        }
        return updated;
    }

    private static void apply(Map<String, AttributeValue> item, String attribute, AttributeAction action,
                              AttributeValue value) {
        AttributeValue current = item.get(attribute);
        if (action == AttributeAction.PUT) {
            item.put(attribute, value);
        } else if (value == null) {
            item.remove(attribute);
        } else if (current == null) {
            if (action == AttributeAction.ADD) {
                item.put(attribute, value);
            }
        } else if (current.type() != value.type()) {
            throw DynamoErrors.validation(ExpressionMessages.legacyTypeMismatch());
        } else if (action == AttributeAction.ADD) {
            item.put(attribute, value.type() == AttributeValue.Type.L ? appended(current, value)
                    : SetOperations.add(current, value));
        } else {
            AttributeValue rest = SetOperations.delete(current, value);
            if (rest == null) {
                item.remove(attribute);
            } else {
                item.put(attribute, rest);
            }
        }
    }

    private static AttributeValue appended(AttributeValue list, AttributeValue tail) {
        List<AttributeValue> joined = new ArrayList<>(list.l());
        joined.addAll(tail.l());
        return AttributeValue.fromL(joined);
    }

    @Override
    public Map<String, AttributeValue> projectUpdated(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> projected = new HashMap<>();
        for (String attribute : updates.keySet()) {
            AttributeValue value = item.get(attribute);
            if (value != null) {
                projected.put(attribute, value);
            }
        }
        return projected;
    }

    @Override
    public Set<String> writtenAttributes() {
        return written;
    }
}
