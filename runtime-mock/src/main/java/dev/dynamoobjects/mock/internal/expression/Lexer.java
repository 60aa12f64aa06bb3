package dev.dynamoobjects.mock.internal.expression;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an expression into tokens the way DynamoDB's lexer does: names are letters, digits and
 * underscores starting with a letter (a leading underscore is an unknown token); {@code #name} and
 * {@code :value} placeholders; digit runs (list indexes); keywords in any case; any other character
 * is a one-character unknown token that the parser reports as a syntax error.
 */
final class Lexer {
    private static final TokenType[] KEYWORDS = {
        TokenType.AND, TokenType.OR, TokenType.NOT, TokenType.BETWEEN, TokenType.IN,
        TokenType.SET, TokenType.REMOVE, TokenType.ADD, TokenType.DELETE,
    };

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;

    private Lexer(String text) {
        this.text = text;
    }

    /** Returns the tokens of the text, ending with an EOF token; white space is dropped. */
    static List<Token> tokenize(String text) {
        Lexer lexer = new Lexer(text);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pos++;
            } else {
                tokens.add(next(c));
            }
        }
        tokens.add(new Token(TokenType.EOF, text.length(), text.length()));
    }

    private Token next(char c) {
        int start = pos;
        if (isLetter(c)) {
            pos = skipWordChars(pos + 1);
            return new Token(keywordOrName(start, pos), start, pos);
        }
        if (c >= '0' && c <= '9') {
            pos = skipDigits(pos + 1);
            return new Token(TokenType.INDEX, start, pos);
        }
        if ((c == '#' || c == ':') && pos + 1 < text.length() && isWordChar(text.charAt(pos + 1))) {
            pos = skipWordChars(pos + 1);
            return new Token(c == '#' ? TokenType.NAME_REF : TokenType.VALUE_REF, start, pos);
        }
        return new Token(symbol(c), start, pos);
    }

    /** Keywords are matched in any case, without allocating a lower-case copy of every name. */
    private TokenType keywordOrName(int start, int end) {
        int length = end - start;
        for (TokenType keyword : KEYWORDS) {
            String word = keyword.name();
            if (word.length() == length && text.regionMatches(true, start, word, 0, length)) {
                return keyword;
            }
        }
        return TokenType.NAME;
    }

    private TokenType symbol(char c) {
        char following = pos + 1 < text.length() ? text.charAt(pos + 1) : 0;
        pos++;
        switch (c) {
            case '=': return TokenType.EQ;
            case '<':
                if (following == '>' || following == '=') {
                    pos++;
                    return following == '>' ? TokenType.NE : TokenType.LE;
                }
                return TokenType.LT;
            case '>':
                if (following == '=') {
                    pos++;
                    return TokenType.GE;
                }
                return TokenType.GT;
            case '+': return TokenType.PLUS;
            case '-': return TokenType.MINUS;
            case ',': return TokenType.COMMA;
            case '.': return TokenType.DOT;
            case '(': return TokenType.LPAREN;
            case ')': return TokenType.RPAREN;
            case '[': return TokenType.LBRACKET;
            case ']': return TokenType.RBRACKET;
            default:
                if (Character.isHighSurrogate(c) && pos < text.length()) {
                    pos++;
                }
                return TokenType.UNKNOWN;
        }
    }

    private int skipWordChars(int i) {
        while (i < text.length() && isWordChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private int skipDigits(int i) {
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isWordChar(char c) {
        return isLetter(c) || c == '_' || (c >= '0' && c <= '9');
    }
}
