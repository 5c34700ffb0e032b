package org.diplomacykg.lexicon;

import java.util.Optional;
import org.apache.jena.rdf.model.Resource;
import org.diplomacykg.vocab.DIP;

/** The kinds of named things the extractor recognises, each with its ontology class. */
public enum EntityKind {
    COUNTRY(DIP.Country, "country"),
    CITY(DIP.City, "city"),
    PERSON(DIP.Person, "person"),
    GOVERNMENT_ORGANIZATION(DIP.GovernmentOrganization, "org"),
    AGENCY(DIP.Agency, "org"),
    INTERGOVERNMENTAL_ORGANIZATION(DIP.IntergovernmentalOrganization, "org"),
    ORGANIZATION(DIP.Organization, "org"),
    TREATY(DIP.Treaty, "treaty");

    private final Resource type;
    private final String iriSegment;

    EntityKind(Resource type, String iriSegment) {
        this.type = type;
        this.iriSegment = iriSegment;
    }

    /** The ontology class. */
    public Resource type() {
        return type;
    }

    /** The path segment of entity IRIs of this kind: {@code …/id/person/…}. */
    public String iriSegment() {
        return iriSegment;
    }

    /** Whether it can do things in events (cities only through metonymy, treaties never). */
    public boolean isActor() {
        return this != CITY && this != TREATY;
    }

    public boolean isOrganization() {
        return this == GOVERNMENT_ORGANIZATION || this == AGENCY || this == INTERGOVERNMENTAL_ORGANIZATION
            || this == ORGANIZATION;
    }

    public static Optional<EntityKind> ofType(Resource type) {
        for (EntityKind k : values()) {
            if (k.type.equals(type)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
