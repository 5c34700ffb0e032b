package org.diplomacykg.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.diplomacykg.lexicon.EntityKind;

/**
 * Scores candidates for a local entity. Points are hundredths of confidence; the sum is clamped to 0–100:
 *
 * <table>
 * <caption>Evidence and points</caption>
 * <tr><th>feature</th><th>for</th><th>against</th></tr>
 * <tr><td>name</td><td>exact 60, spelling variant 55, given and family name 50, one word 20</td><td>—</td></tr>
 * <tr><td>type</td><td>a fitting class 20</td><td>a recognised class that does not fit: vetoed</td></tr>
 * <tr><td>unique</td><td>the only full-name match of a fitting class 10</td><td>—</td></tr>
 * <tr><td>known-id</td><td>the gazetteer gives the same Wikidata item 30</td><td>it gives another item −50</td></tr>
 * <tr><td>country</td><td>citizenship or country agrees 15</td><td>disagrees −40</td></tr>
 * <tr><td>capital</td><td>a country's capital agrees 15</td><td>disagrees −30</td></tr>
 * <tr><td>post</td><td>an office held agrees 15</td><td>offices listed, none ours −10</td></tr>
 * <tr><td>dates</td><td>—</td><td>born less than 18 (or more than 95) years before the first post −40</td></tr>
 * </table>
 */
final class Scorer {
    static final int TYPE_FITS = 20;
    static final int UNIQUE = 10;
    static final int KNOWN_ID_AGREES = 30;
    static final int KNOWN_ID_CONFLICTS = -50;
    static final int COUNTRY_AGREES = 15;
    static final int COUNTRY_CONFLICTS = -40;
    static final int CAPITAL_AGREES = 15;
    static final int CAPITAL_CONFLICTS = -30;
    static final int POST_AGREES = 15;
    static final int POST_OTHERS = -10;
    static final int DATES_CONFLICT = -40;

    private final Names names;
    private final TypeTable types;
    private final boolean useKnownIds;

    Scorer(Names names, TypeTable types, boolean useKnownIds) {
        this.names = names;
        this.types = types;
        this.useKnownIds = useKnownIds;
    }

    /** The candidates among {@code externals} whose names agree with the entity's, best first. */
    List<Candidate> score(LocalEntity e, Collection<ExternalEntity> externals) {
        record Draft(ExternalEntity x, NameMatch name, TypeTable.Fit fit, List<Evidence> evidence) {}
        List<Draft> drafts = new ArrayList<>();
        for (ExternalEntity x : externals) {
            NameMatch name = bestName(e, x);
            if (!name.matches()) {
                continue;
            }
            List<Evidence> ev = new ArrayList<>();
            ev.add(new Evidence(Evidence.Feature.NAME, name.level().points(), name.describe()));
            TypeTable.Fit fit = types.fit(e.kind(), x.values(Fact.Role.TYPE));
            ev.add(new Evidence(Evidence.Feature.TYPE, fit.verdict() == TypeTable.Verdict.COMPATIBLE ? TYPE_FITS : 0, fit.why()));
            knownId(e, x).ifPresent(ev::add);
            context(e, x, ev);
            drafts.add(new Draft(x, name, fit, ev));
        }
        List<Draft> strong = drafts.stream().filter(d -> d.fit().verdict() == TypeTable.Verdict.COMPATIBLE
            && d.name().level().points() >= NameMatch.Level.GIVEN_AND_FAMILY.points()).toList();
        if (strong.size() == 1) {
            strong.get(0).evidence().add(new Evidence(Evidence.Feature.UNIQUE, UNIQUE,
                "the only " + TypeTable.noun(e.kind()) + " of that name among the candidates"));
        }
        List<Candidate> out = new ArrayList<>();
        for (Draft d : drafts) {
            String veto = d.fit().verdict() == TypeTable.Verdict.INCOMPATIBLE ? d.fit().why() : null;
            out.add(new Candidate(d.x(), d.name(), d.evidence(), veto));
        }
        out.sort(Comparator.comparingInt(Candidate::points).reversed()
            .thenComparing(c -> c.vetoed().isPresent())
            .thenComparing(c -> -c.name().level().points())
            .thenComparing(c -> c.target().iri()));
        return out;
    }

