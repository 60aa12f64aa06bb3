package dev.dynamoobjects.mock.internal.expression;

import dev.dynamoobjects.mock.internal.expression.KeyConditions.KeyTerm;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The rules of a key condition on a global index with a multi-attribute key, as DynamoDB documents
 * them (Developer Guide, "Multi-attribute keys pattern"): an equality on every partition attribute;
 * sort attributes conditioned left to right without a gap, each with an equality except the last,
 * which may have any sort-key condition ({@code < <= > >=}, BETWEEN, begins_with).
 */
final class MultiKeyConditions {
    private MultiKeyConditions() {
    }

    static KeyCondition build(List<KeyTerm> terms, KeySchema keys) {
        Map<String, KeyTerm> byName = new HashMap<>();
        terms.forEach(term -> byName.put(term.attribute(), term));
        List<String> names = keys.names();
        for (KeyTerm term : terms) {
            if (!names.contains(term.attribute())) {
                throw KeyConditions.fail(ExpressionMessages.missedKeyElement(firstMissing(keys, byName)));
            }
        }
        List<AttributeValue> partition = new ArrayList<>();
        for (KeySchema.Part part : keys.partition()) {
            KeyTerm term = byName.get(part.name());
            if (term == null) {
                throw KeyConditions.fail(ExpressionMessages.missedKeyElement(part.name()));
            }
            if (term.operator() != KeyTerm.Operator.EQ) {
                throw KeyConditions.fail(ExpressionMessages.keyConditionNotSupported());
            }
            KeyConditions.checkType(term, part.type());
            partition.add(term.first());
        }
        return new MultiKeyCondition(keys.partition().stream().map(KeySchema.Part::name).toList(), partition,
                sortTerms(keys, byName));
    }

    /** Returns the sort terms in key order, with an error for a gap or a term after a range condition. */
    private static List<KeyTerm> sortTerms(KeySchema keys, Map<String, KeyTerm> byName) {
        List<KeySchema.Part> parts = keys.sort();
        List<KeyTerm> sort = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            KeyTerm term = byName.get(parts.get(i).name());
            if (term == null) {
                continue;
            }
            for (int j = 0; j < i; j++) {
                KeyTerm before = byName.get(parts.get(j).name());
                if (before == null || before.operator() != KeyTerm.Operator.EQ) {
                    throw KeyConditions.fail(ExpressionMessages.sortAttributeOutOfOrder(parts.get(i).name(),
                            parts.get(j).name()));
                }
            }
            KeyConditions.checkType(term, parts.get(i).type());
            sort.add(term);
        }
        return sort;
    }

    private static String firstMissing(KeySchema keys, Map<String, KeyTerm> byName) {
        return keys.names().stream().filter(name -> !byName.containsKey(name)).findFirst()
                .orElse(keys.partitionKey());
    }
}
