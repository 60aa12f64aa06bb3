package dev.dynamoobjects.mock.internal.partiql;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.partiql.Ast.Assignment;
import dev.dynamoobjects.mock.internal.partiql.Ast.Between;
import dev.dynamoobjects.mock.internal.partiql.Ast.Binary;
import dev.dynamoobjects.mock.internal.partiql.Ast.Call;
import dev.dynamoobjects.mock.internal.partiql.Ast.Delete;
import dev.dynamoobjects.mock.internal.partiql.Ast.Exists;
import dev.dynamoobjects.mock.internal.partiql.Ast.Expr;
import dev.dynamoobjects.mock.internal.partiql.Ast.In;
import dev.dynamoobjects.mock.internal.partiql.Ast.Insert;
import dev.dynamoobjects.mock.internal.partiql.Ast.IsMissing;
import dev.dynamoobjects.mock.internal.partiql.Ast.IsNull;
import dev.dynamoobjects.mock.internal.partiql.Ast.Missing;
import dev.dynamoobjects.mock.internal.partiql.Ast.Not;
import dev.dynamoobjects.mock.internal.partiql.Ast.Order;
import dev.dynamoobjects.mock.internal.partiql.Ast.PathExpr;
import dev.dynamoobjects.mock.internal.partiql.Ast.Select;
import dev.dynamoobjects.mock.internal.partiql.Ast.Statement;
import dev.dynamoobjects.mock.internal.partiql.Ast.Update;
import dev.dynamoobjects.mock.internal.partiql.Ast.Value;
import dev.dynamoobjects.mock.internal.partiql.Lexer.Kind;
import dev.dynamoobjects.mock.internal.partiql.Lexer.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A recursive-descent parser of DynamoDB's PartiQL subset: SELECT, INSERT, UPDATE, DELETE and (in
 * transactions) EXISTS. Binds each {@code ?} to the next parameter as it goes. A statement that
 * does not parse is a {@link SyntaxError}; a construct DynamoDB parses but refuses is a
 * ValidationException with DynamoDB's text.
 */
final class Parser {
    private static final Set<String> COMPARISONS = Set.of("=", "<>", "!=", "<", "<=", ">", ">=");
    private static final Set<String> CLAUSES_AFTER_TABLE = Set.of("WHERE", "ORDER", "SET", "REMOVE", "VALUE",
            "RETURNING");

    private final String text;
    private final List<Token> tokens;
    private final List<AttributeValue> parameters;
    private int pos;
    private int boundParameters;

    private Parser(String text, List<AttributeValue> parameters) {
        this.text = text;
        this.tokens = Lexer.tokenize(text);
        this.parameters = parameters;
    }

    /** Parses one statement, binding {@code parameters} in order. */
    static Statement parse(String text, List<AttributeValue> parameters) {
        Parser parser = new Parser(text, parameters);
        Statement statement = parser.statement();
        parser.accept(";");
        parser.expectEnd();
        return statement;
    }

    private Statement statement() {
        if (accept("SELECT")) {
            return select();
        }
        if (accept("INSERT")) {
            return insert();
        }
        if (accept("UPDATE")) {
            return update();
        }
        if (accept("DELETE")) {
            return delete();
        }
        if (accept("EXISTS")) {
            expect("(");
            expect("SELECT");
            Select select = select();
            expect(")");
            return new Exists(select);
        }
        throw new SyntaxError();
    }

    private Select select() {
        List<PathExpr> projection = new ArrayList<>();
        if (!accept("*")) {
            do {
                projection.add(path());
            } while (accept(","));
        }
        expect("FROM");
        String table = name();
        String index = accept(".") ? name() : null;
        refuseAlias();
        Expr where = accept("WHERE") ? condition() : null;
        List<Order> orderBy = new ArrayList<>();
        if (accept("ORDER")) {
            expect("BY");
            do {
                String name = name();
                boolean descending = accept("DESC");
                if (!descending) {
                    accept("ASC");
                }
                orderBy.add(new Order(name, descending));
            } while (accept(","));
        }
        if (peek().is("LIMIT")) {
            throw DynamoErrors.validation(PartiqlMessages.unsupportedClause("LIMIT", position(tokens.get(pos + 1))));
        }
        return new Select(table, index, projection, where, orderBy);
    }

    /** DynamoDB refuses {@code FROM "t" x} and {@code FROM "t" AS x} with its own message. */
    private void refuseAlias() {
        Token next = peek();
        boolean alias = next.is("AS") || next.kind() == Kind.QUOTED_NAME
                || next.kind() == Kind.WORD && !CLAUSES_AFTER_TABLE.contains(next.text().toUpperCase(Locale.ROOT));
        if (alias) {
            throw DynamoErrors.validation(PartiqlMessages.ALIASING);
        }
    }

