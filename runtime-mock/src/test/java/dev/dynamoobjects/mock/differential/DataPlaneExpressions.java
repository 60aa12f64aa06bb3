package dev.dynamoobjects.mock.differential;

/**
 * The expressions of the data-plane differential run, over the attributes of
 * {@link DataPlaneValues#fullItem}: update actions at the corners of DynamoDB's semantics, conditions
 * with every function on every type, and projections of nested and overlapping paths.
 */
final class DataPlaneExpressions {
    /** Update expressions: nested paths, list indexes, overlaps, sets, arithmetic at the limits, bad operands. */
    static final String[] UPDATES = {
        "SET l[1] = :n", "SET l[20] = :n", "SET l[20] = :n, l[30] = :s", "SET l[2][5] = :n", "SET l[3].a = :s",
        "SET l[3].q = :s", "SET l[0].a = :s", "SET l[2][0] = :n, l[2][1] = :s",
        "REMOVE l[0]", "REMOVE l[0], l[1]", "REMOVE l[1], l[0]", "REMOVE l[0], l[0]", "REMOVE l[5]",
        "REMOVE l[2][0]", "REMOVE l[0], l[2], l[4]", "REMOVE l[3].a", "REMOVE l[0] SET l[1] = :n",
        "SET m.a.b = :n", "SET m.a.c[0] = :n", "SET m.a.c[9] = :n", "SET m.q.r = :n", "SET m.x.y = :n",
        "SET m.a = :n, m.a.b = :n", "SET m = :m, m.a = :n", "SET l[0] = :n, l = :l", "SET l[0] = :n, l[0] = :s",
        "REMOVE m, m.a", "SET m.a.b = :n REMOVE m.a", "REMOVE m.a.b, m.a.c", "REMOVE m.a.c[0], m.a.c[1]",
        "SET l[0] = :n REMOVE l[1]", "SET l = :l REMOVE l[0]", "SET m.a.b = :n, m.a.c = :s", "SET s.x = :n",
        "SET n[0] = :n", "REMOVE s.x", "REMOVE s[0]", "SET missing.x = :n", "SET missing[0] = :n",
        "ADD ss :ss", "ADD ns :ns", "ADD bs :bs", "DELETE ss :ss", "DELETE ns :ns", "DELETE bs :bs",
        "DELETE ss :ssAll", "DELETE ns :nsAll", "DELETE bs :bsAll", "ADD ss :ns", "ADD ns :ss", "DELETE bs :ss",
        "ADD n :n", "ADD n :neg", "ADD missing :n", "ADD missing :ss", "ADD missing :bs", "ADD s :n", "ADD l :l",
        "DELETE n :n", "DELETE missing :ss", "ADD m.a.b :n", "ADD l[0] :n", "ADD m.a.z :ns", "ADD n :s",
        "ADD ss :s", "DELETE ss :s", "ADD n :big", "ADD big :one", "ADD big :big", "ADD n :max",
        "SET l = list_append(l, :l)", "SET l = list_append(:l, l)", "SET l = list_append(l, :n)",
        "SET l = list_append(:s, :l)", "SET l = list_append(missing, :l)", "SET l = list_append(l, l)",
        "SET l = list_append(if_not_exists(missing, :empty), :l)", "SET l = list_append(:empty, :empty)",
        "SET l = list_append(ss, :l)", "SET l = list_append(m, :l)", "SET l[2] = list_append(l[2], :l)",
        "SET x = if_not_exists(x, :n)", "SET n = if_not_exists(missing, :n) + :n",
        "SET x = if_not_exists(if_not_exists(x, :n), :n)", "SET m.a.b = if_not_exists(m.a.b, :n)",
        "SET x = if_not_exists(:n, x)", "SET x = if_not_exists(l[9], :s)", "SET n = if_not_exists(n, :n) + :one",
        "SET n = n + :n", "SET n = n - :n", "SET n = :big + :big", "SET n = :max + :max", "SET n = :min - :max",
        "SET n = :tiny - :tiny15", "SET n = :tiny + :tiny", "SET n = :big + :frac", "SET n = :max - :max",
        "SET n = big + :one", "SET n = big - big", "SET n = :tiny - :tiny", "SET n = :frac + :frac + :frac",
        "SET s = s + :n", "SET n = n + :s", "SET n = missing + :n", "SET n = l + :n", "SET n = :n + :n + :n - :one",
        "SET n = size(l)", "SET a = :n, a.b = :n", "SET a = :n REMOVE a", "SET a = :n ADD a :n",
        "REMOVE a ADD a :n", "SET l[0] = :n ADD l[0] :n", "DELETE ss :ss ADD ss :ss", "SET #r = :n",
        "SET t = :null, z = :bool", "SET m.a.c = list_append(m.a.c, :l)", "SET b = :b12, l[4] = :b"};

