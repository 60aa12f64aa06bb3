package dev.dynamoobjects.mock.internal.expression;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.expression.ConditionNodes.And;
import dev.dynamoobjects.mock.internal.expression.ConditionNodes.AttributeExists;
import dev.dynamoobjects.mock.internal.expression.ConditionNodes.BeginsWith;
import dev.dynamoobjects.mock.internal.expression.ConditionNodes.Between;
import dev.dynamoobjects.mock.internal.expression.ConditionNodes.Compare;
import dev.dynamoobjects.mock.internal.expression.ConditionNodes.Contains;
import dev.dynamoobjects.mock.internal.expression.ConditionNodes.In;
import dev.dynamoobjects.mock.internal.expression.ConditionNodes.Not;
import dev.dynamoobjects.mock.internal.expression.ConditionNodes.Or;
import dev.dynamoobjects.mock.internal.expression.Operand.Constant;
import dev.dynamoobjects.mock.internal.expression.Operand.PathOperand;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Turns a parsed condition into a key condition, with DynamoDB's rules: an equality on the
 * partition key, optionally AND one condition on the sort key ({@code = < <= > >=}, BETWEEN or
 * begins_with), each comparing the key with a value of the key's type. A multi-attribute key's
 * rules are {@link MultiKeyConditions}'.
 */
final class KeyConditions {
    private KeyConditions() {
    }

    static KeyCondition of(Condition parsed, KeySchema keys) {
        List<Condition> conjuncts = new ArrayList<>();
        flatten(parsed, conjuncts);
        List<KeyTerm> terms = new ArrayList<>();
        Set<String> attributes = new HashSet<>();
        for (Condition conjunct : conjuncts) {
            KeyTerm term = KeyTerm.of(conjunct);
            if (!attributes.add(term.attribute())) {
                throw fail(ExpressionMessages.oneConditionPerKey());
            }
            terms.add(term);
        }
        if (keys.multiAttribute()) {
            return MultiKeyConditions.build(terms, keys);
        }
        if (terms.size() > 2) {
            throw fail(ExpressionMessages.tooManyKeyConditions());
        }
        return build(terms, keys);
    }

    private static void flatten(Condition condition, List<Condition> conjuncts) {
        if (condition instanceof And and) {
            flatten(and.left(), conjuncts);
            flatten(and.right(), conjuncts);
        } else if (condition instanceof Or) {
            throw fail(ExpressionMessages.invalidKeyOperator("OR"));
        } else if (condition instanceof Not) {
            throw fail(ExpressionMessages.invalidKeyOperator("NOT"));
        } else {
            conjuncts.add(condition);
        }
    }

    private static KeyCondition build(List<KeyTerm> terms, KeySchema keys) {
        KeyTerm partition = null;
        KeyTerm sort = null;
        boolean other = false;
        for (KeyTerm term : terms) {
            if (term.attribute().equals(keys.partitionKey())) {
                partition = term;
            } else if (term.attribute().equals(keys.sortKey())) {
                sort = term;
            } else {
                other = true;
            }
        }
        if (other) {
            // A table without a sort key has nothing a second condition could be on.
            throw fail(!keys.hasSortKey() && partition != null ? ExpressionMessages.keyConditionNotSupported()
                    : ExpressionMessages.missedKeyElement(keys.hasSortKey() ? keys.sortKey() : keys.partitionKey()));
        }
        if (partition == null) {
            throw fail(ExpressionMessages.missedKeyElement(keys.partitionKey()));
        }
        if (partition.operator() != KeyTerm.Operator.EQ) {
            throw fail(ExpressionMessages.keyConditionNotSupported());
        }
        checkType(partition, keys.partitionType());
        if (sort != null) {
            checkType(sort, keys.sortType());
        }
        return new SortKeyRange(partition.first(), sort);
    }

    static void checkType(KeyTerm term, ScalarAttributeType type) {
        String expected = type.toString();
        if (!TypeNames.of(term.first()).equals(expected)
                || (term.second() != null && !TypeNames.of(term.second()).equals(expected))) {
            throw fail(ExpressionMessages.keyTypeMismatch());
        }
    }

    static RuntimeException fail(String message) {
        return DynamoErrors.validation(message);
    }

    /** One conjunct of a key condition: {@code attribute operator first [AND second]}. */
    record KeyTerm(String attribute, Operator operator, AttributeValue first, AttributeValue second) {
        enum Operator { EQ, LT, LE, GT, GE, BETWEEN, BEGINS_WITH }

        static KeyTerm of(Condition condition) {
            if (condition instanceof Compare compare) {
                return compare(compare);
            }
            if (condition instanceof Between between) {
                return new KeyTerm(keyName(between.operand()), Operator.BETWEEN, constant(between.lower()),
                        constant(between.upper()));
            }
            if (condition instanceof BeginsWith beginsWith) {
                return new KeyTerm(keyName(beginsWith.operand()), Operator.BEGINS_WITH,
                        constant(beginsWith.prefix()), null);
            }
            throw fail(ExpressionMessages.invalidKeyOperator(operatorName(condition)));
        }

        private static KeyTerm compare(Compare compare) {
            TokenType operator = compare.operator();
            if (operator == TokenType.NE) {
                throw fail(ExpressionMessages.invalidKeyOperator("<>"));
            }
            boolean keyOnLeft = !(compare.left() instanceof Constant);
            Operand key = keyOnLeft ? compare.left() : compare.right();
            Operand value = keyOnLeft ? compare.right() : compare.left();
            return new KeyTerm(keyName(key), operatorOf(keyOnLeft ? operator : mirror(operator)), constant(value), null);
        }

        private static String keyName(Operand operand) {
            if (!(operand instanceof PathOperand path)) {
                throw fail(ExpressionMessages.nestedKeyOperation());
            }
            if (path.path().length() > 1) {
                throw fail(ExpressionMessages.keyNotScalar(path.path().attribute()));
            }
            return path.path().attribute();
        }

        private static AttributeValue constant(Operand operand) {
            if (!(operand instanceof Constant constant)) {
                throw fail(ExpressionMessages.nestedKeyOperation());
            }
            return constant.constant();
        }

        private static TokenType mirror(TokenType operator) {
            switch (operator) {
                case LT: return TokenType.GT;
                case LE: return TokenType.GE;
                case GT: return TokenType.LT;
                case GE: return TokenType.LE;
                default: return operator;
            }
        }

        private static Operator operatorOf(TokenType type) {
            switch (type) {
                case LT: return Operator.LT;
                case LE: return Operator.LE;
                case GT: return Operator.GT;
                case GE: return Operator.GE;
                default: return Operator.EQ;
            }
        }

        private static String operatorName(Condition condition) {
            if (condition instanceof In) {
                return "IN";
            }
            if (condition instanceof Contains) {
                return "contains";
            }
            if (condition instanceof AttributeExists exists) {
                return exists.exists() ? "attribute_exists" : "attribute_not_exists";
            }
            return "attribute_type";
        }
    }
}