    private Insert insert() {
        expect("INTO");
        String table = name();
        expect("VALUE");
        AttributeValue item = value();
        if (peek().is("RETURNING")) {
            throw DynamoErrors.validation(PartiqlMessages.INSERT_RETURNING);
        }
        return new Insert(table, item);
    }

    private Update update() {
        String table = name();
        List<Assignment> sets = new ArrayList<>();
        List<PathExpr> removes = new ArrayList<>();
        boolean any = false;
        while (true) {
            if (accept("SET")) {
                do {
                    PathExpr path = path();
                    expect("=");
                    sets.add(new Assignment(path, operand()));
                } while (accept(","));
            } else if (accept("REMOVE")) {
                // One path per REMOVE (REMOVE a REMOVE b): DynamoDB refuses a list as not well formed.
                removes.add(path());
            } else {
                break;
            }
            any = true;
        }
        if (!any) {
            throw new SyntaxError();
        }
        expect("WHERE");
        Expr where = condition();
        return new Update(table, sets, removes, where, returning());
    }

    private Delete delete() {
        expect("FROM");
        String table = name();
        expect("WHERE");
        Expr where = condition();
        String returning = returning();
        if (returning != null && !returning.equals("ALL_OLD")) {
            throw DynamoErrors.validation(PartiqlMessages.deleteReturning(returning.replace('_', ' ') + " *"));
        }
        return new Delete(table, where, returning);
    }

    /** {@code RETURNING (ALL|MODIFIED) (OLD|NEW) *} as a ReturnValue name, null when absent. */
    private String returning() {
        if (!accept("RETURNING")) {
            return null;
        }
        String which = accept("ALL") ? "ALL" : accept("MODIFIED") ? "UPDATED" : null;
        String state = accept("OLD") ? "OLD" : accept("NEW") ? "NEW" : null;
        if (which == null || state == null) {
            throw new SyntaxError();
        }
        expect("*");
        return which + "_" + state;
    }

    // Conditions: OR over AND over NOT over predicates.

    private Expr condition() {
        Expr left = conjunction();
        while (accept("OR")) {
            left = new Binary("OR", left, conjunction());
        }
        return left;
    }

    private Expr conjunction() {
        Expr left = negation();
        while (accept("AND")) {
            left = new Binary("AND", left, negation());
        }
        return left;
    }

    private Expr negation() {
        if (accept("NOT")) {
            return new Not(negation());
        }
        return predicate();
    }

    private Expr predicate() {
        if (accept("(")) {
            Expr inner = condition();
            expect(")");
            return inner;
        }
        Expr left = operand();
        Token next = peek();
        if (next.kind() == Kind.SYMBOL && COMPARISONS.contains(next.text())) {
            pos++;
            return new Binary(next.text().equals("!=") ? "<>" : next.text(), left, operand());
        }
        if (accept("BETWEEN")) {
            Expr low = operand();
            expect("AND");
            return new Between(left, low, operand());
        }
        boolean negatedIn = peek().is("NOT") && tokens.get(pos + 1).is("IN");
        if (negatedIn || peek().is("IN")) {
            pos += negatedIn ? 2 : 1;
            Expr in = new In(left, inList());
            return negatedIn ? new Not(in) : in;
        }
        if (accept("IS")) {
            boolean negated = accept("NOT");
            if (accept("MISSING")) {
                return new IsMissing(left, negated);
            }
            expect("NULL");
            return new IsNull(left, negated);
        }
        return left;
    }

    private List<Expr> inList() {
        boolean bracket = accept("[");
        if (!bracket) {
            expect("(");
        }
        List<Expr> options = new ArrayList<>();
        do {
            options.add(operand());
        } while (accept(","));
        expect(bracket ? "]" : ")");
        return options;
    }

    /** An operand: terms joined by {@code +} and {@code -} (only an UPDATE's SET accepts them). */
    private Expr operand() {
        Expr left = term();
        while (peek().is("+") || peek().is("-")) {
            String operator = next().text();
            left = new Binary(operator, left, term());
        }
        return left;
    }

    private Expr term() {
        Token token = peek();
        if (token.kind() == Kind.WORD && tokens.get(pos + 1).is("(") && !isLiteralWord(token)) {
            pos += 2;
            List<Expr> arguments = new ArrayList<>();
            if (!accept(")")) {
                do {
                    arguments.add(operand());
                } while (accept(","));
                expect(")");
            }
            return new Call(token.text().toLowerCase(Locale.ROOT), arguments);
        }
        if (token.is("MISSING")) {
            pos++;
            return new Missing();
        }
        if (token.kind() == Kind.WORD && !isLiteralWord(token) || token.kind() == Kind.QUOTED_NAME) {
            return path();
        }
        return new Value(value());
    }

    private static boolean isLiteralWord(Token token) {
        return token.is("TRUE") || token.is("FALSE") || token.is("NULL") || token.is("MISSING");
    }

