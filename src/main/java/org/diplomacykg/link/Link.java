package org.diplomacykg.link;

import java.util.List;
import java.util.Objects;

/**
 * A link the linker writes: a local entity, an external resource, how strongly they are said to be the same,
 * and why.
 *
 * @param subject    the local entity's IRI
 * @param object     the external resource's IRI
 * @param predicate  {@code owl:sameAs} or {@code skos:closeMatch}
 * @param confidence from the minimum confidence to 1
 * @param evidence   the reasons, as scored
 */
public record Link(String subject, String object, LinkPredicate predicate, double confidence, List<Evidence> evidence) {
    public Link {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(predicate, "predicate");
        evidence = List.copyOf(evidence);
    }

    /** The evidence of one feature, if scored. */
    public java.util.Optional<Evidence> evidence(Evidence.Feature feature) {
        return evidence.stream().filter(e -> e.feature() == feature).findFirst();
    }
}
