package dev.dynamoobjects.mock.internal.expression;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Parses update expressions: sections {@code SET path = value, ...}, {@code REMOVE path, ...},
 * {@code ADD path :value, ...} and {@code DELETE path :value, ...}, each at most once, in any order.
 * A SET value is an operand or {@code operand + operand} / {@code operand - operand}, where an
 * operand is a path, a {@code :value}, {@code if_not_exists(path, value)} or
 * {@code list_append(value, value)}.
 */
final class UpdateParser extends ParserBase {
    private final List<UpdateAction> actions = new ArrayList<>();
    private final Set<TokenType> sectionsSeen = EnumSet.noneOf(TokenType.class);

    private UpdateParser(String text, Placeholders placeholders) {
        super(text, ExpressionKind.UPDATE, placeholders);
    }

    static Update parse(String text, Placeholders placeholders) {
        UpdateParser parser = new UpdateParser(text, placeholders);
        parser.parseSections();
        return new ParsedUpdate(parser.actions);
    }

    private void parseSections() {
        do {
            parseSection();
        } while (isSection(peekType()));
        List<Path> paths = new ArrayList<>();
        for (UpdateAction action : actions) {
            paths.add(action.path());
        }
        String clash = PathChecks.firstClash(paths);
        if (clash != null) {
            problem(Pass.UPDATE_OVERLAPS, clash);
        }
        expectEnd();
    }

    private static boolean isSection(TokenType type) {
        return type == TokenType.SET || type == TokenType.REMOVE || type == TokenType.ADD || type == TokenType.DELETE;
    }

    private void parseSection() {
        Token keyword = peek();
        if (!isSection(keyword.type())) {
            throw syntaxError();
        }
        advance();
        if (!sectionsSeen.add(keyword.type())) {
            problem(Pass.UPDATE_SECTIONS, ExpressionMessages.duplicateSection(keyword.type().name()));
        }
        do {
            actions.add(parseAction(keyword.type()));
        } while (accept(TokenType.COMMA));
    }

    private UpdateAction parseAction(TokenType section) {
        startAction();
        Path path = parseActionPath();
        switch (section) {
            case SET:
                expect(TokenType.EQ);
                return new UpdateAction.Set(path, parseSetValue());
            case REMOVE:
                return new UpdateAction.Remove(path);
            case ADD:
                return new UpdateAction.Add(path, checkAddOperand(parseValue()));
            default:
                return new UpdateAction.Delete(path, checkDeleteOperand(parseValue()));
        }
    }

    private Path parseActionPath() {
        if (!atPathStart()) {
            throw syntaxError();
        }
        return parsePath();
    }

    private AttributeValue checkAddOperand(AttributeValue value) {
        if (value != null && value.type() != AttributeValue.Type.N && !TypeNames.isSet(value)) {
            problem(ExpressionMessages.actionOperandType("ADD", TypeNames.longName(value)));
        }
        return value;
    }

    private AttributeValue checkDeleteOperand(AttributeValue value) {
        if (value != null && !TypeNames.isSet(value)) {
            problem(ExpressionMessages.actionOperandType("DELETE", TypeNames.longName(value)));
        }
        return value;
    }

    private UpdateValue parseSetValue() {
        UpdateValue left = parseSetOperand();
        TokenType type = peekType();
        if (type != TokenType.PLUS && type != TokenType.MINUS) {
            return left;
        }
        String symbol = textOf(advance());
        UpdateValue right = parseSetOperand();
        countOperator();
        checkNotNested(left);
        checkNotNested(right);
        checkConstantType(symbol, left, AttributeValue.Type.N);
        checkConstantType(symbol, right, AttributeValue.Type.N);
        return new UpdateValue.Arithmetic(type == TokenType.PLUS, left, right);
    }

    private UpdateValue parseSetOperand() {
        switch (peekType()) {
            case NAME:
                if (peekType(1) == TokenType.LPAREN) {
                    return parseFunction();
                }
                return new UpdateValue.PathValue(parsePath());
            case NAME_REF:
                return new UpdateValue.PathValue(parsePath());
            case VALUE_REF:
                return new UpdateValue.Constant(parseValue());
            case LPAREN:
                return group(this::parseSetValue);
            default:
                throw syntaxError();
        }
    }

    private UpdateValue parseFunction() {
        String name = textOf(advance());
        expect(TokenType.LPAREN);
        // A function's arguments are operands: "+" and "-" belong to the SET value only.
        List<UpdateValue> arguments = new ArrayList<>();
        arguments.add(parseSetOperand());
        while (accept(TokenType.COMMA)) {
            arguments.add(parseSetOperand());
        }
        expect(TokenType.RPAREN);
        countOperator();
        return functionOf(new FunctionCall<>(name, arguments));
    }

    private UpdateValue functionOf(FunctionCall<UpdateValue> call) {
        String name = call.name();
        if (!FunctionCall.isUpdateFunction(name)) {
            boolean known = name.equals("size") || FunctionCall.conditionArity(name) > 0;
            problem(Pass.FUNCTION_NAMES,
                    known ? ExpressionMessages.functionNotAllowedInUpdate(name) : ExpressionMessages.invalidFunction(name));
            return new UpdateValue.Constant(null);
        }
        if (!call.hasArguments(2)) {
            problem(ExpressionMessages.operandCount(name, call.arguments().size()));
            return new UpdateValue.Constant(null);
        }
        if (name.equals("list_append")) {
            checkNotNested(call.argument(0));
            checkNotNested(call.argument(1));
            checkConstantType(name, call.argument(0), AttributeValue.Type.L);
            checkConstantType(name, call.argument(1), AttributeValue.Type.L);
            return new UpdateValue.ListAppend(call.argument(0), call.argument(1));
        }
        if (!(call.argument(0) instanceof UpdateValue.PathValue path)) {
            problem(ExpressionMessages.requiresPath(name));
            return new UpdateValue.Constant(null);
        }
        checkNotNested(call.argument(1));
        return new UpdateValue.IfNotExists(path.path(), call.argument(1));
    }

    /** DynamoDB lets list_append stand only where its list becomes the value, not inside a function or a sum. */
    private void checkNotNested(UpdateValue operand) {
        if (operand instanceof UpdateValue.ListAppend) {
            problem(ExpressionMessages.functionMisused("list_append"));
        }
    }

    private void checkConstantType(String operator, UpdateValue operand, AttributeValue.Type expected) {
        if (operand instanceof UpdateValue.Constant constant && constant.value() != null
                && constant.value().type() != expected) {
            problem(ExpressionMessages.operandType(operator, TypeNames.of(constant.value())));
        }
    }
}
