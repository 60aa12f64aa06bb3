package dev.dynamoobjects.it.mapping;

import dev.dynamoobjects.annotation.Document;
import java.util.List;

/** A nested document, recursive through its annexes. */
@Document
public interface Address {
    String street();

    String city();

    int floor();

    List<Address> annexes();
}
