package dev.dynamoobjects.mock.internal.expression;

import dev.dynamoobjects.mock.internal.expression.KeyConditions.KeyTerm;
import dev.dynamoobjects.mock.internal.value.Values;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A key condition as bounds on the sort key, from the sort-key term (null when there is none). */
final class SortKeyRange implements KeyCondition {
    private final AttributeValue partitionValue;
    private final KeyTerm sort;

    SortKeyRange(AttributeValue partitionValue, KeyTerm sort) {
        this.partitionValue = partitionValue;
        this.sort = sort;
    }

    @Override
    public AttributeValue partitionValue() {
        return partitionValue;
    }

    @Override
    public boolean hasSortCondition() {
        return sort != null;
    }

    @Override
    public AttributeValue lowerBound() {
        if (sort == null) {
            return null;
        }
        switch (sort.operator()) {
            case EQ: case GT: case GE: case BETWEEN: case BEGINS_WITH:
                return sort.first();
            default:
                return null;
        }
    }

    @Override
    public boolean lowerInclusive() {
        return sort != null && sort.operator() != KeyTerm.Operator.GT;
    }

    @Override
    public AttributeValue upperBound() {
        if (sort == null) {
            return null;
        }
        switch (sort.operator()) {
            case EQ: case LT: case LE:
                return sort.first();
            case BETWEEN:
                return sort.second();
            default:
                return null;
        }
    }

    @Override
    public boolean upperInclusive() {
        return sort != null && sort.operator() != KeyTerm.Operator.LT;
    }

    @Override
    public boolean sortKeyEquality() {
        return sort != null && sort.operator() == KeyTerm.Operator.EQ;
    }

    @Override
    public AttributeValue prefix() {
        return sort != null && sort.operator() == KeyTerm.Operator.BEGINS_WITH ? sort.first() : null;
    }

    @Override
    public boolean test(AttributeValue sortValue) {
        if (sort == null) {
            return true;
        }
        switch (sort.operator()) {
            case EQ: return Values.compare(sortValue, sort.first()) == 0;
            case LT: return Values.compare(sortValue, sort.first()) < 0;
            case LE: return Values.compare(sortValue, sort.first()) <= 0;
            case GT: return Values.compare(sortValue, sort.first()) > 0;
            case GE: return Values.compare(sortValue, sort.first()) >= 0;
            case BETWEEN:
                return Values.compare(sortValue, sort.first()) >= 0 && Values.compare(sortValue, sort.second()) <= 0;
            default:
                return ConditionNodes.beginsWith(sortValue, sort.first());
        }
    }
}
