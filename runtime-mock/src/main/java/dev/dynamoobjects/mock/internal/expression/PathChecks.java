package dev.dynamoobjects.mock.internal.expression;

import java.util.List;

/** DynamoDB's rule that the paths an update writes, or a projection reads, must be disjoint. */
final class PathChecks {
    private PathChecks() {
    }

    /**
     * Returns the message for a pair of paths where one contains the other (overlap) or where one
     * indexes a list and the other a map at the same place (conflict), or null. DynamoDB reports the
     * pair it finds checking each path, from the last, against those before it, nearest first.
     */
    static String firstClash(List<Path> paths) {
        for (int i = paths.size() - 1; i > 0; i--) {
            for (int j = i - 1; j >= 0; j--) {
                String clash = clash(paths.get(j), paths.get(i));
                if (clash != null) {
                    return clash;
                }
            }
        }
        return null;
    }

    private static String clash(Path one, Path two) {
        int common = one.commonPrefix(two);
        if (common == one.length() || common == two.length()) {
            return ExpressionMessages.pathsOverlap(one.toString(), two.toString());
        }
        if (common > 0 && one.isIndex(common) != two.isIndex(common)) {
            return ExpressionMessages.pathsConflict(one.toString(), two.toString());
        }
        return null;
    }
}
