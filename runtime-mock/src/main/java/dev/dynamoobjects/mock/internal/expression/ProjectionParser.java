package dev.dynamoobjects.mock.internal.expression;

import java.util.ArrayList;
import java.util.List;

/** Parses projection expressions: document paths separated by commas, none inside another. */
final class ProjectionParser extends ParserBase {
    private ProjectionParser(String text, Placeholders placeholders) {
        super(text, ExpressionKind.PROJECTION, placeholders);
    }

    static Projection parse(String text, Placeholders placeholders) {
        ProjectionParser parser = new ProjectionParser(text, placeholders);
        List<Path> paths = new ArrayList<>();
        do {
            if (!parser.atPathStart()) {
                throw parser.syntaxError();
            }
            paths.add(parser.parsePath());
        } while (parser.accept(TokenType.COMMA));
        String clash = PathChecks.firstClash(paths);
        if (clash != null) {
            parser.problem(clash);
        }
        parser.expectEnd();
        ProjectionNode root = new ProjectionNode();
        paths.forEach(root::add);
        return root;
    }
}
