package org.diplomacykg.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplomacykg.extract.Extraction;
import org.diplomacykg.extract.Extractor;
import org.diplomacykg.fact.EventFact;
import org.diplomacykg.fact.EntityFact;
import org.diplomacykg.lexicon.Entity;
import org.diplomacykg.lexicon.EntityKind;
import org.diplomacykg.lexicon.Gazetteer;
import org.diplomacykg.lexicon.NameMatch;
import org.diplomacykg.rdf.EventIdentity;
import org.diplomacykg.text.Token;
import org.diplomacykg.text.Tokens;

/**
 * Scores the extractor against gold articles. An extracted event matches a gold event when their CAMEO
 * roots agree and so do both actors (the target only when the gold gives one); symmetric events match in
 * either direction, and a gold pair "X→Y, Y→X" of the same code counts once. Actors agree when their
 * Wikidata QIDs do, or else their names do (after case, accent and punctuation folding, or through the
 * gazetteer's aliases, or without middle initials). A gold actor named as an organ of a country ("Russian Armed
 * Forces", "Iranian Ministry of Foreign Affairs", "United States Armed Forces", "Cabinet of Somalia", unless the gold
 * entities call it a person) agrees with that country, because the extractor resolves "Russian forces" and "Tehran's
 * foreign ministry" to the country by design; and an organ named another way agrees with the same organ in the
 * gazetteer ("Ukrainian Ministry of Defense" is the "Ministry of Defence of Ukraine"), as does a country's foreign or
 * defence ministry whatever its own name (the corpus names every foreign ministry "<demonym> Ministry of Foreign
 * Affairs": India's "Ministry of External Affairs", Germany's "Federal Foreign Office"). Reports precision and recall
 * per article, per CAMEO root and overall, date accuracy over matched events with a gold date, and entity-linking
 * accuracy over gold entities with a QID.
 */
public final class Evaluator {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

    private final Extractor extractor;

    public Evaluator(Extractor extractor) {
        this.extractor = extractor;
    }

    /** Scores every article; {@link Report} has the totals and the details. */
    public Report evaluate(List<GoldArticle> gold) {
        List<Report.ArticleScore> scores = new ArrayList<>();
        for (GoldArticle g : gold) {
            scores.add(score(g));
        }
        return new Report(scores);
    }

    private Report.ArticleScore score(GoldArticle g) {
        Extraction x = extractor.extract(g.article());
        Map<String, Entity> entities = new LinkedHashMap<>();
        x.entities().forEach(e -> entities.put(e.iri(), e));
        List<EventFact> predicted = distinctEvents(x, entities);
        List<GoldEvent> gold = collapseMirrors(g.events());
        Set<String> people = new HashSet<>();
        g.entities().stream().filter(ge -> ge.type().equals("Person")).forEach(ge -> people.add(fold(ge.label())));
        // The largest one-to-one matching between gold and extracted events (Kuhn's augmenting paths), so that
        // the score does not depend on the order events are listed in.
        boolean[][] compatible = new boolean[gold.size()][predicted.size()];
        for (int gi = 0; gi < gold.size(); gi++) {
            for (int pi = 0; pi < predicted.size(); pi++) {
                compatible[gi][pi] = predicted.get(pi).root().equals(gold.get(gi).root())
                    && actorsMatch(gold.get(gi), predicted.get(pi), entities, people);
            }
        }
        int[] goldOf = new int[predicted.size()];
        java.util.Arrays.fill(goldOf, -1);
        for (int gi = 0; gi < gold.size(); gi++) {
            augment(gi, compatible, goldOf, new boolean[predicted.size()]);
        }
        boolean[] used = new boolean[predicted.size()];
        List<Report.Match> matches = new ArrayList<>();
        List<GoldEvent> missed = new ArrayList<>();
        for (int gi = 0; gi < gold.size(); gi++) {
            int found = -1;
            for (int pi = 0; pi < predicted.size(); pi++) {
                if (goldOf[pi] == gi) {
                    found = pi;
                }
            }
            if (found < 0) {
                missed.add(gold.get(gi));
            } else {
                used[found] = true;
                matches.add(new Report.Match(gold.get(gi), predicted.get(found), dateOf(predicted.get(found))));
            }
        }
        List<EventFact> spurious = new ArrayList<>();
        for (int i = 0; i < predicted.size(); i++) {
            if (!used[i]) {
                spurious.add(predicted.get(i));
            }
        }
        int linked = 0;
        int withQid = 0;
        List<String> wrongLinks = new ArrayList<>();
        for (GoldArticle.GoldEntity ge : g.entities()) {
            if (ge.wikidata().isEmpty()) {
                continue;
            }
            withQid++;
            boolean ok = entities.values().stream().anyMatch(e -> ge.wikidata().equals(e.qid()));
            if (ok) {
                linked++;
            } else {
                for (Entity e : entities.values()) {
                    if (e.qid() != null && fold(e.label()).equals(fold(ge.label()))) {
                        wrongLinks.add(ge.label() + " → " + e.qid() + " (gold " + ge.wikidata() + ")");
                    }
                }
            }
        }
        return new Report.ArticleScore(g.name(), g.split(), gold, matches, missed, spurious, withQid, linked,
            wrongLinks, labels(entities));
    }

