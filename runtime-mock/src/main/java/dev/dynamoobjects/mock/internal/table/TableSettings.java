package dev.dynamoobjects.mock.internal.table;

import dev.dynamoobjects.mock.internal.limit.Limits;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.OnDemandThroughput;
import software.amazon.awssdk.services.dynamodb.model.SSEDescription;
import software.amazon.awssdk.services.dynamodb.model.SSESpecification;
import software.amazon.awssdk.services.dynamodb.model.SSEStatus;
import software.amazon.awssdk.services.dynamodb.model.SSEType;
import software.amazon.awssdk.services.dynamodb.model.TableClass;
import software.amazon.awssdk.services.dynamodb.model.TableClassSummary;

/**
 * A table's control-plane settings that change nothing the engine does with items, kept so that
 * DescribeTable reports what CreateTable and UpdateTable set: encryption, deletion protection, table
 * class, on-demand maximums and point-in-time recovery.
 *
 * <p>Engine-internal. Not thread-safe: callers hold the engine's lock.
 */
public final class TableSettings {
    /** The AWS managed key ({@code alias/aws/dynamodb}) stands for itself with a fixed id. */
    private static final String AWS_MANAGED_KEY_ID =
            UUID.nameUUIDFromBytes("alias/aws/dynamodb".getBytes(StandardCharsets.UTF_8)).toString();

    private SSESpecification encryption;
    private boolean deletionProtection;
    private TableClassSummary tableClass;
    private OnDemandThroughput onDemandThroughput;
    private Instant recoverySince;
    /** DynamoDB keeps point-in-time recovery for as long as it may unless told otherwise. */
    private int recoveryDays = Limits.MAX_RECOVERY_DAYS;

    /** Sets server-side encryption; a specification that does not enable KMS means DynamoDB's own key. */
    public void encryption(SSESpecification specification) {
        encryption = specification;
    }

    /** Returns the encryption specification as CreateTable or UpdateTable last gave it, or null. */
    public SSESpecification encryption() {
        return encryption;
    }

    /** Returns SSEDescription as DynamoDB reports it: only for a KMS key, with the key's ARN. */
    public SSEDescription encryptionDescription() {
        if (encryption == null || !usesKms(encryption)) {
            return null;
        }
        String keyId = encryption.kmsMasterKeyId() == null ? AWS_MANAGED_KEY_ID : encryption.kmsMasterKeyId();
        return SSEDescription.builder()
                .status(SSEStatus.ENABLED)
                .sseType(SSEType.KMS)
                .kmsMasterKeyArn(Catalog.kmsKeyArn(keyId))
                .build();
    }

    private static boolean usesKms(SSESpecification specification) {
        return Boolean.TRUE.equals(specification.enabled()) || specification.sseType() == SSEType.KMS;
    }

    /** Returns whether DeleteTable is refused. */
    public boolean deletionProtection() {
        return deletionProtection;
    }

    /** Sets whether DeleteTable is refused. */
    public void deletionProtection(boolean value) {
        deletionProtection = value;
    }

    /** Returns TableClassSummary, or null when no table class was ever set. */
    public TableClassSummary tableClass() {
        return tableClass;
    }

    /** Sets the table class; {@code changedAt} is null at creation, when DynamoDB reports no update time. */
    public void tableClass(TableClass value, Instant changedAt) {
        tableClass = TableClassSummary.builder().tableClass(value).lastUpdateDateTime(changedAt).build();
    }

    /** Returns the on-demand maximums, or null when none were set. */
    public OnDemandThroughput onDemandThroughput() {
        return onDemandThroughput;
    }

    /** Sets the on-demand maximums; a maximum the request leaves out keeps its value. */
    public void onDemandThroughput(OnDemandThroughput value) {
        if (onDemandThroughput == null) {
            onDemandThroughput = value;
            return;
        }
        onDemandThroughput = OnDemandThroughput.builder()
                .maxReadRequestUnits(value.maxReadRequestUnits() != null
                        ? value.maxReadRequestUnits() : onDemandThroughput.maxReadRequestUnits())
                .maxWriteRequestUnits(value.maxWriteRequestUnits() != null
                        ? value.maxWriteRequestUnits() : onDemandThroughput.maxWriteRequestUnits())
                .build();
    }

    /** Returns since when point-in-time recovery is on, or null when it is off. */
    public Instant recoverySince() {
        return recoverySince;
    }

    /** Returns how many days back point-in-time recovery reaches. */
    public int recoveryDays() {
        return recoveryDays;
    }

    /** Turns point-in-time recovery on (keeping its start when already on) or off. */
    public void pointInTimeRecovery(boolean enabled, int days, Instant now) {
        recoverySince = !enabled ? null : recoverySince == null ? now : recoverySince;
        recoveryDays = days;
    }
}
