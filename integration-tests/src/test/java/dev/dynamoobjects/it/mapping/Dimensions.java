package dev.dynamoobjects.it.mapping;

import dev.dynamoobjects.annotation.Document;

/** A Java record as a nested document. */
@Document
public record Dimensions(double width, double height) {
}
