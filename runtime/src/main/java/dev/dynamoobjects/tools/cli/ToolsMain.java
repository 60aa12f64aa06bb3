package dev.dynamoobjects.tools.cli;

import dev.dynamoobjects.exception.DynamoObjectsException;
import dev.dynamoobjects.exception.TableNotFoundException;
import dev.dynamoobjects.table.DynamoDatabase;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The operator tools on the command line: list and describe tables, copy a table to another prefix
 * (with a progress line on stderr), and raise capacity while another command runs. Run with
 * {@code --help} for the usage.
 *
 * <pre>{@code
 * java -jar dynamo-objects-tools.jar copy --from-prefix staging_ --to-prefix prod_ --table product
 * }</pre>
 */
public final class ToolsMain {
    /** The exit code for a command word it does not know: the shell's "command not found". */
    static final int UNKNOWN_COMMAND = 127;
    private static final Set<String> COMMANDS = Set.of("list", "describe", "copy", "raise");
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
            "",
            "Connection (default: the AWS SDK's chain of region and credentials):",
            "  --endpoint URL   e.g. http://localhost:8000 (or DYNAMO_OBJECTS_ENDPOINT)",
            "  --region NAME    e.g. eu-west-1 (or DYNAMO_OBJECTS_REGION)",
            "  --help           print this help",
            "",
            "Exit codes: 0 done, 1 DynamoDB failed, 2 wrong command line, " + UNKNOWN_COMMAND
                    + " unknown command.",
            "Run as: java -jar dynamo-objects-tools.jar COMMAND [options]",
            "");

    private ToolsMain() {
    }

    /** Runs one command and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, ToolsMain::connect));
    }

    /** Runs one command with a client from {@code connect} and returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err, Function<Arguments, DynamoDbClient> connect) {
        try {
            Arguments arguments = Arguments.parse(args);
            if (arguments.has("--help") || "help".equals(arguments.command())) {
                out.print(USAGE);
                return 0;
            }
            if (arguments.command() == null) {
                throw new UsageException("Name a command: list, describe, copy or raise; see --help");
            }
            if (!COMMANDS.contains(arguments.command())) {
                throw new UnknownCommandException("Unknown command " + arguments.command()
                        + "; use list, describe, copy or raise; see --help");
            }
            return dispatch(arguments, new Commands(connect.apply(arguments), out, err));
        } catch (UnknownCommandException e) {
            err.println(e.getMessage());
            return UNKNOWN_COMMAND;
        } catch (UsageException e) {
            err.println(e.getMessage());
            return 2;
        } catch (TableNotFoundException e) {
            err.println(missingTable(e.table()));
            return 1;
        } catch (DynamoObjectsException e) {
            err.println();
            err.println(e.getMessage());
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
                return commands.list(args);
            case "describe":
                return commands.describe(args);
            case "copy":
                return commands.copy(args);
            case "raise":
                return commands.raise(args);
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
