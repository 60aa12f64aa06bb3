package dev.dynamoobjects.mock.internal.expression;

import dev.dynamoobjects.mock.internal.expression.KeyConditions.KeyTerm;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A key condition on a multi-attribute key: the values of the partition attributes and the
 * conditions on a leading run of sort attributes (equalities, then at most one range condition
 * last). Ordered left to right, the matching sort keys are contiguous, as a single attribute's are;
 * the bounds this reports are those of the last sort condition.
 */
public final class MultiKeyCondition implements KeyCondition {
    private final List<String> partitionNames;
    private final List<AttributeValue> partitionValues;
    private final List<KeyTerm> sortTerms;
    /** Each sort term as a range of its attribute's values, to test items with. */
    private final List<SortKeyRange> sortRanges;
    private final SortKeyRange last;

    MultiKeyCondition(List<String> partitionNames, List<AttributeValue> partitionValues, List<KeyTerm> sortTerms) {
        this.partitionNames = List.copyOf(partitionNames);
        this.partitionValues = List.copyOf(partitionValues);
        this.sortTerms = List.copyOf(sortTerms);
        this.sortRanges = sortTerms.stream().map(term -> new SortKeyRange(null, term)).toList();
        this.last = new SortKeyRange(partitionValues.get(0),
                sortTerms.isEmpty() ? null : sortTerms.get(sortTerms.size() - 1));
    }

    /** Returns every value the condition compares a key attribute with, by attribute name. */
    public Map<String, List<AttributeValue>> values() {
        Map<String, List<AttributeValue>> values = new LinkedHashMap<>();
        for (int i = 0; i < partitionNames.size(); i++) {
            values.put(partitionNames.get(i), List.of(partitionValues.get(i)));
        }
        for (KeyTerm term : sortTerms) {
            List<AttributeValue> termValues = new ArrayList<>(2);
            termValues.add(term.first());
            if (term.second() != null) {
                termValues.add(term.second());
            }
            values.put(term.attribute(), termValues);
        }
        return values;
    }

    @Override
    public AttributeValue partitionValue() {
        return partitionValues.get(0);
    }

    @Override
    public List<AttributeValue> partitionValues() {
        return partitionValues;
    }

    @Override
    public boolean matches(Map<String, AttributeValue> item, String sortName) {
        for (int i = 0; i < sortTerms.size(); i++) {
            AttributeValue value = item.get(sortTerms.get(i).attribute());
            if (value == null || !sortRanges.get(i).test(value)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean hasSortCondition() {
        return !sortTerms.isEmpty();
    }

    @Override
    public AttributeValue lowerBound() {
        return last.lowerBound();
    }

    @Override
    public boolean lowerInclusive() {
        return last.lowerInclusive();
    }

    @Override
    public AttributeValue upperBound() {
        return last.upperBound();
    }

    @Override
    public boolean upperInclusive() {
        return last.upperInclusive();
    }

    @Override
    public boolean sortKeyEquality() {
        return last.sortKeyEquality();
    }

    @Override
    public AttributeValue prefix() {
        return last.prefix();
    }

    @Override
    public boolean test(AttributeValue sortValue) {
        return last.test(sortValue);
    }
}