    private static boolean augment(int gi, boolean[][] ok, int[] goldOf, boolean[] seen) {
        for (int pi = 0; pi < goldOf.length; pi++) {
            if (ok[gi][pi] && !seen[pi]) {
                seen[pi] = true;
                if (goldOf[pi] < 0 || augment(goldOf[pi], ok, goldOf, seen)) {
                    goldOf[pi] = gi;
                    return true;
                }
            }
        }
        return false;
    }

    private static Map<String, String> labels(Map<String, Entity> entities) {
        Map<String, String> m = new LinkedHashMap<>();
        entities.forEach((k, v) -> m.put(k, v.label()));
        return m;
    }

    /** One prediction per event: mentions of the same event (same identity) count once. */
    private static List<EventFact> distinctEvents(Extraction x, Map<String, Entity> entities) {
        Map<String, EventFact> byIri = new LinkedHashMap<>();
        for (EventFact e : x.events()) {
            byIri.putIfAbsent(EventIdentity.iri(e, iri -> actingCountry(iri, entities, x.entityFacts())), e);
        }
        return new ArrayList<>(byIri.values());
    }

    private static String actingCountry(String iri, Map<String, Entity> entities, Map<String, EntityFact> facts) {
        Entity e = entities.get(iri);
        if (e == null) {
            return null;
        }
        if (e.kind() == EntityKind.COUNTRY) {
            return iri;
        }
        if (e.country() != null) {
            return e.country();
        }
        EntityFact f = facts.get(iri);
        return f == null ? null : f.country();
    }

    /** "X and Y met" is annotated as X→Y and Y→X; it is one event. */
    private static List<GoldEvent> collapseMirrors(List<GoldEvent> events) {
        List<GoldEvent> out = new ArrayList<>();
        for (GoldEvent e : events) {
            boolean mirror = out.stream().anyMatch(o -> o.cameo().equals(e.cameo()) && fold(o.actor1()).equals(fold(e.actor2()))
                && fold(o.actor2()).equals(fold(e.actor1())) && o.date().equals(e.date()));
            if (!mirror) {
                out.add(e);
            }
        }
        return out;
    }

    private boolean actorsMatch(GoldEvent g, EventFact p, Map<String, Entity> entities, Set<String> people) {
        boolean forward = actor(g.actor1(), g.actor1Wikidata(), p.source(), entities, people)
            && (g.actor2().isEmpty() || actor(g.actor2(), g.actor2Wikidata(), p.target(), entities, people));
        if (forward) {
            return true;
        }
        // Who is actor 1 of a meeting or an exchange is arbitrary; and a target-only report matches its source.
        return actor(g.actor1(), g.actor1Wikidata(), p.target(), entities, people)
            && (g.actor2().isEmpty() || actor(g.actor2(), g.actor2Wikidata(), p.source(), entities, people))
            && (p.symmetric() || p.root().equals("04") || p.root().equals("05"));
    }

