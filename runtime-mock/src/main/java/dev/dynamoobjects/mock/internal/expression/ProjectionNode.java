package dev.dynamoobjects.mock.internal.expression;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A projection's paths merged into a tree: a node either takes the whole value (a leaf) or some of
 * its map keys or list indexes. The paths are disjoint, so a node never needs both.
 */
final class ProjectionNode implements Projection {
    private boolean leaf;
    private final Map<String, ProjectionNode> fields = new LinkedHashMap<>();
    private final TreeMap<Integer, ProjectionNode> elements = new TreeMap<>();

    void add(Path path) {
        ProjectionNode node = this;
        for (int i = 0; i < path.length(); i++) {
            node = path.isIndex(i)
                    ? node.elements.computeIfAbsent(path.index(i), k -> new ProjectionNode())
                    : node.fields.computeIfAbsent(path.name(i), k -> new ProjectionNode());
        }
        node.leaf = true;
    }

    @Override
    public Set<String> attributes() {
        return Collections.unmodifiableSet(fields.keySet());
    }

    @Override
    public Map<String, AttributeValue> apply(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> projected = new LinkedHashMap<>();
        for (Map.Entry<String, ProjectionNode> field : fields.entrySet()) {
            AttributeValue value = item.get(field.getKey());
            AttributeValue part = value == null ? null : field.getValue().project(value);
            if (part != null) {
                projected.put(field.getKey(), part);
            }
        }
        return projected;
    }

    /** Returns the projected part of a value, or null when nothing of it is projected. */
    private AttributeValue project(AttributeValue value) {
        if (leaf) {
            return value;
        }
        if (!fields.isEmpty() && value.type() == AttributeValue.Type.M) {
            Map<String, AttributeValue> part = apply(value.m());
            return part.isEmpty() ? null : AttributeValue.fromM(part);
        }
        if (!elements.isEmpty() && value.type() == AttributeValue.Type.L) {
            List<AttributeValue> part = projectList(value.l());
            return part.isEmpty() ? null : AttributeValue.fromL(part);
        }
        return null;
    }

    private List<AttributeValue> projectList(List<AttributeValue> list) {
        List<AttributeValue> part = new ArrayList<>();
        for (Map.Entry<Integer, ProjectionNode> element : elements.entrySet()) {
            if (element.getKey() >= list.size()) {
                break;
            }
            AttributeValue projected = element.getValue().project(list.get(element.getKey()));
            if (projected != null) {
                part.add(projected);
            }
        }
        return part;
    }
}
