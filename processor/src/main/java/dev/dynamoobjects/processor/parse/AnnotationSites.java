package dev.dynamoobjects.processor.parse;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.tools.Diagnostic;

/**
 * Places an error on the source of one annotation value, where javac's {@code Messager} cannot:
 * javac 17 ignores the value and shows the whole annotation, and it does not find an annotation
 * that is one of several repeated ones (held by a container such as {@code @GlobalIndexes}), so
 * such errors land on the interface. Uses the compiler tree API, which only javac offers: under
 * another compiler {@link #print} answers false and the caller falls back to the {@code Messager}.
 */
final class AnnotationSites {
    private final Trees trees;

    /** @param trees javac's trees, or null under another compiler */
    AnnotationSites(Trees trees) {
        this.trees = trees;
    }

    /**
     * Prints an error on the value (or, when null or not written in the source, on the annotation)
     * of an annotation of an element; returns false when the source of either cannot be found.
     */
    boolean print(String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
        try {
            return printOnTree(message, element, annotation, value);
        } catch (RuntimeException treesOfAnotherShape) {
            // Placing an error better must never lose it: the Messager reports it then.
            return false;
        }
    }

    private boolean printOnTree(String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
        TreePath path = trees == null ? null : trees.getPath(element);
        AnnotationTree annotationTree = path == null ? null : find(path, element, annotation);
        if (annotationTree == null) {
            return false;
        }
        Tree site = value == null ? annotationTree : valueTree(annotationTree, annotation, value);
        trees.printMessage(Diagnostic.Kind.ERROR, message, site, path.getCompilationUnit());
        return true;
    }

    private AnnotationTree find(TreePath path, Element element, AnnotationMirror annotation) {
        TreePath found = trees.getPath(element, annotation);
        if (found != null && found.getLeaf() instanceof AnnotationTree tree) {
            return tree;
        }
        // Repeated annotations: the n-th mirror in the container is the n-th tree of its type.
        int ordinal = ordinalInContainer(element, annotation);
        List<AnnotationTree> sameType = new ArrayList<>();
        for (AnnotationTree tree : annotationTrees(path.getLeaf())) {
            TreePath typePath = new TreePath(new TreePath(path, tree), tree.getAnnotationType());
            if (annotation.getAnnotationType().asElement().equals(trees.getElement(typePath))) {
                sameType.add(tree);
            }
        }
        return ordinal >= 0 && ordinal < sameType.size() ? sameType.get(ordinal) : null;
    }

    /** Returns the position of an annotation among the values of a container annotation of the element, or -1. */
    private static int ordinalInContainer(Element element, AnnotationMirror annotation) {
        for (AnnotationMirror container : element.getAnnotationMirrors()) {
            for (AnnotationValue value : container.getElementValues().values()) {
                if (value.getValue() instanceof List<?> values) {
                    int index = indexOf(values, annotation);
                    if (index >= 0) {
                        return index;
                    }
                }
            }
        }
        return -1;
    }

    private static int indexOf(List<?> values, AnnotationMirror annotation) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) instanceof AnnotationValue value && value.getValue() == annotation) {
                return i;
            }
        }
        return -1;
    }

    private static List<? extends AnnotationTree> annotationTrees(Tree declaration) {
        ModifiersTree modifiers = declaration instanceof ClassTree c ? c.getModifiers()
                : declaration instanceof MethodTree m ? m.getModifiers()
                : declaration instanceof VariableTree v ? v.getModifiers() : null;
        return modifiers == null ? List.of() : modifiers.getAnnotations();
    }

    /** Returns the expression of the value as written, or the annotation when it takes its default. */
    private static Tree valueTree(AnnotationTree tree, AnnotationMirror annotation, AnnotationValue value) {
        String member = memberOf(annotation, value);
        for (ExpressionTree argument : tree.getArguments()) {
            if (argument instanceof AssignmentTree assignment
                    && assignment.getVariable() instanceof IdentifierTree name
                    && name.getName().contentEquals(member)) {
                return assignment.getExpression();
            }
            if (!(argument instanceof AssignmentTree) && "value".equals(member)) {
                return argument;
            }
        }
        return tree;
    }

    private static String memberOf(AnnotationMirror annotation, AnnotationValue value) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : annotation.getElementValues().entrySet()) {
            if (entry.getValue() == value) {
                return entry.getKey().getSimpleName().toString();
            }
        }
        return null;
    }
}
