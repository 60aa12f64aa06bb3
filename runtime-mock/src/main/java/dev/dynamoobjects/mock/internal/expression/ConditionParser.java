package dev.dynamoobjects.mock.internal.expression;

import dev.dynamoobjects.mock.internal.expression.ConditionNodes.AttributeExists;
import dev.dynamoobjects.mock.internal.expression.ConditionNodes.AttributeType;
import dev.dynamoobjects.mock.internal.expression.ConditionNodes.BeginsWith;
import dev.dynamoobjects.mock.internal.expression.ConditionNodes.Between;
import dev.dynamoobjects.mock.internal.expression.ConditionNodes.Compare;
import dev.dynamoobjects.mock.internal.expression.ConditionNodes.Contains;
import dev.dynamoobjects.mock.internal.expression.ConditionNodes.In;
import dev.dynamoobjects.mock.internal.expression.Operand.Constant;
import dev.dynamoobjects.mock.internal.expression.Operand.PathOperand;
import dev.dynamoobjects.mock.internal.expression.Operand.Size;
import dev.dynamoobjects.mock.internal.value.Values;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Parses condition, filter and key-condition expressions. Precedence, loosest first: OR, AND, NOT,
 * then comparisons, BETWEEN, IN and functions; parentheses group.
 */
final class ConditionParser extends ParserBase {
    static final int MAX_IN_OPERANDS = 100;
    private static final Operand NOTHING = new Constant(null);

    private ConditionParser(String text, ExpressionKind kind, Placeholders placeholders) {
        super(text, kind, placeholders);
    }

    static Condition parse(String text, ExpressionKind kind, Placeholders placeholders) {
        ConditionParser parser = new ConditionParser(text, kind, placeholders);
        Condition condition = parser.parseOr();
        parser.expectEnd();
        return condition;
    }

    /** Parses a Query's FilterExpression, which may not name the key attributes of what it reads. */
    static QueryFilter parseQueryFilter(String text, Placeholders placeholders) {
        ConditionParser parser = new ConditionParser(text, ExpressionKind.FILTER, placeholders);
        Condition condition = parser.parseOr();
        parser.expectEnd();
        Set<String> attributes = new HashSet<>();
        parser.paths().forEach(path -> attributes.add(path.attribute()));
        return new QueryFilter(condition, attributes, parser.paths());
    }

    private Condition parseOr() {
        Condition left = parseAnd();
        while (accept(TokenType.OR)) {
            countOperator();
            left = new ConditionNodes.Or(left, parseAnd());
        }
        return left;
    }

    private Condition parseAnd() {
        Condition left = parseNot();
        while (accept(TokenType.AND)) {
            countOperator();
            left = new ConditionNodes.And(left, parseNot());
        }
        return left;
    }

    private Condition parseNot() {
        if (accept(TokenType.NOT)) {
            countOperator();
            return new ConditionNodes.Not(parseNot());
        }
        return parsePredicate();
    }

    private Condition parsePredicate() {
        if (peekType() == TokenType.LPAREN && !isOperandGroup()) {
            return group(this::parseOr);
        }
        if (peekType() == TokenType.NAME && peekType(1) == TokenType.LPAREN) {
            FunctionCall<Operand> call = parseCall();
            return startsComparison(peekType()) ? comparison(operandOf(call)) : conditionOf(call);
        }
        return comparison(parseOperand());
    }

    /** A parenthesis opens an operand, as in {@code (a) = :v}, when a comparison follows its group. */
    private boolean isOperandGroup() {
        int close = matchingParen(position());
        return close > 0 && startsComparison(typeAt(close + 1));
    }

    private static boolean startsComparison(TokenType type) {
        return type.isComparator() || type == TokenType.BETWEEN || type == TokenType.IN;
    }

    private Condition comparison(Operand left) {
        Token operator = peek();
        if (operator.type().isComparator()) {
            advance();
            Operand right = parseOperand();
            countOperator();
            String symbol = textOf(operator);
            checkDistinct(symbol, left, right);
            if (operator.type() != TokenType.EQ && operator.type() != TokenType.NE) {
                checkOrdered(symbol, left, right);
            }
            return new Compare(operator.type(), left, right);
        }
        if (accept(TokenType.BETWEEN)) {
            return between(left);
        }
        if (accept(TokenType.IN)) {
            return in(left);
        }
        throw syntaxError();
    }

    private Condition between(Operand operand) {
        Operand lower = parseOperand();
        expect(TokenType.AND);
        Operand upper = parseOperand();
        countOperator();
        checkDistinct("BETWEEN", operand, lower, upper);
        checkOrdered("BETWEEN", operand, lower, upper);
        checkBounds(lower, upper);
        return new Between(operand, lower, upper);
    }

    private Condition in(Operand operand) {
        expect(TokenType.LPAREN);
        List<Operand> candidates = new ArrayList<>();
        candidates.add(parseOperand());
        while (accept(TokenType.COMMA)) {
            candidates.add(parseOperand());
        }
        expect(TokenType.RPAREN);
        countOperator();
        if (candidates.size() > MAX_IN_OPERANDS) {
            problem(ExpressionMessages.tooManyInOperands(candidates.size()));
        }
        Operand[] array = candidates.toArray(new Operand[0]);
        checkDistinct("IN", operand, array);
        return new In(operand, array);
    }

    private Operand parseOperand() {
        switch (peekType()) {
            case NAME:
                if (peekType(1) == TokenType.LPAREN) {
                    return operandOf(parseCall());
                }
                return new PathOperand(parsePath());
            case NAME_REF:
                return new PathOperand(parsePath());
            case VALUE_REF:
                return new Constant(parseValue());
            case LPAREN:
                return group(this::parseOperand);
            default:
                throw syntaxError();
        }
    }

