package org.diplomacykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.diplomacykg.fact.ConflictingClaim;
import org.diplomacykg.fact.TextSpan;
import org.diplomacykg.lexicon.Entity;
import org.diplomacykg.lexicon.EntityKind;
import org.diplomacykg.lexicon.Lexicon;
import org.diplomacykg.lexicon.Post;
import org.diplomacykg.lexicon.Tenure;
import org.diplomacykg.lexicon.WordList;

/**
 * Reads how the article describes people: titles and role nouns before a name ("US Marine veteran Trevor
 * Reed", "Kremlin spokesman Dmitry Peskov") and appositions after it ("Sergei Naryshkin, the head of …,").
 * A description naming a post the reference data says the person did not hold on the article's date
 * ("Vice President Joe Biden" in 2023) is recorded as a conflicting claim, not silently corrected.
 */
final class Describer {
    private final Lexicon lexicon;

    Describer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void describe(SentenceView v, ArticleState state) {
        for (Mention name : v.mentions) {
            if (name.entity().kind() != EntityKind.PERSON) {
                continue;
            }
            int of = name.end();
            if (of + 1 < v.size() && v.lower(of).equals("of") && v.mentionAt[of + 1] != null
                && v.mentionAt[of + 1].entity().kind() == EntityKind.COUNTRY && name.entity().country() == null) {
                // "Mher Grigoryan of Armenia": whose side the person is on
                state.describe(name.entity(), null, v.mentionAt[of + 1].entity().iri(), null);
            }
            Np n = v.np(name.start());
            if (n == null) {
                continue;
            }
            // "US President Joe Biden's term": the name need not head its phrase.
            int from = n.start();
            while (from < name.start() && (v.pos(from).equals("DET") || v.pos(from).equals("PUNCT"))) {
                from++;
            }
            if (from < name.start()) {
                note(v, state, name.entity(), from, name.start(), n.start());
            }
            if (name.end() == n.end()) {
                apposition(v, state, n, name.entity());
            }
            // "Ukraine's ambassador, Sergiy Kyslytsya, …": the role phrase comes first.
            if (name.start() == n.start() && n.start() >= 2 && v.isComma(n.start() - 1)) {
                Np role = v.np(n.start() - 2);
                if (role != null && role.end() == n.start() - 1 && v.inList("roleNouns", v.lower(role.head()))) {
                    int roleFrom = role.start();
                    while (roleFrom < role.end() && v.pos(roleFrom).equals("DET")) {
                        roleFrom++;
                    }
                    note(v, state, name.entity(), roleFrom, role.end(), role.start());
                    if ((v.lower(role.start()).equals("its") || v.lower(role.start()).equals("their"))
                        && state.actingCountry(name.entity()) == null) {
                        // "Algeria severed relations with Morocco …, its foreign minister, Ramtane Lamamra,
                        // announced": the country that opens the clause before the role is his
                        for (int k = 0; k < role.start(); k++) {
                            Mention m = v.mentionAt[k];
                            if (m != null && m.entity().kind() == EntityKind.COUNTRY) {
                                state.describe(name.entity(), null, m.entity().iri(), null);
                                break;
                            }
                        }
                    }
                    for (int k = role.start(); k < n.start(); k++) {
                        v.apposition[k] = true;
                    }
                }
            }
        }
    }

    private void apposition(SentenceView v, ArticleState state, Np n, Entity person) {
        int comma = n.end();
        if (comma >= v.size() || !v.isComma(comma) || comma + 1 >= v.size()) {
            return;
        }
        int first = comma + 1;
        String w = v.lower(first);
        boolean opens = w.equals("the") || w.equals("a") || w.equals("an") || v.mentionAt[first] != null
            || lexicon.words("roleNouns").matchAt(v.t, first) > 0;
        if (!opens) {
            return;
        }
        int end = first;
        while (end < v.size() && !v.isComma(end) && !v.t.get(end).text().equals(".") && !v.isBoundary(end)) {
            if (v.isVerb(end) && !v.lower(end).endsWith("ing") && !v.lower(end).endsWith("ed")) {
                return; // a clause, not an apposition
            }
            if (v.mentionAt[end] != null && v.mentionAt[end].entity().kind() == EntityKind.PERSON) {
                return; // "X, the former Marine Paul Whelan and …": a list of people, not an apposition
            }
            end++;
        }
        if (roleIn(v, first, end) == null) {
            return;
        }
        for (int k = comma; k < end; k++) {
            v.apposition[k] = true;
        }
        if (end < v.size() && v.isComma(end)) {
            v.apposition[end] = true;
        }
        int from = w.equals("the") || w.equals("a") || w.equals("an") ? first + 1 : first;
        note(v, state, person, from, end, first);
    }

