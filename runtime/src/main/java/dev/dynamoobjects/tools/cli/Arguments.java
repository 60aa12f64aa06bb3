package dev.dynamoobjects.tools.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed command line: the command, its {@code --name value} options (some repeatable) and,
 * after {@code --}, the words of another command.
 */
final class Arguments {
    private static final Set<String> FLAGS = Set.of("--help");

    private final String command;
    private final Map<String, List<String>> options;
    private final List<String> rest;

    private Arguments(String command, Map<String, List<String>> options, List<String> rest) {
        this.command = command;
        this.options = options;
        this.rest = rest;
    }

    static Arguments parse(String... args) {
        Map<String, List<String>> options = new LinkedHashMap<>();
        String command = null;
        for (int i = 0; i < args.length; i++) {
            String word = args[i];
            if (word.equals("--")) {
                return new Arguments(command, options, List.copyOf(Arrays.asList(args).subList(i + 1, args.length)));
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
                throw new UsageException("Unexpected word '" + word + "'; options start with --, see --help");
            }
        }
        return new Arguments(command, options, List.of());
    }

    /** Returns the command word, or null when there is none. */
    String command() {
        return command;
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