    /** Conditions and filters: every function on every type, bad type codes, cross-type comparisons, precedence. */
    static final String[] CONDITIONS = {
        "attribute_type(s, :tS)", "attribute_type(n, :tN)", "attribute_type(b, :tB)", "attribute_type(ss, :tSS)",
        "attribute_type(ns, :tNS)", "attribute_type(bs, :tBS)", "attribute_type(l, :tL)", "attribute_type(m, :tM)",
        "attribute_type(t, :tBOOL)", "attribute_type(z, :tNULL)", "attribute_type(s, :tX)",
        "attribute_type(s, :tLower)", "attribute_type(s, :tEmpty)", "attribute_type(s, :n)",
        "attribute_type(missing, :tS)", "attribute_type(m.a, :tM)", "attribute_type(l[2], :tL)",
        "size(s) = :n", "size(n) > :one", "size(b) = :one", "size(ss) = :n", "size(ns) >= :one", "size(bs) < :n",
        "size(l) = :n", "size(m) = :n", "size(t) = :one", "size(z) = :one", "size(missing) = :one",
        "size(m.a.c) = :one", "size(l[2]) > :one",
        "contains(ss, :s)", "contains(ss, :n)", "contains(ns, :one)", "contains(ns, :s)", "contains(bs, :b)",
        "contains(l, :one)", "contains(l, :s)", "contains(s, :he)", "contains(b, :b)", "contains(m, :s)",
        "contains(n, :one)", "contains(s, :n)", "contains(t, :bool)", "contains(l, :l)",
        "begins_with(s, :he)", "begins_with(b, :b)", "begins_with(b, :b12)", "begins_with(n, :one)",
        "begins_with(s, :n)", "begins_with(l, :s)", "begins_with(ss, :s)",
        "n BETWEEN :lo AND :hi", "n BETWEEN :hi AND :lo", "s BETWEEN :s AND :he", "n BETWEEN :n AND :n",
        "n BETWEEN :s AND :n", ":lo BETWEEN :hi AND :lo",
        "s < :n", "n < :s", "l = :l", "m = :m", "ss = :ss", "ss = :ssAll", "t = :bool", "z = :null", "z < :null",
        "l < :l", "b > :b", "n = :big", "big = :big", "n <> :s", "ns = :nsAll",
        "attribute_exists(s) OR attribute_exists(x) AND attribute_exists(y)",
        "(attribute_exists(s) OR attribute_exists(x)) AND attribute_exists(y)",
        "NOT attribute_exists(x) AND attribute_exists(s)", "NOT (attribute_exists(x) OR attribute_exists(s))",
        "NOT NOT attribute_exists(s)", "attribute_exists(s) AND NOT n = :n OR z = :null",
        "attribute_exists(l[2][1])", "attribute_not_exists(l[5])", "attribute_exists(m.a.c[1])",
        "attribute_exists(l.x)", "attribute_exists(m[0])", "attribute_exists(:n)", "n IN (:n)",
        "n IN (:lo, :hi, :n)", "s IN (:s, :n)", "attribute_exists(#r)", "size(#r) > :one"};

    /** Projections of nested lists and maps, out-of-range indexes, overlapping and duplicate paths. */
    static final String[] PROJECTIONS = {
        "l[0], l[2][1]", "m.a.b, m.x", "l[1], l[0]", "m.a.c[0], m.x", "l[20]", "m.missing", "l[0].x", "n, n",
        "m.a, m.a.b", "m.a.b, m.a", "l[2], l[2][0]", "l[3].a, l[2][1], s", "l[0], l[0]", "m.a.c[1], m.a.c[0]",
        "l[2][0], l[2][1]", "s[0]", "m.a.c", "l[4], b", "ss, ns, bs", "#r, s", "#r", "pk, sk, missing",
        "m.a.c[5], l[2][9]", "l[3].a, l[3]"};

    /**
     * Update expressions with several problems at once (undefined {@code :q} and {@code #y}, overlapping
     * paths, sections used twice, functions), and writes into keys and paths into index keys: which
     * problem DynamoDB names first, and whether the condition comes before it.
     */
    static final String[] PROBLEM_UPDATES = {
        "SET a = :q ADD a :q", "SET a = :n, a[0] = :q", "SET a = :q, a.b = :n, #y = :n",
        "SET a = :n, a.b = :n SET c = :n, #y = :n", "SET #y = :n, b = size(:n)", "SET a = size(:n) SET c = :n",
        "SET a = :q, #y = :n, a.b = :n", "SET a = :n, a.b = :n, name = :n", "SET a = :n, a.b = :n, b = foo(:n)",
        "SET a = :q, a = :n, #y = :n", "SET a = :n, a.b = :n", "SET a.b = :n, a = :n", "SET a[0] = :n, a.b = :n",
        "SET sk[0] = :n", "SET sk = :n", "SET sk.x = :n", "REMOVE sk", "SET n[0] = :n", "SET x = sk[0]",
        "SET x = n[0]", "SET pk = :n", "SET g[0] = :n", "ADD n :n", "SET n = :s", "SET k = :s", "REMOVE g, k"};

    /** Conditions for {@link #PROBLEM_UPDATES}: none, failing and holding ones, and ones with problems of their own. */
    static final String[] PROBLEM_CONDITIONS = {null, "attribute_not_exists(pk)", "attribute_exists(pk)",
        "foo(a) AND a = :q", "a = :q AND #y = :n", "attribute_exists(n[0])", "attribute_not_exists(sk.x)"};

    private DataPlaneExpressions() {
    }
}