    private PathExpr path() {
        List<Object> steps = new ArrayList<>();
        steps.add(name());
        while (true) {
            if (accept(".")) {
                steps.add(name());
            } else if (accept("[")) {
                Token index = next();
                if (index.kind() != Kind.NUMBER || !index.text().chars().allMatch(Character::isDigit)) {
                    throw new SyntaxError();
                }
                steps.add(Integer.parseInt(index.text()));
                expect("]");
            } else {
                return new PathExpr(steps);
            }
        }
    }

    private String name() {
        Token token = next();
        if (token.kind() != Kind.WORD && token.kind() != Kind.QUOTED_NAME) {
            throw new SyntaxError();
        }
        return token.text();
    }

    // Values: literals of every type, and bound parameters.

    private AttributeValue value() {
        Token token = next();
        switch (token.kind()) {
            case STRING:
                return AttributeValue.fromS(token.text());
            case NUMBER:
                return AttributeValue.fromN(token.text());
            case PARAMETER:
                return parameter();
            case WORD:
                return word(token);
            case SYMBOL:
                return composite(token);
            default:
                throw new SyntaxError();
        }
    }

    private AttributeValue parameter() {
        if (boundParameters >= parameters.size()) {
            throw DynamoErrors.validation(PartiqlMessages.PARAMETER_COUNT);
        }
        return parameters.get(boundParameters++);
    }

    private AttributeValue word(Token token) {
        if (token.is("TRUE") || token.is("FALSE")) {
            return AttributeValue.fromBool(token.is("TRUE"));
        }
        if (token.is("NULL")) {
            return AttributeValue.fromNul(true);
        }
        if (token.is("MISSING")) {
            throw DynamoErrors.validation(PartiqlMessages.missingInValue(position(token)));
        }
        throw new SyntaxError();
    }

    private AttributeValue composite(Token token) {
        switch (token.text()) {
            case "-":
            case "+":
                Token number = next();
                if (number.kind() != Kind.NUMBER) {
                    throw new SyntaxError();
                }
                return AttributeValue.fromN(token.text().equals("-") ? "-" + number.text() : number.text());
            case "[":
                return AttributeValue.fromL(values("]"));
            case "<<":
                return bag(token, values(">>"));
            case "{":
                return map();
            default:
                throw new SyntaxError();
        }
    }

    private List<AttributeValue> values(String close) {
        List<AttributeValue> values = new ArrayList<>();
        if (accept(close)) {
            return values;
        }
        do {
            values.add(value());
        } while (accept(","));
        expect(close);
        return values;
    }

    /** A {@code <<...>>} bag: a string, number or binary set, by its elements' type. */
    private AttributeValue bag(Token open, List<AttributeValue> elements) {
        if (elements.isEmpty()) {
            throw DynamoErrors.validation(PartiqlMessages.emptyBag(position(open)));
        }
        if (elements.stream().allMatch(e -> e.s() != null)) {
            return AttributeValue.fromSs(elements.stream().map(AttributeValue::s).toList());
        }
        if (elements.stream().allMatch(e -> e.n() != null)) {
            return AttributeValue.fromNs(elements.stream().map(AttributeValue::n).toList());
        }
        if (elements.stream().allMatch(e -> e.b() != null)) {
            List<SdkBytes> bytes = elements.stream().map(AttributeValue::b).toList();
            return AttributeValue.fromBs(bytes);
        }
        throw new SyntaxError();
    }

    private AttributeValue map() {
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        if (accept("}")) {
            return AttributeValue.fromM(map);
        }
        do {
            Token key = next();
            if (key.kind() != Kind.STRING) {
                throw new SyntaxError();
            }
            expect(":");
            AttributeValue value = value();
            if (map.put(key.text(), value) != null) {
                throw DynamoErrors.validation(PartiqlMessages.duplicateMapKey(key.text(), position(key)));
            }
        } while (accept(","));
        expect("}");
        return AttributeValue.fromM(map);
    }

    // Token plumbing.

    private Token peek() {
        return tokens.get(pos);
    }

    private Token next() {
        Token token = tokens.get(pos);
        if (token.kind() != Kind.END) {
            pos++;
        }
        return token;
    }

    private boolean accept(String symbolOrKeyword) {
        if (peek().is(symbolOrKeyword)) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(String symbolOrKeyword) {
        if (!accept(symbolOrKeyword)) {
            throw new SyntaxError();
        }
    }

    private void expectEnd() {
        if (peek().kind() != Kind.END) {
            throw new SyntaxError();
        }
    }

    /** DynamoDB's {@code line:column:length} of a token, as its PartiQL messages cite it. */
    private String position(Token token) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < token.start(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return line + ":" + (token.start() - lineStart + 1) + ":" + (token.end() - token.start());
    }
}
