package dev.dynamoobjects.tools.cli;

import dev.dynamoobjects.batch.ItemTable;
import dev.dynamoobjects.internal.errors.Describe;
import dev.dynamoobjects.table.DynamoDatabase;
import dev.dynamoobjects.tools.TableAdmin;
import dev.dynamoobjects.tools.TableCopy;
import dev.dynamoobjects.tools.TableExport;
import dev.dynamoobjects.tools.TableImport;
import dev.dynamoobjects.tools.ThroughputScope;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/** What each command of {@link ToolsMain} does; each returns the exit code. */
final class Commands {
    /** The FILE word that stands for standard input or output. */
    private static final String STANDARD_STREAM = "-";

    private final DynamoDbClient client;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    Commands(DynamoDbClient client, InputStream in, PrintStream out, PrintStream err) {
        this.client = client;
        this.in = in;
        this.out = out;
        this.err = err;
    }

    int list(Arguments args) {
        args.allowOnly(Set.of("--prefix", "--endpoint", "--region"));
        String prefix = args.optional("--prefix").orElse("");
        admin(prefix).list().forEach(name -> out.println(prefix + name));
        return 0;
    }

    int describe(Arguments args) {
        args.allowOnly(Set.of("--prefix", "--table", "--endpoint", "--region"));
        TableDescription table = admin(args.optional("--prefix").orElse("")).describe(args.required("--table"));
        out.println(table.tableName() + ": " + table.tableStatusAsString() + ", " + Describe.count(table.itemCount(), "item") + ", "
                + billing(table));
        table.keySchema().forEach(key -> out.println("  key " + key.attributeName() + " (" + key.keyTypeAsString() + ")"));
        table.globalSecondaryIndexes().forEach(index -> out.println("  global index " + index.indexName() + ": "
                + index.indexStatusAsString() + (TableAdmin.isOnDemand(table) ? "" : ", read "
                + index.provisionedThroughput().readCapacityUnits()
                + ", write " + index.provisionedThroughput().writeCapacityUnits())));
        table.localSecondaryIndexes().forEach(index -> out.println("  local index " + index.indexName()));
        return 0;
    }

    int copy(Arguments args) {
        args.allowOnly(Set.of("--table", "--to-table", "--from-prefix", "--to-prefix", "--segments",
                "--endpoint", "--region"));
        String table = args.required("--table");
        String toTable = args.optional("--to-table").orElse(table);
        String fromPrefix = args.optional("--from-prefix").orElse("");
        String toPrefix = args.optional("--to-prefix").orElse("");
        if ((fromPrefix + table).equals(toPrefix + toTable)) {
            throw new UsageException("copy needs another target than its source " + fromPrefix + table
                    + ": give --to-prefix or --to-table");
        }
        TableDescription source = admin(fromPrefix).describe(table);
        TableAdmin target = admin(toPrefix);
        if (target.find(toTable).isEmpty()) {
            target.createLike(source, toTable);
            err.println("Created " + toPrefix + toTable + " like " + source.tableName());
        }
        ItemTable from = ItemTable.of(client, source);
        ItemTable to = ItemTable.describe(client, toPrefix + toTable);
        ProgressLine line = new ProgressLine(err, from.name() + " -> " + to.name());
        long copied = TableCopy.items(from, to)
                .segments((int) args.number("--segments", 4))
                .listener(line)
                .run();
        line.finish();
        out.println("Copied " + Describe.count(copied, "item") + " from " + from.name() + " to " + to.name());
        return 0;
    }

    int export(Arguments args) throws IOException {
        args.allowOnly(Set.of("--prefix", "--segments", "--consistent-read", "--endpoint", "--region"));
        List<String> words = args.words(2, "a TABLE and a FILE (- for standard output)");
        String table = args.optional("--prefix").orElse("") + words.get(0);
        String file = words.get(1);
        ProgressLine line = ProgressLine.exporting(err, table);
        TableExport export = TableExport.of(client, table)
                .segments((int) args.number("--segments", 4))
                .consistentRead(args.has("--consistent-read"))
                .listener(line);
        long exported = file.equals(STANDARD_STREAM) ? export.to(out) : export.to(Path.of(file));
        line.finish();
        (file.equals(STANDARD_STREAM) ? err : out).println("Exported " + Describe.count(exported, "item") + " from "
                + table + " to " + name(file, "standard output"));
        return 0;
    }

    int importFile(Arguments args) throws IOException {
        args.allowOnly(Set.of("--prefix", "--threads", "--check", "--endpoint", "--region"));
        List<String> words = args.words(2, "a FILE (- for standard input) and a TABLE");
        String file = words.get(0);
        String table = args.optional("--prefix").orElse("") + words.get(1);
        TableImport into = TableImport.into(client, table).threads((int) args.number("--threads", 4));
        if (args.has("--check")) {
            long items = file.equals(STANDARD_STREAM) ? into.check(in, name(file, "standard input")) : into.check(Path.of(file));
            out.println(name(file, "standard input") + " holds " + Describe.count(items, "item") + " for " + table + "; nothing written");
            return 0;
        }
        ProgressLine line = ProgressLine.importing(err, table);
        into.listener(line);
        long imported = file.equals(STANDARD_STREAM) ? into.from(in, name(file, "standard input")) : into.from(Path.of(file));
        line.finish();
        out.println("Imported " + Describe.count(imported, "item") + " from " + name(file, "standard input") + " into " + table);
        return 0;
    }

    int raise(Arguments args) throws IOException, InterruptedException {
        args.allowOnly(Set.of("--table", "--prefix", "--read", "--write", "--endpoint", "--region"));
        List<String> tables = args.all("--table");
        if (tables.isEmpty() || args.rest().isEmpty()) {
            throw new UsageException("raise needs at least one --table and a command after --; see --help");
        }
        if (!args.has("--read") && !args.has("--write")) {
            throw new UsageException("raise needs the capacity to raise to: give --read R, --write W or both;"
                    + " see --help");
        }
        TableAdmin admin = admin(args.optional("--prefix").orElse(""));
        try (ThroughputScope scope = ThroughputScope.raise(admin, args.number("--read", 0), args.number("--write", 0),
                tables)) {
            scope.raised().forEach(previous -> err.println("Raised capacity; will put back " + previous));
            Process command = new ProcessBuilder(args.rest()).inheritIO().start();
            return command.waitFor();
        }
    }

    /** Returns a FILE word for messages: the file's name, or the standard stream it stands for. */
    private static String name(String file, String stream) {
        return file.equals(STANDARD_STREAM) ? stream : file;
    }

    private TableAdmin admin(String prefix) {
        return new TableAdmin(DynamoDatabase.builder().client(client).tablePrefix(prefix).build());
    }

    private static String billing(TableDescription table) {
        if (TableAdmin.isOnDemand(table)) {
            return "on-demand";
        }
        return "provisioned read " + table.provisionedThroughput().readCapacityUnits()
                + ", write " + table.provisionedThroughput().writeCapacityUnits();
    }
}
