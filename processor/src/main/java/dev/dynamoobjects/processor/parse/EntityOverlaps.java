package dev.dynamoobjects.processor.parse;

import dev.dynamoobjects.processor.Message;
import dev.dynamoobjects.processor.model.EntityModel;
import dev.dynamoobjects.processor.model.KeyTemplate;
import dev.dynamoobjects.processor.model.RecordModel;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;

/**
 * Reports what two entities of one table must not share: a type value, and keys that could be
 * equal. Two entities' keys can never be equal when the literal prefixes of their partition key
 * templates, or of their sort key templates, differ at a character both have: keys then differ
 * there whatever the placeholders hold. When both prefixes of one entity are prefixes of the
 * other's, a placeholder can fill the gap ({@code ORDER{id}} and {@code ORDERLINE#{id}}), so that
 * is an error: the rule is strict but simple, and the fix (a distinct literal prefix) is what
 * single-table designs do anyway. The same prefixes also keep each entity's own queries, which
 * read the keys starting with its sort key prefix, to its own items.
 */
final class EntityOverlaps {
    private final Annotations annotations;
    private final Problems problems;

    EntityOverlaps(Annotations annotations, Problems problems) {
        this.annotations = annotations;
        this.problems = problems;
    }

    void check(List<RecordModel> entities) {
        Map<String, RecordModel> byType = new HashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            RecordModel entity = entities.get(i);
            AnnotationMirror mirror = EntityParser.entityOf(annotations, entity.originating());
            RecordModel sameType = byType.putIfAbsent(entity.entity().typeValue(), entity);
            if (sameType != null) {
                problems.error(entity.originating(), mirror, annotations.value(mirror, "type"), Message.ENTITY_TYPE_TWICE,
                        entity.entity().typeValue(), sameType.type().simpleName());
            }
            for (RecordModel earlier : entities.subList(0, i)) {
                if (couldBeEqual(earlier.entity().partitionKey(), entity.entity().partitionKey())
                        && couldBeEqual(earlier.entity().sortKey(), entity.entity().sortKey())) {
                    report(entity, earlier, mirror);
                }
            }
        }
    }

    private void report(RecordModel entity, RecordModel earlier, AnnotationMirror mirror) {
        EntityModel model = entity.entity();
        EntityModel other = earlier.entity();
        problems.error(entity.originating(), mirror, annotations.value(mirror, "sk"), Message.KEY_TEMPLATES_OVERLAP,
                entity.type().simpleName(), model.partitionKey().text(), model.sortKey().text(),
                earlier.type().simpleName(), other.partitionKey().text(), other.sortKey().text(),
                model.typeValue().toUpperCase(Locale.ROOT));
    }

    /**
     * Returns true unless the templates' literal prefixes differ at a character both have; a
     * template without placeholders is all prefix, and can only equal what starts like it.
     */
    static boolean couldBeEqual(KeyTemplate first, KeyTemplate second) {
        String a = first.literalPrefix();
        String b = second.literalPrefix();
        if (first.isFixed() && second.isFixed()) {
            return a.equals(b);
        }
        if (first.isFixed() || second.isFixed()) {
            return first.isFixed() ? a.startsWith(b) : b.startsWith(a);
        }
        return a.startsWith(b) || b.startsWith(a);
    }
}