    /** The strongest agreement between any of our names and any of theirs. */
    NameMatch bestName(LocalEntity e, ExternalEntity x) {
        NameMatch best = new NameMatch(NameMatch.Level.NONE, e.label(), x.label());
        boolean personal = e.kind() == EntityKind.PERSON;
        for (String ours : e.names()) {
            for (String theirs : x.names()) {
                NameMatch m = names.compare(ours, theirs, personal);
                if (m.level().ordinal() < best.level().ordinal()) {
                    best = m;
                }
            }
        }
        if (personal && e.familyName() != null && best.level() == NameMatch.Level.NONE) {
            for (String theirs : x.names()) {
                NameMatch m = names.compare(e.familyName(), theirs, false);
                if (m.level() == NameMatch.Level.EXACT || m.level() == NameMatch.Level.VARIANT) {
                    return new NameMatch(NameMatch.Level.PARTIAL, e.familyName(), theirs);
                }
            }
        }
        return best;
    }

    private Optional<Evidence> knownId(LocalEntity e, ExternalEntity x) {
        if (!useKnownIds || e.knownIds().isEmpty()) {
            return Optional.empty();
        }
        Set<String> ids = x.ids();
        for (String k : e.knownIds()) {
            if (ids.contains(k)) {
                return Optional.of(new Evidence(Evidence.Feature.KNOWN_ID, KNOWN_ID_AGREES,
                    "the gazetteer gives " + Vocab.shortForm(k) + " too"));
            }
        }
        boolean sameScheme = ids.stream().anyMatch(id -> id.startsWith(Vocab.WD))
            && e.knownIds().stream().anyMatch(k -> k.startsWith(Vocab.WD));
        if (sameScheme) {
            return Optional.of(new Evidence(Evidence.Feature.KNOWN_ID, KNOWN_ID_CONFLICTS,
                "the gazetteer gives " + String.join(", ", e.knownIds().stream().sorted().map(Vocab::shortForm).toList())
                    + ", not " + String.join(", ", ids.stream().filter(i -> i.startsWith(Vocab.WD)).map(Vocab::shortForm).toList())));
        }
        return Optional.empty();
    }

    private void context(LocalEntity e, ExternalEntity x, List<Evidence> ev) {
        if (e.country() != null) {
            agreement(e.country(), x.facts(Fact.Role.COUNTRY), Evidence.Feature.COUNTRY, COUNTRY_AGREES, COUNTRY_CONFLICTS,
                "ours is " + e.country().describe()).ifPresent(ev::add);
        }
        if (e.capital() != null) {
            agreement(e.capital(), x.facts(Fact.Role.CAPITAL), Evidence.Feature.CAPITAL, CAPITAL_AGREES, CAPITAL_CONFLICTS,
                "ours is " + e.capital().describe()).ifPresent(ev::add);
        }
        if (!e.posts().isEmpty()) {
            List<Fact> positions = x.facts(Fact.Role.POSITION);
            if (!positions.isEmpty()) {
                Optional<Fact> agreeing = positions.stream().filter(f -> e.posts().stream().anyMatch(p -> p.agreesLooselyWith(f.value())))
                    .findFirst();
                ev.add(agreeing.map(f -> new Evidence(Evidence.Feature.POST, POST_AGREES, f.describe() + " agrees"))
                    .orElseGet(() -> new Evidence(Evidence.Feature.POST, POST_OTHERS, "none of " + positions.size()
                        + " offices listed (" + positions.get(0).describe() + (positions.size() > 1 ? ", …" : "")
                        + ") is ours")));
            }
        }
        if (e.kind() == EntityKind.PERSON) {
            dates(e, x).ifPresent(ev::add);
        }
    }

    private static Optional<Evidence> agreement(Ref ours, List<Fact> theirs, Evidence.Feature feature, int agrees,
                                                int conflicts, String oursText) {
        if (theirs.isEmpty()) {
            return Optional.empty();
        }
        for (Fact f : theirs) {
            if (ours.agreesWith(f.value())) {
                return Optional.of(new Evidence(feature, agrees, f.describe() + " agrees"));
            }
        }
        return Optional.of(new Evidence(feature, conflicts, theirs.get(0).describe() + " disagrees: " + oursText));
    }

    private static Optional<Evidence> dates(LocalEntity e, ExternalEntity x) {
        Optional<LocalDate> born = x.born();
        if (born.isEmpty() || e.postsSince().isEmpty()) {
            return Optional.empty();
        }
        LocalDate since = e.postsSince().get();
        if (born.get().plusYears(18).isAfter(since)) {
            return Optional.of(new Evidence(Evidence.Feature.DATES, DATES_CONFLICT, "born " + born.get()
                + ", under 18 when our post began (" + since + ")"));
        }
        if (born.get().plusYears(95).isBefore(since)) {
            return Optional.of(new Evidence(Evidence.Feature.DATES, DATES_CONFLICT, "born " + born.get()
                + ", over 95 when our post began (" + since + ")"));
        }
        return Optional.empty();
    }
}
