package dev.dynamoobjects.benchmarks.mapping;

import dev.dynamoobjects.annotation.Key;
import dev.dynamoobjects.annotation.Record;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The nested shape: a list, a string set, a map, a list of documents and a document. */
@Record(table = "nested")
public interface Nested {
    @Key
    String id();

    List<String> tags();

    Set<String> labels();

    Map<String, Integer> counts();

    List<LineItem> lines();

    Address address();
}
