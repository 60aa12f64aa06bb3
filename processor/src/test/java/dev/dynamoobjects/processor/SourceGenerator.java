package dev.dynamoobjects.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Stands for another annotation processor of the same build: writes given sources in given rounds
 * (the first is 1), so that records referring to them see them only from the next round on. A
 * round happens only after one that generated something.
 */
final class SourceGenerator extends AbstractProcessor {
    private final Map<Integer, Map<String, String>> sourcesByRound = new HashMap<>();
    private int round;

    /** Adds a source of the package {@code test}, whose text follows {@link Compilations#HEADER}. */
    SourceGenerator source(int inRound, String simpleName, String body) {
        sourcesByRound.computeIfAbsent(inRound, r -> new LinkedHashMap<>()).put("test." + simpleName, Compilations.HEADER + body);
        return this;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment environment) {
        sourcesByRound.getOrDefault(++round, Map.of()).forEach(this::write);
        return false;
    }

    private void write(String name, String text) {
        try (Writer writer = processingEnv.getFiler().createSourceFile(name).openWriter()) {
            writer.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
