package dev.dynamoobjects.mock.internal.partiql;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.partiql.Ast.Binary;
import dev.dynamoobjects.mock.internal.partiql.Ast.Expr;
import dev.dynamoobjects.mock.internal.partiql.Ast.PathExpr;
import dev.dynamoobjects.mock.internal.partiql.Ast.Value;
import dev.dynamoobjects.mock.internal.table.KeyAttribute;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The top-level {@code AND} terms of a WHERE clause, where DynamoDB looks for the key: a term
 * {@code key = value} (either way round) fixes a key attribute; every other term stays a
 * condition on the item.
 */
final class Conjuncts {
    private final List<Expr> terms = new ArrayList<>();

    Conjuncts(Expr where) {
        add(where);
    }

    private void add(Expr expr) {
        if (expr instanceof Binary b && b.operator().equals("AND")) {
            add(b.left());
            add(b.right());
        } else if (expr != null) {
            terms.add(expr);
        }
    }

    List<Expr> terms() {
        return terms;
    }

    /** The value a term fixes {@code name} to, or null when it does not fix it. */
    static AttributeValue equality(Expr term, String name) {
        if (!(term instanceof Binary b) || !b.operator().equals("=")) {
            return null;
        }
        if (isName(b.left(), name) && b.right() instanceof Value value) {
            return value.value();
        }
        if (isName(b.right(), name) && b.left() instanceof Value value) {
            return value.value();
        }
        return null;
    }

    static boolean isName(Expr expr, String name) {
        return expr instanceof PathExpr path && name.equals(path.topLevelName());
    }

    /** The first term that fixes the key attribute, with DynamoDB's error when its value has another type. */
    Expr fixing(KeyAttribute key) {
        for (Expr term : terms) {
            AttributeValue value = equality(term, key.name());
            if (value != null) {
                checkType(key, value);
                return term;
            }
        }
        return null;
    }

    /**
     * True when a term fixes {@code name} to a value no key can have (BOOL, NULL, a set, a list or a
     * map): a batch or transaction read then has no key equality at all, as DynamoDB Local sees it.
     */
    boolean fixesToNonKeyValue(String name) {
        for (Expr term : terms) {
            AttributeValue value = equality(term, name);
            if (value != null) {
                return !isKeyType(value);
            }
        }
        return false;
    }

    static boolean isKeyType(AttributeValue value) {
        return value.s() != null || value.n() != null || value.b() != null;
    }

    static void checkType(KeyAttribute key, AttributeValue value) {
        if (!key.accepts(value)) {
            throw DynamoErrors.validation(PartiqlMessages.keyType(key.name()));
        }
    }

    /** The terms other than {@code taken}, joined by AND again; null when none are left. */
    Expr without(List<Expr> taken) {
        Expr rest = null;
        for (Expr term : terms) {
            if (taken.stream().noneMatch(t -> t == term)) {
                rest = rest == null ? term : new Binary("AND", rest, term);
            }
        }
        return rest;
    }
}
