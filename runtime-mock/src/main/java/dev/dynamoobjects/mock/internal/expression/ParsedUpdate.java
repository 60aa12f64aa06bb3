package dev.dynamoobjects.mock.internal.expression;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An update expression's actions. Every action's path is checked against the item first, as
 * DynamoDB reports an invalid path before an operand that names a missing attribute. SET values are
 * all computed from the item as it was (so {@code SET a = b, b = a} swaps); SET, ADD and DELETE
 * apply before REMOVE, and list elements are removed from the highest index down, so that every
 * index refers to the list as it was. SETs apply from the lowest index up, so that several past a
 * list's end append in index order, as DynamoDB appends them, whatever their order in the expression.
 */
final class ParsedUpdate implements Update {
    /** Orders paths so that a list's higher indexes come first. */
    private static final Comparator<UpdateAction.Remove> HIGHEST_INDEX_FIRST =
            (a, b) -> comparePaths(a.path(), b.path(), false);

    private final List<UpdateAction.Set> sets;
    /** The positions in {@code sets}, in the order the SETs apply. */
    private final List<Integer> setOrder = new ArrayList<>();
    private final List<UpdateAction.Add> adds;
    private final List<UpdateAction.Delete> deletes;
    private final List<UpdateAction.Remove> removes;
    private final List<Path> paths;
    private final Set<String> written;

    ParsedUpdate(List<UpdateAction> actions) {
        sets = new ArrayList<>();
        adds = new ArrayList<>();
        deletes = new ArrayList<>();
        removes = new ArrayList<>();
        paths = new ArrayList<>();
        Set<String> attributes = new LinkedHashSet<>();
        for (UpdateAction action : actions) {
            sort(action);
            paths.add(action.path());
            attributes.add(action.path().attribute());
        }
        removes.sort(HIGHEST_INDEX_FIRST);
        for (int i = 0; i < sets.size(); i++) {
            setOrder.add(i);
        }
        setOrder.sort((a, b) -> comparePaths(sets.get(a).path(), sets.get(b).path(), true));
        written = Set.copyOf(attributes);
    }

    private void sort(UpdateAction action) {
        if (action instanceof UpdateAction.Set set) {
            sets.add(set);
        } else if (action instanceof UpdateAction.Add add) {
            adds.add(add);
        } else if (action instanceof UpdateAction.Delete delete) {
            deletes.add(delete);
        } else {
            removes.add((UpdateAction.Remove) action);
        }
    }

    @Override
    public Map<String, AttributeValue> apply(Map<String, AttributeValue> item) {
        for (Path path : paths) {
            DocumentWriter.checkWritable(item, path);
        }
        AttributeValue[] values = new AttributeValue[sets.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = sets.get(i).value().evaluate(item);
        }
        Map<String, AttributeValue> updated = new HashMap<>(item);
        for (int i : setOrder) {
            DocumentWriter.put(updated, sets.get(i).path(), values[i]);
        }
        for (UpdateAction.Add add : adds) {
            AttributeValue current = add.path().resolve(updated);
            DocumentWriter.put(updated, add.path(), SetOperations.add(current, add.value()));
        }
        for (UpdateAction.Delete delete : deletes) {
            applyDelete(updated, delete);
        }
        for (UpdateAction.Remove remove : removes) {
            DocumentWriter.remove(updated, remove.path());
        }
        return updated;
    }

    private static void applyDelete(Map<String, AttributeValue> item, UpdateAction.Delete delete) {
        AttributeValue current = delete.path().resolve(item);
        if (current == null) {
            // Nothing to delete from; but the path must still lead somewhere, as for REMOVE.
            DocumentWriter.remove(item, delete.path());
            return;
        }
        AttributeValue rest = SetOperations.delete(current, delete.value());
        if (rest == null) {
            DocumentWriter.remove(item, delete.path());
        } else {
            DocumentWriter.put(item, delete.path(), rest);
        }
    }

    @Override
    public Map<String, AttributeValue> projectUpdated(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> projected = new HashMap<>();
        for (Path path : paths) {
            if (path.resolve(item) != null) {
                projected.put(path.attribute(), item.get(path.attribute()));
            }
        }
        return projected;
    }

    @Override
    public Set<String> writtenAttributes() {
        return written;
    }

    private static int comparePaths(Path a, Path b, boolean lowestIndexFirst) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            int order = compareSteps(a, b, i, lowestIndexFirst);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    private static int compareSteps(Path a, Path b, int i, boolean lowestIndexFirst) {
        if (a.isIndex(i) != b.isIndex(i)) {
            return a.isIndex(i) ? 1 : -1;
        }
        if (!a.isIndex(i)) {
            return a.name(i).compareTo(b.name(i));
        }
        return lowestIndexFirst ? Integer.compare(a.index(i), b.index(i)) : Integer.compare(b.index(i), a.index(i));
    }
}
