package dev.dynamoobjects.sample;

import dev.dynamoobjects.annotation.Key;
import dev.dynamoobjects.annotation.Record;

/** An audit entry, written in the same transaction as the change it records (README, transactions). */
@Record(table = "audit")
public interface Audit {
    @Key String auditId();
    String text();
}
