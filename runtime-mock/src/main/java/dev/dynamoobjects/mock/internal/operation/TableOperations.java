package dev.dynamoobjects.mock.internal.operation;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.limit.Limits;
import dev.dynamoobjects.mock.internal.table.Catalog;
import dev.dynamoobjects.mock.internal.table.Table;
import dev.dynamoobjects.mock.internal.table.TableDescriptions;
import dev.dynamoobjects.mock.internal.validation.Messages;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveResponse;
import software.amazon.awssdk.services.dynamodb.model.ListTablesRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveSpecification;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveResponse;

/** DescribeTable, DeleteTable, ListTables and the TTL setting: the small table operations. */
public final class TableOperations {
    private TableOperations() {
    }

    public static DescribeTableResponse describe(Catalog catalog, DescribeTableRequest request) {
        Constraints.of().tableName(request.tableName()).check();
        return DescribeTableResponse.builder().table(TableDescriptions.describe(catalog.table(request.tableName())))
                .build();
    }

    /** DeleteTable: refused while deletion protection is on; answers DELETING, as DynamoDB does. */
    public static DeleteTableResponse delete(Catalog catalog, DeleteTableRequest request) {
        Constraints.of().tableName(request.tableName()).check();
        Table table = catalog.table(request.tableName());
        if (table.settings().deletionProtection()) {
            throw DynamoErrors.validation(Messages.DELETION_PROTECTED);
        }
        // Described as it was, stream included: the stream is disabled with the table.
        TableDescription deleting = TableDescriptions.describe(table, TableStatus.DELETING);
        catalog.delete(request.tableName());
        return DeleteTableResponse.builder().tableDescription(deleting).build();
    }

    /** ListTables: names in order after ExclusiveStartTableName, at most Limit (1 to 100, default 100). */
    public static ListTablesResponse list(Catalog catalog, ListTablesRequest request) {
        Integer limit = request.limit();
        Constraints.of()
                .name("exclusiveStartTableName", request.exclusiveStartTableName(), Limits.MIN_TABLE_NAME_LENGTH)
                .atLeast("limit", limit, 1)
                .atMost("limit", limit, Limits.MAX_LIST_TABLES_LIMIT)
                .check();
        int max = limit == null ? Limits.MAX_LIST_TABLES_LIMIT : limit;
        String start = request.exclusiveStartTableName();
        Iterator<String> names = (start == null ? catalog.tables().navigableKeySet()
                : catalog.tables().navigableKeySet().tailSet(start, false)).iterator();
        List<String> page = new ArrayList<>();
        while (names.hasNext() && page.size() < max) {
            page.add(names.next());
        }
        ListTablesResponse.Builder response = ListTablesResponse.builder().tableNames(page);
        if (names.hasNext()) {
            response.lastEvaluatedTableName(page.get(page.size() - 1));
        }
        return response.build();
    }

    public static DescribeTimeToLiveResponse describeTimeToLive(Catalog catalog, DescribeTimeToLiveRequest request) {
        Constraints.of().tableName(request.tableName()).check();
        TimeToLiveSpecification ttl = catalog.table(request.tableName()).timeToLive();
        TimeToLiveDescription.Builder description = TimeToLiveDescription.builder();
        if (ttl != null && Boolean.TRUE.equals(ttl.enabled())) {
            description.timeToLiveStatus(TimeToLiveStatus.ENABLED).attributeName(ttl.attributeName());
        } else {
            description.timeToLiveStatus(TimeToLiveStatus.DISABLED);
        }
        return DescribeTimeToLiveResponse.builder().timeToLiveDescription(description.build()).build();
    }

    private static void checkAttributeName(String name) {
        String member = "timeToLiveSpecification.attributeName";
        if ("".equals(name)) {
            throw DynamoErrors.validation(Messages.memberTooShort(name, member, 1));
        }
        if (name != null && name.length() > Limits.MAX_TIME_TO_LIVE_ATTRIBUTE_NAME_LENGTH) {
            throw DynamoErrors.validation(Messages.memberTooLong(name, member,
                    Limits.MAX_TIME_TO_LIVE_ATTRIBUTE_NAME_LENGTH));
        }
    }

    /** UpdateTimeToLive: stores the setting; items expire by the engine's TTL rule, not here. */
    public static UpdateTimeToLiveResponse updateTimeToLive(Catalog catalog, UpdateTimeToLiveRequest request) {
        TimeToLiveSpecification wanted = request.timeToLiveSpecification();
        String member = "timeToLiveSpecification";
        Constraints.of().tableName(request.tableName()).notNull(member, wanted != null)
                .notNull(member + ".enabled", wanted == null || wanted.enabled() != null)
                .notNull(member + ".attributeName", wanted == null || wanted.attributeName() != null)
                .check();
        checkAttributeName(wanted.attributeName());
        Table table = catalog.table(request.tableName());
        boolean enabled = table.timeToLive() != null && Boolean.TRUE.equals(table.timeToLive().enabled());
        boolean enable = Boolean.TRUE.equals(wanted.enabled());
        if (enabled && !table.timeToLive().attributeName().equals(wanted.attributeName())) {
            throw DynamoErrors.validation(Messages.timeToLiveOnOtherAttribute(table.timeToLive().attributeName()));
        }
        if (enabled && enable) {
            throw DynamoErrors.validation(Messages.TTL_ALREADY_ENABLED);
        }
        if (!enabled && !enable) {
            throw DynamoErrors.validation(Messages.TTL_ALREADY_DISABLED);
        }
        table.timeToLive(wanted);
        return UpdateTimeToLiveResponse.builder().timeToLiveSpecification(wanted).build();
    }
}
