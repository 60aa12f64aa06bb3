package dev.dynamoobjects.processor.model;

/** The part an attribute plays in the table's primary key. */
public enum KeyRole {
    NONE, PARTITION, SORT
}
