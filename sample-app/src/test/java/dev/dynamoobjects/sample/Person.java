package dev.dynamoobjects.sample;

import dev.dynamoobjects.annotation.Key;
import dev.dynamoobjects.annotation.Record;
import dev.dynamoobjects.annotation.SchemaVersion;

// The README's migrations block shows this between the snippet markers (ReadmeSnippetsTest).
// snippet: person
@Record(table = "person")
@SchemaVersion(3)                         // items carry it in "schemaVersion"; none means 0
public interface Person { @Key String personId(); String firstName(); String lastName(); int age(); }
// end snippet
