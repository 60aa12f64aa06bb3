package dev.dynamoobjects.it.writes;

import dev.dynamoobjects.annotation.GeneratedUuid;
import dev.dynamoobjects.annotation.Key;
import dev.dynamoobjects.annotation.Record;

/** A record keyed by a UUID the library generates. */
@Record(table = "note")
public interface Note {
    @Key
    @GeneratedUuid
    String noteId();

    String text();
}
