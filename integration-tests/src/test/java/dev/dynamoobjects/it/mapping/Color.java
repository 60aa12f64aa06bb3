package dev.dynamoobjects.it.mapping;

/** An enum attribute, stored by name. */
public enum Color {
    RED, GREEN, BLUE
}
