package dev.dynamoobjects.mock.internal.operation;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.limit.Limits;
import dev.dynamoobjects.mock.internal.table.Catalog;
import dev.dynamoobjects.mock.internal.table.Table;
import dev.dynamoobjects.mock.internal.table.TableSettings;
import dev.dynamoobjects.mock.internal.validation.Messages;
import java.time.Instant;
import software.amazon.awssdk.services.dynamodb.model.ContinuousBackupsDescription;
import software.amazon.awssdk.services.dynamodb.model.ContinuousBackupsStatus;
import software.amazon.awssdk.services.dynamodb.model.DescribeContinuousBackupsRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeContinuousBackupsResponse;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryDescription;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoverySpecification;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryStatus;
import software.amazon.awssdk.services.dynamodb.model.UpdateContinuousBackupsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateContinuousBackupsResponse;

/**
 * DescribeContinuousBackups and UpdateContinuousBackups: the point-in-time recovery setting of a
 * table, kept and reported as DynamoDB reports it. The engine keeps no history to restore from;
 * the restore operations stay unsupported.
 */
public final class ContinuousBackups {
    private ContinuousBackups() {
    }

    /** DescribeContinuousBackups: the table's point-in-time recovery setting. */
    public static DescribeContinuousBackupsResponse describe(Catalog catalog,
                                                             DescribeContinuousBackupsRequest request) {
        Table table = table(catalog, request.tableName());
        return DescribeContinuousBackupsResponse.builder()
                .continuousBackupsDescription(description(table.settings(), catalog.now()))
                .build();
    }

    /** UpdateContinuousBackups: turns point-in-time recovery on or off, for 1 to 35 days (35 by default). */
    public static UpdateContinuousBackupsResponse update(Catalog catalog, UpdateContinuousBackupsRequest request) {
        PointInTimeRecoverySpecification wanted = request.pointInTimeRecoverySpecification();
        if (wanted == null || wanted.pointInTimeRecoveryEnabled() == null) {
            throw DynamoErrors.validation(Messages.memberNull(wanted == null ? "pointInTimeRecoverySpecification"
                    : "pointInTimeRecoverySpecification.pointInTimeRecoveryEnabled"));
        }
        int days = recoveryDays(wanted.recoveryPeriodInDays());
        Table table = table(catalog, request.tableName());
        table.settings().pointInTimeRecovery(wanted.pointInTimeRecoveryEnabled(), days, catalog.now());
        return UpdateContinuousBackupsResponse.builder()
                .continuousBackupsDescription(description(table.settings(), catalog.now()))
                .build();
    }

    private static int recoveryDays(Integer days) {
        if (days == null) {
            return Limits.MAX_RECOVERY_DAYS;
        }
        String member = "pointInTimeRecoverySpecification.recoveryPeriodInDays";
        if (days < 1) {
            throw DynamoErrors.validation(Messages.memberAtLeast(days.toString(), member, 1));
        }
        if (days > Limits.MAX_RECOVERY_DAYS) {
            throw DynamoErrors.validation(Messages.memberAtMost(days.toString(), member, Limits.MAX_RECOVERY_DAYS));
        }
        return days;
    }

    /** These operations answer a missing table with TableNotFoundException, not ResourceNotFoundException. */
    private static Table table(Catalog catalog, String name) {
        if (name == null) {
            throw DynamoErrors.validation(Messages.memberNull("tableName"));
        }
        if (!catalog.exists(name)) {
            throw DynamoErrors.tableNotFound(Messages.tableNotFound(name));
        }
        return catalog.table(name);
    }

    /**
     * Continuous backups (on-demand backups) read ENABLED whatever point-in-time recovery is, as the AWS
     * CLI reference's describe-continuous-backups example shows them; DynamoDB answers DISABLED only
     * for the first seconds of a new table (ScyllaDB's alternator tests, run against DynamoDB, note it).
     */
    private static ContinuousBackupsDescription description(TableSettings settings, Instant now) {
        Instant since = settings.recoverySince();
        PointInTimeRecoveryDescription.Builder recovery = PointInTimeRecoveryDescription.builder();
        if (since == null) {
            recovery.pointInTimeRecoveryStatus(PointInTimeRecoveryStatus.DISABLED);
        } else {
            recovery.pointInTimeRecoveryStatus(PointInTimeRecoveryStatus.ENABLED)
                    .recoveryPeriodInDays(settings.recoveryDays())
                    .earliestRestorableDateTime(since)
                    .latestRestorableDateTime(now);
        }
        return ContinuousBackupsDescription.builder()
                .continuousBackupsStatus(ContinuousBackupsStatus.ENABLED)
                .pointInTimeRecoveryDescription(recovery.build())
                .build();
    }
}
