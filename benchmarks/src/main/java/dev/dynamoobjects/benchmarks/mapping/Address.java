package dev.dynamoobjects.benchmarks.mapping;

import dev.dynamoobjects.annotation.Document;

/** The address of {@link Nested}. */
@Document
public interface Address {
    String street();

    String city();

    String zip();
}
