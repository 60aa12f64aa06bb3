package dev.dynamoobjects.expression;

/** Writes one expression fragment, asking for a placeholder for every name and value. */
@FunctionalInterface
interface Renderer {
    String render(Placeholders placeholders);
}