    private boolean actor(String goldLabel, String goldQid, String predictedIri, Map<String, Entity> entities,
                          Set<String> people) {
        if (predictedIri == null) {
            return false;
        }
        Entity e = entities.get(predictedIri);
        if (e == null) {
            e = extractor.lexicon().gazetteer().entity(predictedIri).orElse(null);
        }
        if (e == null) {
            return false;
        }
        if (!goldQid.isEmpty() && e.qid() != null) {
            return goldQid.equals(e.qid());
        }
        if (fold(goldLabel).equals(fold(e.label())) || withoutInitials(goldLabel).equals(withoutInitials(e.label()))) {
            return true; // "Sergei V. Skripal" is Sergei Skripal
        }
        if (e.kind() == EntityKind.PERSON && e.qid() == null && !fold(e.label()).contains(" ")
            && List.of(fold(goldLabel).split(" ")).contains(fold(e.label()))) {
            return true; // "President Ruto", known to the article by one name only
        }
        Gazetteer gaz = extractor.lexicon().gazetteer();
        List<Token> tokens = nameTokens(goldLabel);
        Optional<NameMatch> m = tokens.isEmpty() ? Optional.empty() : gaz.match(tokens, 0);
        String iri = e.iri();
        if (m.filter(nm -> nm.end() == tokens.size())
            .map(nm -> nm.candidates().stream().anyMatch(c -> c.entity().iri().equals(iri))).orElse(false)) {
            return true;
        }
        if (e.country() != null && e.kind() != EntityKind.PERSON && e.kind() != EntityKind.COUNTRY
            && organWords(goldLabel, e.country()).equals(organWords(e.label(), e.country()))
            && !organWords(goldLabel, e.country()).isEmpty()) {
            return true; // "Ukrainian Ministry of Defense" is the "Ministry of Defence of Ukraine"
        }
        if (e.country() != null && e.kind() == EntityKind.GOVERNMENT_ORGANIZATION) {
            // "Indian Ministry of Foreign Affairs" is India's foreign ministry, which calls itself "of External Affairs"
            Set<String> w = organWords(goldLabel, e.country());
            String kind = w.contains("foreign") ? "foreign" : w.contains("defense") ? "defen" : null;
            if (kind != null && w.contains("ministry")
                && gaz.organ(e.country(), List.of(kind, "minist")).map(o -> o.iri().equals(iri)).orElse(false)) {
                return true;
            }
        }
        int of = goldLabel.lastIndexOf(" of ");
        if (e.kind() == EntityKind.COUNTRY && of > 0 && !people.contains(fold(goldLabel))) {
            // "Cabinet of Somalia", "High Security Council of Algeria" against the country (but not "Salman of Saudi
            // Arabia", a person)
            List<Token> tt = nameTokens(goldLabel.substring(of + 4));
            if (!tt.isEmpty() && gaz.match(tt, 0).filter(nm -> nm.end() == tt.size())
                .map(nm -> nm.candidates().stream().anyMatch(c -> c.entity().iri().equals(iri))).orElse(false)) {
                return true;
            }
        }
        // "Russian Armed Forces", "United States Armed Forces" against the country: an organ qualified by the
        // country's adjective or name.
        return e.kind() == EntityKind.COUNTRY && m.filter(nm -> nm.end() < tokens.size())
            .map(nm -> nm.candidates().stream().anyMatch(c -> c.entity().iri().equals(iri)
                && (c.form() == org.diplomacykg.lexicon.NameForm.DEMONYM
                    || c.form() == org.diplomacykg.lexicon.NameForm.NAME))).orElse(false);
    }

    private static String dateOf(EventFact e) {
        return e.date() == null || !e.date().isResolved() ? "" : e.date().iso();
    }

    private static final Set<String> GLUE = Set.of("of", "the", "and", "for", "s");

    /**
     * The words of an organ's name once its country's names are taken out, spelling folded: "Ukrainian Ministry of
     * Defense" and "Ministry of Defence of Ukraine" both give {ministry, defense}; empty when nothing of it is left.
     */
    private Set<String> organWords(String label, String country) {
        Gazetteer gaz = extractor.lexicon().gazetteer();
        List<Token> tokens = nameTokens(label);
        Set<String> out = new HashSet<>();
        boolean countryNamed = false;
        for (int k = 0; k < tokens.size(); ) {
            Optional<NameMatch> m = gaz.match(tokens, k);
            if (m.isPresent() && m.get().candidates().stream().anyMatch(c -> c.entity().iri().equals(country))) {
                countryNamed = true;
                k = m.get().end();
                continue;
            }
            String w = fold(tokens.get(k).text()).replace("defence", "defense");
            if (!w.isEmpty() && !GLUE.contains(w)) {
                out.add(w);
            }
            k++;
        }
        return countryNamed ? out : Set.of();
    }

    /** A name as the gazetteer matcher reads it: its words as proper-noun tokens, without a leading "the". */
    private static List<Token> nameTokens(String name) {
        List<Token> tokens = new ArrayList<>();
        int pos = 0;
        for (String w : Tokens.words(name.startsWith("the ") ? name.substring(4) : name)) {
            tokens.add(new Token(w, pos, pos + w.length(), "PROPN"));
            pos += w.length() + 1;
        }
        return tokens;
    }

    private static final Pattern INITIALS = Pattern.compile("(?<=\\S) (?:[a-z] )+(?=[a-z]{2})");

    private static String withoutInitials(String s) {
        return INITIALS.matcher(fold(s)).replaceAll(" ");
    }

    static String fold(String s) {
        String a = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        return NON_WORD.matcher(a.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
