package dev.dynamoobjects.processor.parse;

import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import dev.dynamoobjects.processor.Message;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Refuses a stored default that reads its record. A {@code default} accessor without
 * {@code @Derived} is an attribute whose body runs once, when the value is missing; if the body
 * reads the record ({@code net() + tax()}), the stored result keeps the old value after
 * {@code withNet(..)} and is saved stale. Reading means calling an instance method of the record
 * (an accessor, a helper, {@code toString()}) or using {@code this}.
 *
 * <p>The check is syntactic: during annotation processing javac has not yet attributed method
 * bodies, so a call is matched by name against the record's instance methods. It needs javac's
 * tree API and the method's source; without either it is skipped.
 */
final class StoredDefaults {
    private final Trees trees;
    private final Elements elements;

    /** @param trees javac's trees, or null under another compiler */
    StoredDefaults(Trees trees, Elements elements) {
        this.trees = trees;
        this.elements = elements;
    }

    /** Reports the default accessor {@code method} of {@code record} when its body reads the record. */
    void check(TypeElement record, ExecutableElement method, Problems problems) {
        String read = readOf(record, method);
        if (read != null) {
            problems.error(method, Message.STORED_DEFAULT_READS_RECORD, method.getSimpleName(), read);
        }
    }

    /** Returns what the body reads of the record ({@code "net()"} or {@code "this"}), or null. */
    private String readOf(TypeElement record, ExecutableElement method) {
        Tree tree = sourceOf(method);
        if (!(tree instanceof MethodTree methodTree) || methodTree.getBody() == null) {
            return null;
        }
        Reads reads = new Reads(instanceMethods(record));
        reads.scan(methodTree.getBody(), null);
        return reads.found;
    }

    private Tree sourceOf(ExecutableElement method) {
        try {
            return trees == null ? null : trees.getTree(method);
        } catch (RuntimeException noSource) {
            return null;
        }
    }

    private Set<String> instanceMethods(TypeElement record) {
        return ElementFilter.methodsIn(elements.getAllMembers(record)).stream()
                .filter(method -> !method.getModifiers().contains(Modifier.STATIC))
                .map(method -> method.getSimpleName().toString())
                .collect(Collectors.toSet());
    }

    /** Finds the first call of the record's instance methods on {@code this}, or use of {@code this}. */
    private static final class Reads extends TreeScanner<Void, Void> {
        private final Set<String> instanceMethods;
        private String found;

        Reads(Set<String> instanceMethods) {
            this.instanceMethods = instanceMethods;
        }

        @Override
        public Void scan(Tree tree, Void unused) {
            return found != null ? null : super.scan(tree, unused);
        }

        @Override
        public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
            Tree select = call.getMethodSelect();
            if (select instanceof IdentifierTree name && instanceMethods.contains(name.getName().toString())) {
                found = name.getName() + "()";
            } else if (select instanceof MemberSelectTree member && isThisOrSuper(member.getExpression())) {
                found = member.getIdentifier() + "()";
            }
            return super.visitMethodInvocation(call, unused);
        }

        @Override
        public Void visitIdentifier(IdentifierTree identifier, Void unused) {
            if (identifier.getName().contentEquals("this")) {
                found = "this";
            }
            return null;
        }

        @Override
        public Void visitMemberSelect(MemberSelectTree member, Void unused) {
            if (member.getIdentifier().contentEquals("this")) {
                found = "this"; // Order.this
                return null;
            }
            return super.visitMemberSelect(member, unused);
        }

        /** Returns true for {@code this}, {@code Order.this} and {@code Order.super}. */
        private static boolean isThisOrSuper(Tree receiver) {
            String name = receiver instanceof IdentifierTree identifier ? identifier.getName().toString()
                    : receiver instanceof MemberSelectTree member ? member.getIdentifier().toString() : "";
            return name.equals("this") || name.equals("super");
        }
    }
}
