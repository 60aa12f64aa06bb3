package dev.dynamoobjects.mock.internal.expression;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What the expression parsers share: a cursor over the tokens, document paths, placeholders, and
 * error reporting. Syntax errors are thrown at once; the other problems are remembered and thrown
 * once the whole text has parsed, because DynamoDB checks in passes: syntax anywhere first, then
 * redundant parentheses, then reserved words, then undefined placeholders, then the rest (operand
 * types, function use, overlapping paths), each pass reporting its first problem in text order. An
 * unknown function comes before placeholders; an update expression reports its functions, its
 * sections used twice, its undefined names and its overlapping paths before its undefined values
 * (DynamoDB Local's order).
 */
abstract class ParserBase {
    static final int MAX_EXPRESSION_BYTES = 4096;
    static final int MAX_OPERATORS = 300;
    static final int MAX_PATH_DEPTH = 32;
    /**
     * Deepest parenthesis nesting the parser descends into. Each level that is not redundant needs
     * an operator of its own, so no expression within {@link #MAX_OPERATORS} nests this deep; the
     * bound keeps the recursive descent well inside a thread's stack (4 KB of text holds 2,048 levels).
     */
    static final int MAX_NESTING = 2 * MAX_OPERATORS;

    /** The checking passes, in the order DynamoDB reports their problems. */
    enum Pass {
        PARENTHESES, RESERVED_WORDS, FUNCTION_NAMES, UPDATE_SECTIONS, UPDATE_NAMES, UPDATE_OVERLAPS, PLACEHOLDERS,
        SEMANTICS
    }

    private static final int PASSES = Pass.values().length;

    final String text;
    final ExpressionKind kind;
    private final Placeholders placeholders;
    private final List<Token> tokens;
    private int pos;
    /** The first problem of each pass, indexed by {@link Pass#ordinal()}. */
    private final String[] firstProblems = new String[PASSES];
    /** True until the current update action notes an undefined value (see {@link #startAction}). */
    private boolean undefinedValueReplaceable;
    private int operators;
    private int nesting;
    /** Every document path parsed so far, in text order. */
    private final List<Path> paths = new ArrayList<>();

    ParserBase(String text, ExpressionKind kind, Placeholders placeholders) {
        this.text = text;
        this.kind = kind;
        this.placeholders = placeholders;
        checkSize();
        this.tokens = Lexer.tokenize(text);
    }

    private void checkSize() {
        if (text.isEmpty()) {
            throw error(ExpressionMessages.emptyExpression());
        }
        int size = text.getBytes(StandardCharsets.UTF_8).length;
        if (size > MAX_EXPRESSION_BYTES) {
            throw error(ExpressionMessages.expressionTooLarge(kind, size));
        }
    }

    // ---- cursor ----

    final Token peek() {
        return tokens.get(pos);
    }

    final TokenType peekType() {
        return tokens.get(pos).type();
    }

    final TokenType peekType(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1)).type();
    }

    final int position() {
        return pos;
    }

    final Token advance() {
        return tokens.get(pos++);
    }

    final boolean accept(TokenType type) {
        if (peekType() == type) {
            pos++;
            return true;
        }
        return false;
    }

    final Token expect(TokenType type) {
        if (peekType() != type) {
            throw syntaxError();
        }
        return advance();
    }

    final String textOf(Token token) {
        return text.substring(token.start(), token.end());
    }

    /** Returns the index of the token closing the parenthesis at {@code open}, or -1. */
    final int matchingParen(int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            TokenType type = tokens.get(i).type();
            if (type == TokenType.LPAREN) {
                depth++;
            } else if (type == TokenType.RPAREN && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    final TokenType typeAt(int index) {
        return tokens.get(Math.min(index, tokens.size() - 1)).type();
    }

    /**
     * Notes DynamoDB's redundant-parentheses problem when the group opened at {@code open} and closed
     * at {@code close} holds nothing but another group.
     */
    final void checkRedundantParentheses(int open, int close) {
        if (typeAt(open + 1) == TokenType.LPAREN && matchingParen(open + 1) == close - 1) {
            problem(Pass.PARENTHESES, ExpressionMessages.redundantParentheses());
        }
    }

    /**
     * Parses a parenthesised group at the current token, which is its opening parenthesis, with
     * {@code inner} for what it holds; notes redundant parentheses and refuses nesting deeper than any
     * valid expression before the parser's recursion could overflow.
     */
    final <T> T group(Supplier<T> inner) {
        int open = position();
        if (++nesting > MAX_NESTING) {
            throw tooDeep();
        }
        advance();
        T value = inner.get();
        expect(TokenType.RPAREN);
        nesting--;
        checkRedundantParentheses(open, position() - 1);
        return value;
    }

    /**
     * The answer for a group nested deeper than any valid expression, found without descending: the
     * first problem DynamoDB reports among those such nesting must have, in its order of passes
     * (unbalanced parentheses, then a group holding nothing but another, then too many operators).
     */
    private RuntimeException tooDeep() {
        int[] closes = new int[tokens.size()];
        int[] opens = new int[tokens.size()];
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            TokenType type = tokens.get(i).type();
            if (type == TokenType.LPAREN) {
                opens[depth++] = i;
            } else if (type == TokenType.RPAREN) {
                if (depth == 0) {
                    pos = i;
                    return syntaxError();
                }
                closes[opens[--depth]] = i;
            }
        }
        if (depth > 0) {
            pos = tokens.size() - 1;
            return syntaxError();
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (typeAt(i) == TokenType.LPAREN && typeAt(i + 1) == TokenType.LPAREN && closes[i + 1] == closes[i] - 1) {
                return error(ExpressionMessages.redundantParentheses());
            }
        }
        return error(ExpressionMessages.tooManyOperators(MAX_OPERATORS + 1));
    }

    final void expectEnd() {
        if (peekType() != TokenType.EOF) {
            throw syntaxError();
        }
        if (operators > MAX_OPERATORS) {
            // DynamoDB stops counting at the first operator past the limit.
            problem(ExpressionMessages.tooManyOperators(MAX_OPERATORS + 1));
        }
        for (String problem : firstProblems) {
            if (problem != null) {
                throw error(problem);
            }
        }
    }

    final void countOperator() {
        operators++;
    }

    // ---- errors ----

    /** DynamoDB's syntax error at the current token, quoting it with its neighbours. */
    final RuntimeException syntaxError() {
        Token current = tokens.get(pos);
        boolean atEnd = current.type() == TokenType.EOF;
        String token = atEnd ? "<EOF>" : textOf(current);
        int from = pos > 0 ? tokens.get(pos - 1).start() : 0;
        int to = atEnd || pos + 1 >= tokens.size() - 1 ? text.length() : tokens.get(pos + 1).end();
        return error(ExpressionMessages.syntaxError(token, text.substring(from, to)));
    }

    /** Remembers a problem of the last pass to report once parsing is done. */
    final void problem(String detail) {
        problem(Pass.SEMANTICS, detail);
    }

    /** Remembers a problem to report once parsing is done, unless the pass has an earlier one. */
    final void problem(Pass pass, String detail) {
        if (firstProblems[pass.ordinal()] == null) {
            firstProblems[pass.ordinal()] = detail;
        }
    }

    final RuntimeException error(String detail) {
        return DynamoErrors.validation(ExpressionMessages.invalid(kind, detail));
    }

    // ---- paths and placeholders ----

    final boolean atPathStart() {
        TokenType type = peekType();
        return type == TokenType.NAME || type == TokenType.NAME_REF;
    }

    /** Parses {@code name(.name | [index])*} where each name may be a {@code #placeholder}. */
    final Path parsePath() {
        String[] names = new String[4];
        int[] indexes = new int[4];
        names[0] = pathName();
        int length = 1;
        while (peekType() == TokenType.DOT || peekType() == TokenType.LBRACKET) {
            if (length == names.length) {
                names = Arrays.copyOf(names, length * 2);
                indexes = Arrays.copyOf(indexes, length * 2);
            }
            if (advance().type() == TokenType.DOT) {
                names[length] = pathName();
            } else {
                indexes[length] = listIndex(expect(TokenType.INDEX));
                expect(TokenType.RBRACKET);
            }
            length++;
        }
        if (length > MAX_PATH_DEPTH) {
            problem(ExpressionMessages.pathTooDeep(length));
        }
        Path path = new Path(Arrays.copyOf(names, length), Arrays.copyOf(indexes, length));
        paths.add(path);
        placeholders.path(path);
        return path;
    }

    /** The document paths the expression named, in text order. */
    final List<Path> paths() {
        return paths;
    }

    private String pathName() {
        Token token = peek();
        if (token.type() == TokenType.NAME) {
            advance();
            String name = textOf(token);
            if (ReservedWords.isReserved(name)) {
                problem(Pass.RESERVED_WORDS, ExpressionMessages.reservedKeyword(name));
            }
            return name;
        }
        String ref = textOf(expect(TokenType.NAME_REF));
        String name = placeholders.name(ref);
        if (name == null) {
            problem(kind == ExpressionKind.UPDATE ? Pass.UPDATE_NAMES : Pass.PLACEHOLDERS,
                    ExpressionMessages.undefinedName(ref));
            return ref;
        }
        return name;
    }

    private int listIndex(Token token) {
        String digits = textOf(token);
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            problem(ExpressionMessages.listIndexOutOfRange(digits));
            return 0;
        }
    }

    /** Parses a {@code :value} placeholder; an undefined one yields null after noting the problem. */
    final AttributeValue parseValue() {
        String ref = textOf(expect(TokenType.VALUE_REF));
        AttributeValue value = placeholders.value(ref);
        if (value == null) {
            String problem = ExpressionMessages.undefinedValue(ref);
            if (undefinedValueReplaceable && isUndefinedValue(firstProblems[Pass.PLACEHOLDERS.ordinal()])) {
                firstProblems[Pass.PLACEHOLDERS.ordinal()] = problem;
            }
            undefinedValueReplaceable = false;
            problem(Pass.PLACEHOLDERS, problem);
        }
        return value;
    }

    /**
     * Starts an update action: DynamoDB Local reports the first undefined value of the last action
     * that has one ("SET a = :a, b = :b" names :b), so this action's may replace an earlier action's.
     */
    final void startAction() {
        undefinedValueReplaceable = true;
    }

    private static boolean isUndefinedValue(String problem) {
        return problem != null && problem.startsWith(ExpressionMessages.undefinedValue(""));
    }
}
