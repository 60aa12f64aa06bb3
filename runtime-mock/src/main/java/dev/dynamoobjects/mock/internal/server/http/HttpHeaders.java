package dev.dynamoobjects.mock.internal.server.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A request's headers in arrival order; names compare case-insensitively, as HTTP says. */
public final class HttpHeaders {
    private final List<String> names = new ArrayList<>();
    private final List<String> values = new ArrayList<>();

    void add(String name, String value) {
        names.add(name.toLowerCase(Locale.ROOT));
        values.add(value);
    }

    /** The first value of {@code name}, or null. */
    public String first(String name) {
        int i = names.indexOf(name.toLowerCase(Locale.ROOT));
        return i < 0 ? null : values.get(i);
    }

    /** Every value of {@code name} (lower case), in arrival order. */
    public List<String> all(String lowerCaseName) {
        List<String> all = new ArrayList<>(1);
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equals(lowerCaseName)) {
                all.add(values.get(i));
            }
        }
        return all;
    }
}