    /** Records a description [from, to) of a person and checks any post it names. */
    private void note(SentenceView v, ArticleState state, Entity person, int from, int to, int spanStart) {
        String role = roleIn(v, from, to);
        if (role == null) {
            return;
        }
        List<Mention> qualifiers = new ArrayList<>();
        String country = null;
        for (int k = from; k < to; k++) {
            Mention m = v.mentionAt[k];
            if (m != null && (qualifiers.isEmpty() || qualifiers.get(qualifiers.size() - 1) != m)) {
                qualifiers.add(m);
                if (country == null) {
                    country = state.actingCountry(m.entity());
                }
            }
        }
        List<String> qualifierIris = qualifiers.stream().map(m -> m.entity().iri()).toList();
        String claimed = checkPost(v, state, person, role, qualifiers, spanStart, to);
        state.describe(person, v.text(from, to), country, claimed);
        state.noteRole(person, role, qualifierIris, v.sentence.index());
    }

    /** The last role noun or title in tokens [from, to), lower case, longest form ("vice president"). */
    private String roleIn(SentenceView v, int from, int to) {
        WordList roles = lexicon.words("roleNouns");
        WordList titles = lexicon.words("titles");
        String found = null;
        for (int k = from; k < to; k++) {
            int n = Math.max(roles.matchAt(v.t, k), titles.matchAt(v.t, k));
            if (n > 0 && k + n <= to) {
                found = v.text(k, k + n).toLowerCase(Locale.ROOT);
                k += n - 1;
            }
        }
        return found;
    }

    private String checkPost(SentenceView v, ArticleState state, Entity person, String role, List<Mention> qualifiers,
                             int spanStart, int spanEnd) {
        if (!person.gazetteer() || person.tenures().isEmpty() || state.published == null) {
            return null;
        }
        List<String> scope = new ArrayList<>();
        for (Mention m : qualifiers) {
            scope.add(m.entity().iri());
            String c = state.actingCountry(m.entity());
            if (c != null) {
                scope.add(c);
            }
        }
        if (scope.isEmpty() && person.country() != null) {
            scope.add(person.country());
        }
        List<Post> candidates = new ArrayList<>();
        for (Post p : lexicon.gazetteer().postsCalled(role)) {
            if (p.postIn() != null && scope.contains(p.postIn())) {
                candidates.add(p);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        for (Post p : candidates) {
            for (Tenure t : person.tenures()) {
                if (t.post().equals(p.iri()) && t.heldOn(state.published)) {
                    return p.iri();
                }
            }
        }
        Post claimed = candidates.get(0);
        String held = null;
        for (Tenure t : person.tenures()) {
            if (t.heldOn(state.published)) {
                held = t.post();
                break;
            }
        }
        String heldLabel = held == null ? "no post in the reference data"
            : lexicon.gazetteer().post(held).map(Post::label).orElse(held);
        String reason = "The article calls " + person.label() + " \"" + v.text(spanStart, spanEnd) + "\"; on "
            + state.published + " the reference data has " + person.label() + " as " + heldLabel + ", not "
            + claimed.label() + ".";
        TextSpan span = new TextSpan(v.t.get(spanStart).begin(), v.t.get(spanEnd - 1).end());
        state.conflicts.add(new ConflictingClaim(person.iri(), claimed.iri(), held, v.sentence.index(), span, reason));
        return claimed.iri();
    }
}
