package dev.dynamoobjects.tools.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed command line: the command, its words (such as a table and a file), its
 * {@code --name value} options (some repeatable) and, after {@code --}, the words of another command.
 */
final class Arguments {
    private static final Set<String> FLAGS = Set.of("--help", "--consistent-read", "--check");

    private final String command;
    private final List<String> words;
    private final Map<String, List<String>> options;
    private final List<String> rest;

    private Arguments(String command, List<String> words, Map<String, List<String>> options, List<String> rest) {
        this.command = command;
        this.words = words;
        this.options = options;
        this.rest = rest;
    }

    static Arguments parse(String... args) {
        Map<String, List<String>> options = new LinkedHashMap<>();
        List<String> words = new ArrayList<>();
        String command = null;
        for (int i = 0; i < args.length; i++) {
            String word = args[i];
            if (word.equals("--")) {
                return new Arguments(command, words, options,
                        List.copyOf(Arrays.asList(args).subList(i + 1, args.length)));
            }
            if (FLAGS.contains(word)) {
                options.computeIfAbsent(word, name -> new ArrayList<>()).add("true");
            } else if (word.startsWith("--")) {
                if (i + 1 >= args.length) {
                    throw new UsageException("Option " + word + " needs a value; see --help");
                }
                options.computeIfAbsent(word, name -> new ArrayList<>()).add(args[++i]);
            } else if (command == null) {
                command = word;
            } else {
                words.add(word);
            }
        }
        return new Arguments(command, words, options, List.of());
    }

    /** Returns the command word, or null when there is none. */
    String command() {
        return command;
    }

    /**
     * Returns the command's words after the command, refusing more or fewer than {@code count}.
     *
     * @param what the words the command needs, for the message: "a TABLE and a FILE"
     */
    List<String> words(int count, String what) {
        if (words.size() > count) {
            throw new UsageException("Unexpected word '" + words.get(count) + "'; options start with --, see --help");
        }
        if (words.size() < count) {
            throw new UsageException(command + " needs " + what + "; see --help");
        }
        return words;
    }

    /** Returns these arguments, refusing any word after the command (for commands that take options only). */
    Arguments noWords() {
        words(0, "");
        return this;
    }

    boolean has(String option) {
        return options.containsKey(option);
    }

    Optional<String> optional(String option) {
        List<String> values = options.get(option);
        return values == null ? Optional.empty() : Optional.of(values.get(values.size() - 1));
    }

    String required(String option) {
        return optional(option).orElseThrow(() -> new UsageException(command + " needs " + option + "; see --help"));
    }

    List<String> all(String option) {
        return options.getOrDefault(option, List.of());
    }

    long number(String option, long fallback) {
        String value = optional(option).orElse(null);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException("Option " + option + " needs a whole number, not '" + value + "'");
        }
    }

    /** Returns the words after {@code --}. */
    List<String> rest() {
        return rest;
    }

    /** Refuses options the command does not know. */
    void allowOnly(Set<String> known) {
        for (String option : options.keySet()) {
            if (!known.contains(option)) {
                throw new UsageException("Unknown option " + option + " for " + command + "; see --help");
            }
        }
    }
}
