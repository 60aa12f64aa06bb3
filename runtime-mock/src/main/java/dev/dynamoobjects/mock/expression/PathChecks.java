package dev.dynamoobjects.mock.expression;

import java.util.List;

/** DynamoDB's rule that the paths an update writes, or a projection reads, must be disjoint. */
final class PathChecks {
    private PathChecks() {
    }

    /**
     * Returns the message for the first pair of paths where one contains the other (overlap) or
     * where one indexes a list and the other a map at the same place (conflict), or null.
     */
    static String firstClash(List<Path> paths) {
        for (int i = 0; i < paths.size(); i++) {
            for (int j = i + 1; j < paths.size(); j++) {
                String clash = clash(paths.get(i), paths.get(j));
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
