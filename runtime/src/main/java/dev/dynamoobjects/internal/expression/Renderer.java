package dev.dynamoobjects.internal.expression;

import dev.dynamoobjects.expression.Placeholders;

/** Writes one expression fragment, asking for a placeholder for every name and value. */
@FunctionalInterface
public interface Renderer {
    String render(Placeholders placeholders);
}
