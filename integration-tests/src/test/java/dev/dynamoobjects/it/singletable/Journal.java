package dev.dynamoobjects.it.singletable;

import dev.dynamoobjects.annotation.Entity;
import dev.dynamoobjects.annotation.SingleTable;
import dev.dynamoobjects.annotation.Stream;
import dev.dynamoobjects.annotation.StreamView;

/** A single table whose stream carries new images only: too little to tell entity types apart. */
@SingleTable(name = "journal")
@Stream(StreamView.NEW_IMAGE)
public sealed interface Journal permits Journal.Entry {
    /** One entry of a day. */
    @Entity(type = "entry", pk = "DAY#{day}", sk = "ENTRY#{entryId}")
    record Entry(String day, String entryId, String text) implements Journal {
    }
}
