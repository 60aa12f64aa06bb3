package dev.dynamoobjects.tools.cli;

import dev.dynamoobjects.exception.DynamoObjectsException;
import dev.dynamoobjects.exception.TableNotFoundException;
import dev.dynamoobjects.table.DynamoDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The operator tools on the command line: list and describe tables, copy a table to another prefix
 * (with a progress line on stderr), raise capacity while another command runs, and export a table
 * to DynamoDB JSON lines or import such a file. Run with {@code --help} for the usage.
 *
 * <pre>{@code
 * java -jar dynamo-objects-tools.jar copy --from-prefix staging_ --to-prefix prod_ --table product
 * java -jar dynamo-objects-tools.jar export prod_product product.jsonl.gz
 * java -jar dynamo-objects-tools.jar import product.jsonl.gz product --prefix dev_ --endpoint http://localhost:8000
 * }</pre>
 */
public final class ToolsMain {
    /** The exit code for a command word it does not know: the shell's "command not found". */
    static final int UNKNOWN_COMMAND = 127;
    private static final List<String> COMMANDS = List.of("list", "describe", "copy", "raise", "export", "import");
    private static final String COMMAND_NAMES = String.join(", ", COMMANDS.subList(0, COMMANDS.size() - 1))
            + " or " + COMMANDS.get(COMMANDS.size() - 1);
    static final String USAGE = String.join("\n",
            "Usage: dynamo-objects-tools COMMAND [options]",
            "",
            "Commands:",
            "  list     [--prefix P]                 list the tables whose names start with P",
            "  describe --table T [--prefix P]       show status, items, billing, keys and indexes of P+T",
            "  copy     --table T --from-prefix A --to-prefix B [--to-table T2] [--segments N]",
            "                                        copy every item of A+T into B+T (or B+T2), created like",
            "                                        A+T when missing; N parallel scan segments (default 4);",
            "                                        progress on stderr",
            "  raise    --table T [--table T2 ...] [--prefix P] [--read R] [--write W] -- COMMAND [ARGS...]",
            "                                        raise the capacity of the tables and their global indexes",
            "                                        to at least R and W (give one or both) while COMMAND runs,",
            "                                        then put it back; exits with COMMAND's exit code",
            "  export   TABLE FILE [--prefix P] [--consistent-read] [--segments N]",
            "                                        write every item of P+TABLE to FILE as DynamoDB JSON lines,",
            "                                        the format of DynamoDB's export to S3 and ImportTable;",
            "                                        gzip when FILE ends with .gz; - for standard output",
            "  import   FILE TABLE [--prefix P] [--threads N] [--check]",
            "                                        write the items of FILE (DynamoDB JSON lines: an export, or a",
            "                                        data file of DynamoDB's export to S3; plain or gzip; - for",
            "                                        standard input) into the existing table P+TABLE, replacing",
            "                                        items by key; stops at the first bad line, saying how many",
            "                                        items were written; --check reads FILE and writes nothing",
            "",
            "Connection (default: the AWS SDK's chain of region and credentials):",
            "  --endpoint URL   e.g. http://localhost:8000 (or DYNAMO_OBJECTS_ENDPOINT)",
            "  --region NAME    e.g. eu-west-1 (or DYNAMO_OBJECTS_REGION)",
            "  --help           print this help",
            "",
            "Exit codes: 0 done, 1 DynamoDB failed or a file could not be read or written (or had a bad",
            "line), 2 wrong command line, " + UNKNOWN_COMMAND + " unknown command.",
            "Run as: java -jar dynamo-objects-tools.jar COMMAND [options]",
            "");

    private ToolsMain() {
    }

    /** Runs one command and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err, ToolsMain::connect));
    }

    /** Runs one command with a client from {@code connect}, no standard input, and returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err, Function<Arguments, DynamoDbClient> connect) {
        return run(args, InputStream.nullInputStream(), out, err, connect);
    }

    /** Runs one command with a client from {@code connect} and returns the exit code. */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err,
            Function<Arguments, DynamoDbClient> connect) {
        try {
            Arguments arguments = Arguments.parse(args);
            if (arguments.has("--help") || "help".equals(arguments.command())) {
                out.print(USAGE);
                return 0;
            }
            if (arguments.command() == null) {
                throw new UsageException("Name a command: " + COMMAND_NAMES + "; see --help");
            }
            if (!COMMANDS.contains(arguments.command())) {
                throw new UnknownCommandException("Unknown command " + arguments.command()
                        + "; use " + COMMAND_NAMES + "; see --help");
            }
            return dispatch(arguments, new Commands(connect.apply(arguments), in, out, err));
        } catch (UnknownCommandException e) {
            err.println(e.getMessage());
            return UNKNOWN_COMMAND;
        } catch (UsageException e) {
            err.println(e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + "; see --help");   // an option's value out of its range: --segments 0
            return 2;
        } catch (TableNotFoundException e) {
            err.println(missingTable(e.table()));
            return 1;
        } catch (DynamoObjectsException e) {
            err.println();
            err.println(e.getMessage());
            return 1;
        } catch (NoSuchFileException e) {
            err.println("No such file: " + e.getFile());
            return 1;
        } catch (IOException e) {
            err.println("Could not run the command: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("Interrupted");
            return 1;
        }
    }

    private static int dispatch(Arguments args, Commands commands) throws IOException, InterruptedException {
        switch (args.command()) {
            case "list":
                return commands.list(args.noWords());
            case "describe":
                return commands.describe(args.noWords());
            case "copy":
                return commands.copy(args.noWords());
            case "raise":
                return commands.raise(args.noWords());
            case "export":
                return commands.export(args);
            case "import":
                return commands.importFile(args);
            default:
                throw new IllegalStateException("not in COMMANDS: " + args.command());
        }
    }

    /** An operator's advice: the runtime's own text speaks to programmers about creating tables. */
    private static String missingTable(String table) {
        return "Table " + table + " does not exist at this endpoint and region. Check the name and --prefix"
                + " (tables are named prefix + table), --endpoint and --region; 'list' shows the tables there.";
    }

    /** Connects as {@link DynamoDatabase#fromEnvironment()} does, after --endpoint and --region. */
    private static DynamoDbClient connect(Arguments args) {
        args.optional("--endpoint").ifPresent(url -> System.setProperty("dynamo.objects.endpoint", url));
        args.optional("--region").ifPresent(region -> System.setProperty("dynamo.objects.region", region));
        return DynamoDatabase.fromEnvironment().client();
    }
}
