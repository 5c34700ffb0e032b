package org.diplomacykg.link;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;

/**
 * How strongly a link is stated: {@code owl:sameAs} from the same-as threshold up, {@code skos:closeMatch}
 * between the minimum confidence and that threshold.
 */
public enum LinkPredicate {
    SAME_AS(OWL.sameAs, "owl:sameAs"),
    CLOSE_MATCH(SKOS.closeMatch, "skos:closeMatch");

    private final Property property;
    private final String shortName;

    LinkPredicate(Property property, String shortName) {
        this.property = property;
        this.shortName = shortName;
    }

    public Property property() {
        return property;
    }

    public String shortName() {
        return shortName;
    }
}
