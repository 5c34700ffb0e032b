package org.diplomacykg.link;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.diplomacykg.lexicon.EntityKind;

/**
 * An entity of this graph, as the linker sees it: what the store says about a person, organisation,
 * place or treaty that an article mentions.
 *
 * @param iri            its IRI
 * @param kind           what it is
 * @param label          its preferred label
 * @param names          label and aliases (English or untagged)
 * @param familyName     a person's family name, or {@code null}
 * @param country        the country it belongs to (not for countries), or {@code null}
 * @param capital        a country's capital, or {@code null}
 * @param posts          offices a person holds or held, or is said to hold
 * @param firstPostStart when the earliest of those began, if known
 * @param knownIds       the Wikidata items the gazetteer already gives it ({@code owl:sameAs})
 */
public record LocalEntity(String iri, EntityKind kind, String label, List<String> names, String familyName, Ref country,
                          Ref capital, List<Ref> posts, LocalDate firstPostStart, Set<String> knownIds) {
    public LocalEntity {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        names = List.copyOf(names);
        posts = List.copyOf(posts);
        knownIds = Set.copyOf(knownIds);
    }

    public Optional<LocalDate> postsSince() {
        return Optional.ofNullable(firstPostStart);
    }

    /** For explanations: {@code person:william-burns "William J. Burns" (person; country …; posts …)}. */
    public String describe() {
        StringBuilder b = new StringBuilder(Vocab.shortForm(iri)).append(" \"").append(label).append("\" (")
            .append(TypeTable.noun(kind));
        if (country != null) {
            b.append("; country ").append(country.describe());
        }
        if (capital != null) {
            b.append("; capital ").append(capital.describe());
        }
        if (!posts.isEmpty()) {
            b.append("; posts ").append(String.join(", ", posts.stream().map(Ref::describe).toList()));
        }
        if (!knownIds.isEmpty()) {
            b.append("; gazetteer ").append(String.join(", ", knownIds.stream().sorted().map(Vocab::shortForm).toList()));
        }
        return b.append(')').toString();
    }
}
