package org.diplomacykg.lexicon;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A named thing: from the gazetteer, or recognised in an article from context.
 *
 * @param iri        its IRI
 * @param kind       what it is
 * @param label      preferred English name
 * @param qid        Wikidata QID ({@code Q159}), or {@code null}
 * @param country    IRI of the country it belongs to, or {@code null}
 * @param metonymFor IRI of the actor its name stands for in news (Moscow → Russia), or {@code null}
 * @param tenures    posts held, for people
 * @param gazetteer  whether it comes from the gazetteer (reference data) rather than from context
 */
public record Entity(String iri, EntityKind kind, String label, String qid, String country, String metonymFor,
                     List<Tenure> tenures, boolean gazetteer) {
    public Entity {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        tenures = List.copyOf(tenures);
    }

    public Optional<String> wikidata() {
        return Optional.ofNullable(qid);
    }

    public Optional<String> countryIri() {
        return Optional.ofNullable(country);
    }

    /** The IRI of the country this entity acts for: itself for a country, else its country, if known. */
    public Optional<String> actingCountry() {
        if (kind == EntityKind.COUNTRY) {
            return Optional.of(iri);
        }
        return Optional.ofNullable(country);
    }
}
