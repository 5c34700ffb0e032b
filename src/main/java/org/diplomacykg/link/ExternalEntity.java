package org.diplomacykg.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A resource of an external dataset, as the linker sees it: its IRI and the facts it read about it (names,
 * classes, countries, offices, birth date, capital, identity links).
 *
 * @param iri   the resource
 * @param facts what the dataset says about it, in the roles of {@code properties.tsv}
 */
public record ExternalEntity(String iri, List<Fact> facts) {
    public ExternalEntity {
        Objects.requireNonNull(iri, "iri");
        facts = List.copyOf(facts);
    }

    /** The values with a role. */
    public List<Ref> values(Fact.Role role) {
        return facts.stream().filter(f -> f.role() == role).map(Fact::value).toList();
    }

    /** The facts with a role. */
    public List<Fact> facts(Fact.Role role) {
        return facts.stream().filter(f -> f.role() == role).toList();
    }

    /** Labels, then aliases. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        values(Fact.Role.LABEL).forEach(r -> out.add(r.value()));
        values(Fact.Role.ALIAS).forEach(r -> out.add(r.value()));
        return out;
    }

    /** Its first label, or its IRI in short form. */
    public String label() {
        List<Ref> labels = values(Fact.Role.LABEL);
        return labels.isEmpty() ? Vocab.shortForm(iri) : labels.get(0).value();
    }

    /** Its first description, if any. */
    public Optional<String> description() {
        return values(Fact.Role.DESCRIPTION).stream().map(Ref::value).findFirst();
    }

    /** The earliest birth date it gives, if any. */
    public Optional<LocalDate> born() {
        return values(Fact.Role.BORN).stream().map(r -> Dates.parse(r.value())).flatMap(Optional::stream)
            .min(LocalDate::compareTo);
    }

    /** Every identifier it has: its IRI, the Wikidata item it is, and what it is {@code owl:sameAs}. */
    public Set<String> ids() {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(iri);
        String wd = Vocab.wikidataItem(iri);
        if (wd != null) {
            ids.add(wd);
        }
        for (Ref r : values(Fact.Role.SAME_AS)) {
            ids.add(r.value());
            String w = Vocab.wikidataItem(r.value());
            if (w != null) {
                ids.add(w);
            }
        }
        return ids;
    }
}
