package org.diplomacykg.link;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of linking a store against an external dataset.
 *
 * @param source    where the external dataset came from (file or endpoint URL)
 * @param graph     the IRI of the linkset graph
 * @param decisions one per local entity, in IRI order
 * @param written   whether the linkset was written to the store (false for a dry run)
 */
public record LinkReport(String source, String graph, List<Decision> decisions, boolean written) {
    public LinkReport {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(graph, "graph");
        decisions = List.copyOf(decisions);
    }

    /** The links made. */
    public List<Link> links() {
        return decisions.stream().map(Decision::link).filter(Objects::nonNull).toList();
    }

    /** How many links use the predicate. */
    public long count(LinkPredicate predicate) {
        return links().stream().filter(l -> l.predicate() == predicate).count();
    }

    /** One line: {@code linked 21 of 30 entities (19 owl:sameAs, 2 skos:closeMatch) …}. */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "%s %d of %d entities against %s (%d owl:sameAs, %d skos:closeMatch)%s",
            written ? "linked" : "would link", links().size(), decisions.size(), source, count(LinkPredicate.SAME_AS),
            count(LinkPredicate.CLOSE_MATCH), written ? " into <" + graph + ">" : "");
    }

    /** For each entity, its candidates with their scores and evidence, and why it was linked or refused. */
    public String explanation() {
        return Explainer.explain(this);
    }
}
