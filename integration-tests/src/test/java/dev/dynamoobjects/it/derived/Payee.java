package dev.dynamoobjects.it.derived;

import dev.dynamoobjects.annotation.Derived;
import dev.dynamoobjects.annotation.Document;

/** A document with a derived value, stored inside {@link Invoice} without it. */
@Document
public interface Payee {
    String firstName();

    String lastName();

    @Derived
    default String fullName() {
        return firstName() + " " + lastName();
    }
}
