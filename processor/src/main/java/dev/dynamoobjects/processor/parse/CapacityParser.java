package dev.dynamoobjects.processor.parse;

import dev.dynamoobjects.processor.Message;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Reads the {@code capacity = @Capacity(...)} of a {@code @Record} or {@code @GlobalIndex}, reporting
 * on it what CreateTable would refuse: negative units, or only one of read and write provisioned.
 */
final class CapacityParser {
    private final Annotations annotations;
    private final Problems problems;

    CapacityParser(Annotations annotations, Problems problems) {
        this.annotations = annotations;
        this.problems = problems;
    }

    /**
     * The read and write units; both 0 is on-demand billing.
     *
     * @param read  provisioned read units
     * @param write provisioned write units
     */
    record Throughput(long read, long write) {
        /** Returns true for on-demand billing, declared with no units at all. */
        boolean onDemand() {
            return read == 0 && write == 0;
        }
    }

    /** Returns the capacity that {@code owner} (an annotation of {@code element}) declares. */
    Throughput parse(Element element, AnnotationMirror owner) {
        AnnotationValue value = annotations.value(owner, "capacity");
        AnnotationMirror capacity = (AnnotationMirror) value.getValue();
        long read = annotations.longValue(capacity, "read");
        long write = annotations.longValue(capacity, "write");
        if (read < 0 || write < 0) {
            String side = read < 0 ? "read" : "write";
            problems.error(element, owner, value, Message.CAPACITY_NEGATIVE, side, read < 0 ? read : write);
        } else if ((read == 0) != (write == 0)) {
            problems.error(element, owner, value, Message.CAPACITY_ONE_SIDED, read, write);
        }
        return new Throughput(read, write);
    }
}