    private FunctionCall<Operand> parseCall() {
        String name = textOf(advance());
        expect(TokenType.LPAREN);
        List<Operand> arguments = new ArrayList<>();
        arguments.add(parseOperand());
        while (accept(TokenType.COMMA)) {
            arguments.add(parseOperand());
        }
        expect(TokenType.RPAREN);
        countOperator();
        return new FunctionCall<>(name, arguments);
    }

    /** A function used as a value: only size() is one. */
    private Operand operandOf(FunctionCall<Operand> call) {
        if (!call.name().equals("size")) {
            problem(misplacedFunction(call.name()));
            return NOTHING;
        }
        if (!call.hasArguments(1)) {
            problem(ExpressionMessages.operandCount(call.name(), call.arguments().size()));
            return NOTHING;
        }
        Operand operand = call.argument(0);
        if (operand instanceof Size) {
            problem(ExpressionMessages.operandType("size", "N"));
        } else if (operand instanceof Constant constant && constant.constant() != null
                && Size.sizeOf(constant.constant()) < 0) {
            problem(ExpressionMessages.operandType("size", TypeNames.of(constant.constant())));
        }
        return new Size(operand);
    }

    /** A function used as a condition: attribute_exists and the like. */
    private Condition conditionOf(FunctionCall<Operand> call) {
        String name = call.name();
        int arity = FunctionCall.conditionArity(name);
        if (arity < 0) {
            if (!name.equals("size") && !FunctionCall.isUpdateFunction(name)) {
                // An unknown function is named before any placeholder, as DynamoDB Local does.
                problem(Pass.FUNCTION_NAMES, ExpressionMessages.invalidFunction(name));
            } else {
                problem(name.equals("size") ? ExpressionMessages.functionMisused(name) : misplacedFunction(name));
            }
            return item -> false;
        }
        if (!call.hasArguments(arity)) {
            problem(ExpressionMessages.operandCount(name, call.arguments().size()));
            return item -> false;
        }
        switch (name) {
            case "attribute_exists":
            case "attribute_not_exists":
                return new AttributeExists(requirePath(name, call.argument(0)), name.equals("attribute_exists"));
            case "attribute_type":
                // DynamoDB Local checks the type operand before the path operand.
                String type = typeName(call.argument(1));
                return new AttributeType(requirePath(name, call.argument(0)), type);
            case "begins_with":
                checkDistinct(name, call.argument(0), call.argument(1));
                checkTypes(name, call.argument(0), call.argument(1));
                return new BeginsWith(call.argument(0), call.argument(1));
            default:
                checkDistinct(name, call.argument(0), call.argument(1));
                return new Contains(call.argument(0), call.argument(1));
        }
    }

    private static String misplacedFunction(String name) {
        if (FunctionCall.conditionArity(name) > 0) {
            return ExpressionMessages.functionMisused(name);
        }
        if (FunctionCall.isUpdateFunction(name)) {
            return ExpressionMessages.functionNotAllowedInCondition(name);
        }
        return ExpressionMessages.invalidFunction(name);
    }

    private Path requirePath(String function, Operand operand) {
        if (operand instanceof PathOperand path) {
            return path.path();
        }
        problem(ExpressionMessages.requiresPath(function));
        return null;
    }

    private String typeName(Operand operand) {
        if (operand instanceof PathOperand) {
            problem(ExpressionMessages.attributeTypeOfPath());
        } else if (operand instanceof Constant constant && constant.constant() != null) {
            AttributeValue value = constant.constant();
            if (value.type() != AttributeValue.Type.S) {
                problem(ExpressionMessages.operandType("attribute_type", TypeNames.of(value)));
            } else if (!TypeNames.isValid(value.s())) {
                problem(ExpressionMessages.invalidAttributeType(value.s()));
            }
            return value.s();
        }
        return null;
    }

    // ---- static checks DynamoDB makes before evaluating anything ----

    private void checkDistinct(String operator, Operand first, Operand... others) {
        if (!(first instanceof PathOperand path)) {
            return;
        }
        for (Operand other : others) {
            if (other instanceof PathOperand otherPath && path.path().sameAs(otherPath.path())) {
                problem(ExpressionMessages.operandsNotDistinct(operator, path.path().toString()));
                return;
            }
        }
    }

    /** Constants compared with {@code <} or BETWEEN must be strings, numbers or binaries. */
    private void checkOrdered(String operator, Operand... operands) {
        for (Operand operand : operands) {
            AttributeValue value = constantOf(operand);
            if (value != null && !TypeNames.isOrdered(value)) {
                problem(ExpressionMessages.operandType(operator, TypeNames.of(value)));
            }
        }
    }

    /** Constants given to begins_with must be strings or binaries. */
    private void checkTypes(String function, Operand... operands) {
        for (Operand operand : operands) {
            AttributeValue value = constantOf(operand);
            if (value != null && value.type() != AttributeValue.Type.S && value.type() != AttributeValue.Type.B) {
                problem(ExpressionMessages.operandType(function, TypeNames.of(value)));
            }
        }
    }

    private void checkBounds(Operand lower, Operand upper) {
        AttributeValue low = constantOf(lower);
        AttributeValue high = constantOf(upper);
        if (low == null || high == null || !TypeNames.isOrdered(low) || !TypeNames.isOrdered(high)) {
            return;
        }
        if (low.type() != high.type()) {
            problem(ExpressionMessages.betweenBoundsType(TypeNames.describe(low), TypeNames.describe(high)));
        } else if (Values.compare(low, high) > 0) {
            problem(ExpressionMessages.betweenBoundsOrder(TypeNames.describe(low), TypeNames.describe(high)));
        }
    }

    private static AttributeValue constantOf(Operand operand) {
        return operand instanceof Constant constant ? constant.constant() : null;
    }
}
