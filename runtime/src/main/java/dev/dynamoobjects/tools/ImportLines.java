package dev.dynamoobjects.tools;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The items of the lines of a {@link TableImport}'s file, up to the first bad line, which it
 * remembers (its number and what is wrong with it); blank lines are skipped.
 */
final class ImportLines {
    private final Utf8Lines reader;
    private final KeyCheck keys;
    private long number;
    private long badLine;
    private String problem;

    ImportLines(Utf8Lines reader, KeyCheck keys) {
        this.reader = reader;
        this.keys = keys;
    }

    /** Returns the item of the next line that is not blank, or null at the end or at a bad line. */
    Map<String, AttributeValue> next() throws IOException {
        while (badLine == 0) {
            String line = readLine();
            if (line == null) {
                return null;
            }
            if (!line.isBlank()) {
                return item(line);
            }
        }
        return null;
    }

    private String readLine() throws IOException {
        try {
            number++;
            return reader.next();
        } catch (CharacterCodingException e) {
            bad("its bytes are not UTF-8 text");
            return null;
        }
    }

    private Map<String, AttributeValue> item(String line) {
        try {
            Map<String, AttributeValue> item = ItemJsonReader.item(line);
            String keyProblem = keys.problem(item);
            if (keyProblem == null) {
                return item;
            }
            bad(keyProblem);
        } catch (BadLineException e) {
            bad(e.getMessage());
        }
        return null;
    }

    private void bad(String reason) {
        badLine = number;
        problem = reason;
    }

    long badLine() {
        return badLine;
    }

    String problem() {
        return problem;
    }
}
