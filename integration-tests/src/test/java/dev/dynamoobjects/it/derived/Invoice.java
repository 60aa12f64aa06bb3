package dev.dynamoobjects.it.derived;

import dev.dynamoobjects.annotation.Derived;
import dev.dynamoobjects.annotation.Key;
import dev.dynamoobjects.annotation.Record;

/** Stored amounts, a stored default that reads nothing of the record, and values derived from them. */
@Record(table = "invoice")
public interface Invoice {
    @Key
    String invoiceId();

    long net();

    long tax();

    Payee payee();

    default String currency() {
        return "EUR";
    }

    @Derived
    default long gross() {
        return net() + tax();
    }

    @Derived
    default String label() {
        return invoiceId() + ": " + gross() + " " + currency();
    }
}
