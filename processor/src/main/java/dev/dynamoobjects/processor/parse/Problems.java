package dev.dynamoobjects.processor.parse;

import dev.dynamoobjects.processor.Message;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/** Reports the errors found in one interface and remembers whether there were any. */
final class Problems {
    private final Messager messager;
    private final AnnotationSites sites;
    private boolean any;

    Problems(Messager messager, AnnotationSites sites) {
        this.messager = messager;
        this.sites = sites;
    }

    /** Reports an error on an element. */
    void error(Element element, Message message, Object... arguments) {
        any = true;
        messager.printMessage(Diagnostic.Kind.ERROR, message.format(arguments), site(element));
    }

    /** Reports an error on an annotation of an element. */
    void error(Element element, AnnotationMirror annotation, Message message, Object... arguments) {
        error(element, annotation, null, message, arguments);
    }

    /** Reports an error on one value (null: the whole) of an annotation of an element. */
    void error(Element element, AnnotationMirror annotation, AnnotationValue value, Message message,
               Object... arguments) {
        any = true;
        String text = message.format(arguments);
        if (!sites.print(text, site(element), annotation, value)) {
            messager.printMessage(Diagnostic.Kind.ERROR, text, site(element), annotation, value);
        }
    }

    /**
     * Returns where javac can show an error about an element: a record component has no source
     * position in javac 17's diagnostics, but the record's field of the same name has that line.
     */
    private static Element site(Element element) {
        if (element.getKind() != ElementKind.RECORD_COMPONENT) {
            return element;
        }
        return ElementFilter.fieldsIn(element.getEnclosingElement().getEnclosedElements()).stream()
                .filter(field -> field.getSimpleName().equals(element.getSimpleName()))
                .findFirst().<Element>map(field -> field).orElse(element.getEnclosingElement());
    }

    /** Marks the interface as not generated, for a problem javac reports itself (an unknown type). */
    void silent() {
        any = true;
    }

    /** Returns true when an error was reported. */
    boolean any() {
        return any;
    }
}
