package dev.dynamoobjects.mock.internal.partiql;

import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The parsed form of a PartiQL statement. Parameters are bound while parsing, so a {@code ?} is a
 * {@link Value} like any literal.
 */
final class Ast {
    private Ast() {
    }

    /** A statement: what ExecuteStatement, a batch or a transaction runs. */
    sealed interface Statement permits Select, Insert, Update, Delete, Exists {
        String table();
    }

    /**
     * {@code SELECT projection FROM table[.index] [WHERE where] [ORDER BY orderBy]}.
     *
     * @param projection the selected paths, empty for {@code *}
     * @param where      the condition, null when none
     */
    record Select(String table, String index, List<PathExpr> projection, Expr where, List<Order> orderBy)
            implements Statement {
    }

    /** One {@code ORDER BY} key. */
    record Order(String name, boolean descending) {
    }

    /** {@code INSERT INTO table VALUE item}. */
    record Insert(String table, AttributeValue item) implements Statement {
    }

    /**
     * {@code UPDATE table SET ... REMOVE ... WHERE where [RETURNING returning]}.
     *
     * @param returning DynamoDB's ReturnValue name ({@code ALL_NEW}), null when none
     */
    record Update(String table, List<Assignment> sets, List<PathExpr> removes, Expr where, String returning)
            implements Statement {
    }

    /** {@code path = value} in an UPDATE's SET. */
    record Assignment(PathExpr path, Expr value) {
    }

    /** {@code DELETE FROM table WHERE where [RETURNING ALL OLD *]}. */
    record Delete(String table, Expr where, String returning) implements Statement {
    }

    /** {@code EXISTS(SELECT ...)}: a condition check, only in a transaction. */
    record Exists(Select select) implements Statement {
        @Override
        public String table() {
            return select.table();
        }
    }

    /** An expression of a WHERE clause or of a SET value. */
    sealed interface Expr permits PathExpr, Value, Missing, Call, Binary, Not, Between, In, IsMissing, IsNull {
    }

    /** A document path: names ({@code String}) and list indexes ({@code Integer}). */
    record PathExpr(List<Object> steps) implements Expr {
        /** The top-level attribute when the path is just a name, else null. */
        String topLevelName() {
            return steps.size() == 1 && steps.get(0) instanceof String name ? name : null;
        }
    }

    /** A literal or a bound parameter. */
    record Value(AttributeValue value) implements Expr {
    }

    /** The literal {@code MISSING}, which only {@code IS [NOT] MISSING} may use. */
    record Missing() implements Expr {
    }

    /** A function call, {@code begins_with(a, 'x')}; the name is lower case. */
    record Call(String name, List<Expr> arguments) implements Expr {
    }

    /** {@code left op right}: a comparison, {@code AND}, {@code OR}, {@code +} or {@code -}. */
    record Binary(String operator, Expr left, Expr right) implements Expr {
    }

    /** {@code NOT operand}. */
    record Not(Expr operand) implements Expr {
    }

    /** {@code value BETWEEN low AND high}. */
    record Between(Expr value, Expr low, Expr high) implements Expr {
    }

    /** {@code value IN [options]}. */
    record In(Expr value, List<Expr> options) implements Expr {
    }

    /** {@code operand IS [NOT] MISSING}. */
    record IsMissing(Expr operand, boolean negated) implements Expr {
    }

    /** {@code operand IS [NOT] NULL}. */
    record IsNull(Expr operand, boolean negated) implements Expr {
    }
}
