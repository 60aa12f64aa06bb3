package dev.dynamoobjects.mock.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The server's command-line options, parsed into {@link ServerOptions}.
 *
 * <pre>{@code
 * ServerOptions options = CommandLine.parse("--port", "0", "--credentials", "AKID:secret").orElseThrow();
 * }</pre>
 */
final class CommandLine {
    /** DynamoDB Local's default port, so tools configured for it work unchanged. */
    static final int DEFAULT_PORT = 8000;
    /** How often {@code --durability relaxed} forces the journal to the disk. */
    static final int RELAXED_FLUSH_MILLIS = 100;

    static final String USAGE = String.join("\n",
            "Usage: java -jar dynamo-objects-mock-server.jar [options]",
            "",
            "An in-memory DynamoDB speaking DynamoDB's HTTP protocol.",
            "",
            "Options:",
            "  --port N                 port to listen on (default " + DEFAULT_PORT + "; 0 picks a free one)",
            "  --host ADDRESS           address to bind (default 127.0.0.1; 0.0.0.0 for every interface)",
            "  --credentials KEY:SECRET accept only requests signed (AWS SigV4) with this access key;",
            "                           repeat for more keys. Without it, any request is accepted.",
            "  --max-connections N      connections open at once (default 512); at the limit a new",
            "                           connection takes the place of the longest-idle one",
            "  --cors ORIGINS           let browser pages from these comma-separated origins call the",
            "                           server (CORS), or * for any origin (default: off)",
            "  --data-dir DIR           keep tables and items in DIR (a journal), so they survive restarts",
            "                           and kill -9; without it, nothing touches the disk",
            "  --durability MODE        with --data-dir: strict (default; each write is on the disk before",
            "                           it is acknowledged) or relaxed (the journal is forced to the disk",
            "                           every " + RELAXED_FLUSH_MILLIS + " ms; a machine crash may lose the last "
                    + RELAXED_FLUSH_MILLIS + " ms)",
            "  --compact-after N        with --data-dir: write a snapshot and drop the journal before it once",
            "                           the journal holds more than N writes and twice the items (default 10000)",
            "  --keep-heap              leave the JVM's heap settings alone; by default, under G1 and unless",
            "                           -XX:MinHeapFreeRatio, MaxHeapFreeRatio or G1PeriodicGCInterval is given,",
            "                           the heap keeps at most " + HeapTuning.MAX_FREE_PERCENT
                    + "% free and shrinks after " + HeapTuning.IDLE_SECONDS + " s without a collection",
            "  --help                   print this help",
            "");

    /** The options that take a value, to tell a missing value from an unknown last option. */
    private static final Set<String> VALUED_OPTIONS =
            Set.of("--port", "--host", "--credentials", "--max-connections", "--cors", "--data-dir", "--durability",
                    "--compact-after");

    private CommandLine() {
    }

    /** The options {@code args} describe, or empty when they ask for help. */
    static Optional<ServerOptions> parse(String... args) {
        ServerOptions options = ServerOptions.defaults().port(DEFAULT_PORT);
        Path dataDirectory = null;
        boolean relaxed = false;
        Integer compactAfter = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                return Optional.empty();
            }
            if (option.equals("--keep-heap")) {
                options.keepHeap(true);
                continue;
            }
            String value = valueOf(args, ++i, option);
            switch (option) {
                case "--data-dir":
                    dataDirectory = Path.of(value);
                    break;
                case "--durability":
                    relaxed = relaxed(value);
                    break;
                case "--compact-after":
                    compactAfter = number(value, option);
                    if (compactAfter < 1) {
                        throw new IllegalArgumentException("Option --compact-after needs a positive number, got '"
                                + value + "'.");
                    }
                    break;
                case "--port":
                    options.port(number(value, option));
                    break;
                case "--host":
                    options.host(value);
                    break;
                case "--credentials":
                    addCredentials(options, value);
                    break;
                case "--cors":
                    options.cors(Arrays.stream(value.split(",", -1)).map(String::trim).toArray(String[]::new));
                    break;
                case "--max-connections":
                    options.maxConnections(number(value, option));
                    break;
                default:
                    throw new IllegalArgumentException(unknown(option));
            }
        }
        if ((relaxed || compactAfter != null) && dataDirectory == null) {
            throw new IllegalArgumentException("Option " + (relaxed ? "--durability" : "--compact-after")
                    + " needs --data-dir; see --help.");
        }
        return Optional.of(dataDirectory == null ? options : options.dataDirectory(dataDirectory,
                relaxed ? Duration.ofMillis(RELAXED_FLUSH_MILLIS) : null, compactAfter));
    }

    private static boolean relaxed(String value) {
        if (!value.equals("strict") && !value.equals("relaxed")) {
            throw new IllegalArgumentException("Option --durability needs strict or relaxed, got '" + value + "'.");
        }
        return value.equals("relaxed");
    }

    private static String valueOf(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(VALUED_OPTIONS.contains(option)
                    ? "Option " + option + " needs a value; see --help."
                    : unknown(option));
        }
        return args[index];
    }

    private static String unknown(String option) {
        return "Unknown option " + option + "; see --help.";
    }

    private static int number(String value, String option) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Option " + option + " needs a whole number, got '" + value + "'.");
        }
    }

    private static void addCredentials(ServerOptions options, String value) {
        int colon = value.indexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            throw new IllegalArgumentException(
                    "Option --credentials needs ACCESS_KEY_ID:SECRET_ACCESS_KEY, got '" + value + "'.");
        }
        options.credentials(value.substring(0, colon), value.substring(colon + 1));
    }
}
