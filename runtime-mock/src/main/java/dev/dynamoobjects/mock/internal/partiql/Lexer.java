package dev.dynamoobjects.mock.internal.partiql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a PartiQL statement into tokens: words (keywords and plain names, matched without regard
 * to case by the parser), double-quoted names, single-quoted strings ({@code ''} is a quote),
 * numbers, {@code ?} and punctuation, of which {@code <<}, {@code >>}, {@code <=}, {@code >=},
 * {@code <>} and {@code !=} are two characters long. Anything else is a syntax error.
 */
final class Lexer {
    enum Kind { WORD, QUOTED_NAME, STRING, NUMBER, PARAMETER, SYMBOL, END }

    /** One token; {@code text} is a word, a name or string without its quotes, a number, or a symbol. */
    record Token(Kind kind, String text, int start, int end) {
        boolean is(String symbolOrKeyword) {
            return (kind == Kind.SYMBOL || kind == Kind.WORD) && text.equalsIgnoreCase(symbolOrKeyword);
        }
    }

    private static final List<String> TWO_CHARACTER_SYMBOLS = List.of("<<", ">>", "<=", ">=", "<>", "!=");
    private static final String ONE_CHARACTER_SYMBOLS = ".,()[]{}:=<>+-*;";

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;

    private Lexer(String text) {
        this.text = text;
    }

    /** Returns the statement's tokens, ending with an END token; throws {@link SyntaxError} on a stray character. */
    static List<Token> tokenize(String text) {
        Lexer lexer = new Lexer(text);
        lexer.run();
        lexer.tokens.add(new Token(Kind.END, "", text.length(), text.length()));
        return lexer.tokens;
    }

    private void run() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (Character.isLetter(c) || c == '_') {
                tokens.add(word());
            } else if (Character.isDigit(c) || c == '.' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1))) {
                tokens.add(number());
            } else if (c == '\'' || c == '"') {
                tokens.add(quoted(c));
            } else if (c == '?') {
                tokens.add(new Token(Kind.PARAMETER, "?", pos, ++pos));
            } else {
                tokens.add(symbol());
            }
        }
    }

    private Token word() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
                || text.charAt(pos) == '$')) {
            pos++;
        }
        return new Token(Kind.WORD, text.substring(start, pos), start, pos);
    }

    private Token number() {
        int start = pos;
        digits();
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            digits();
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            digits();
        }
        return new Token(Kind.NUMBER, text.substring(start, pos), start, pos);
    }

    private void digits() {
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
    }

    /** A 'string' or a "name"; a doubled quote inside stands for one quote. */
    private Token quoted(char quote) {
        StringBuilder value = new StringBuilder();
        int start = pos++;
        while (true) {
            if (pos >= text.length()) {
                throw new SyntaxError();
            }
            char c = text.charAt(pos++);
            if (c != quote) {
                value.append(c);
            } else if (pos < text.length() && text.charAt(pos) == quote) {
                value.append(quote);
                pos++;
            } else {
                return new Token(quote == '\'' ? Kind.STRING : Kind.QUOTED_NAME, value.toString(), start, pos);
            }
        }
    }

    private Token symbol() {
        if (pos + 1 < text.length() && TWO_CHARACTER_SYMBOLS.contains(text.substring(pos, pos + 2))) {
            pos += 2;
            return new Token(Kind.SYMBOL, text.substring(pos - 2, pos), pos - 2, pos);
        }
        char c = text.charAt(pos);
        if (ONE_CHARACTER_SYMBOLS.indexOf(c) < 0) {
            throw new SyntaxError();
        }
        pos++;
        return new Token(Kind.SYMBOL, String.valueOf(c), pos - 1, pos);
    }
}
