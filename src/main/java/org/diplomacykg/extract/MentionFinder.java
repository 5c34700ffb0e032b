package org.diplomacykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.diplomacykg.internal.Slugs;
import org.diplomacykg.lexicon.Entity;
import org.diplomacykg.lexicon.EntityKind;
import org.diplomacykg.lexicon.Lexicon;
import org.diplomacykg.lexicon.NameForm;
import org.diplomacykg.lexicon.NameMatch;
import org.diplomacykg.rdf.Iris;
import org.diplomacykg.text.Sentence;
import org.diplomacykg.text.Token;

/**
 * Finds the entities a sentence names: gazetteer names first (longest match), then people and
 * organisations the gazetteer lacks, recognised from context — a title or role noun before a capitalised
 * name ("basketball player Brittney Griner"), an apposition after it ("X, the head of …"), a speech verb
 * ("X said"), an organisation head word ("… Intelligence Service") — and later short mentions of people
 * met before ("Griner"). Headlines name entities but never introduce new ones.
 */
final class MentionFinder {
    private static final Set<String> NOT_NAMES = Set.of("January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
        "Friday", "Saturday", "Sunday", "The", "A", "An", "But", "And", "In", "On", "At", "It", "He", "She", "They",
        "We", "I", "This", "That", "These", "Those", "There", "Despite", "When", "After", "Meanwhile", "However",
        "Additionally", "Unfortunately", "According", "While", "As", "If", "Since", "With", "For", "From", "By");
    private static final Set<String> AGENCY_HEADS = Set.of("agency", "service", "bureau", "directorate", "guard");
    private static final Set<String> GOVERNMENT_HEADS = Set.of("ministry", "department", "office", "parliament",
        "senate", "duma", "congress", "cabinet", "government", "council", "commission", "court", "assembly");

    private final Lexicon lexicon;

    MentionFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Mention> find(Sentence s, ArticleState state) {
        List<Token> t = s.tokens();
        Mention[] at = new Mention[t.size()];
        boolean[] generic = new boolean[t.size()];
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < t.size(); ) {
            Optional<NameMatch> m = lexicon.gazetteer().match(t, i);
            Mention mention = m.map(nm -> choose(nm, t, state)).orElse(null);
            if (mention == null && m.isPresent() && m.get().candidates().stream()
                .allMatch(c -> c.form() == NameForm.CONTEXT_NAME)) {
                // "the Foreign Office" before Britain is named: a common noun phrase, not a new organisation
                for (int k = m.get().start(); k < m.get().end(); k++) {
                    generic[k] = true;
                }
                i = m.get().end();
                continue;
            }
            boolean contextName = mention != null && m.get().candidates().stream()
                .anyMatch(c -> c.entity().iri().equals(mention.entity().iri()) && c.form() == NameForm.CONTEXT_NAME);
            if (mention != null && qualifiedByAnother(mention, contextName, out, t)) {
                i = mention.end(); // "Pakistan's Foreign Office" is not Britain's
                continue;
            }
            if (mention != null) {
                add(out, at, mention, state, s.index(), t);
                i = mention.end();
            } else {
                i++;
            }
        }
        for (int i = 0; i < t.size(); i++) {
            // "Saab/ADV, 52, was arrested": a word the article has already used as someone's family name is a name
            boolean known = at[i] == null && t.get(i).isCapitalized() && t.get(i).isWord()
                && !NOT_NAMES.contains(t.get(i).text()) && state.byFamilyName(t.get(i).text()) != null;
            if (at[i] != null || generic[i] || !isNameToken(t, i) && !known) {
                continue;
            }
            int end = i + 1;
            while (end < t.size() && at[end] == null && (isNameToken(t, end) || joined(t, end) || particle(t, end)
                || hyphenParticle(t, end))) {
                end += hyphenParticle(t, end) ? 3 : joined(t, end) || particle(t, end) ? 2 : 1;
            }
            if (end < t.size() && at[end] != null && at[end].entity().kind() == EntityKind.PERSON) {
                i = end - 1;
                continue; // "Sergey V. Lavrov": first names of a person the gazetteer found
            }
            // "President Andrzej Duda", "Mr. Pashinyan": the title is not part of the name.
            int start = i;
            int title;
            while (start < end && ((title = titleAt(t, start)) > 0 || TITLE_PREFIXES.contains(t.get(start).lower())
                && start + 1 < end && (title = titleAt(t, start + 1) + 1) > 1) && start + title < end) {
                start += title; // "Vice Foreign Minister Xie Feng": a prefixed title is a title too
            }
            Mention m = contextual(t, at, start, end, start > i && lexicon.words("nameTitles").endsAt(t, start), s, state);
            if (m == null && end - start >= 3) {
                // "National Security Council Indo-Pacific Coordinator Kurt Campbell": a long title run into the
                // name; a known given name (or a title word) inside it starts the person's name
                for (int k = end - 2; k > start; k--) {
                    boolean given = lexicon.words("givenNames").contains(t.get(k).lower()) && end - k <= 3;
                    boolean afterTitle = end - k <= 2 && titleAt(t, k - 1) > 0 && k - 1 >= start;
                    if (given || afterTitle) {
                        m = contextual(t, at, k, end, false, s, state);
                        if (m != null) {
                            break;
                        }
                    }
                }
            }
            if (m == null && !s.kind().isHeadline() && coordinatedWithPerson(t, at, start, end)
                && (end - start >= 2 || state.titledNames.contains(t.get(start).text())
                || state.laterNameWords.contains(t.get(start).text()))) {
                // one word alone may be a company ("Putin and Gazprom") unless the article titles it or writes it
                // after another name elsewhere ("Morad Tahbaz", then "Shargi and Tahbaz")
                m = person(t, start, end, s, state, 0.65);
            }
            if (m != null) {
                add(out, at, m, state, s.index(), t);
            }
            i = end - 1;
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static final Set<String> TITLE_PREFIXES = Set.of("vice", "deputy", "first", "acting", "former", "then",
        "assistant", "under");

    /** The length of a title at {@code i}, singular or plural ("Deputy Prime Ministers X and Y"), or 0. */
    private int titleAt(List<Token> t, int i) {
        int n = lexicon.words("titles").matchAt(t, i);
        if (n > 0) {
            return n;
        }
        for (int len = 1; len <= 3 && i + len <= t.size(); len++) {
            Token last = t.get(i + len - 1);
            if (last.text().length() > 2 && last.text().endsWith("s")) {
                List<Token> singular = new ArrayList<>(t.subList(i, i + len));
                singular.set(len - 1, new Token(last.text().substring(0, last.text().length() - 1), last.begin(),
                    last.end() - 1, last.pos()));
                if (lexicon.words("titles").matchAt(singular, 0) == len) {
                    return len;
                }
            }
        }
        return 0;
    }

    private static void add(List<Mention> out, Mention[] at, Mention m, ArticleState state, int sentence,
                            List<Token> t) {
        out.add(m);
        for (int k = m.start(); k < m.end(); k++) {
            at[k] = m;
        }
        state.met(m, sentence);
        if ((m.entity().kind() == EntityKind.GOVERNMENT_ORGANIZATION || m.entity().kind() == EntityKind.AGENCY)
            && m.end() - m.start() >= 3) {
            // "China's Commerce Ministry": what follows the country names it later in the article
            int from = m.start() + 1;
            if (t.get(from).text().equals("'s") || t.get(from).text().equals("’s")) {
                from++;
            }
            if (m.end() - from >= 2) {
                StringBuilder tail = new StringBuilder();
                for (int k = from; k < m.end(); k++) {
                    tail.append(k > from ? " " : "").append(t.get(k).text());
                }
                state.noteOrgTail(tail.toString(), m.entity());
            }
        }
        if (m.entity().kind() != EntityKind.PERSON && m.entity().kind() != EntityKind.CITY) {
            // "the Rapid Support Forces (RSF)": the acronym in brackets names it from now on
            int e = m.end();
            if (e + 2 < t.size() && t.get(e).text().equals("(") && t.get(e + 2).text().equals(")")
                && t.get(e + 1).text().length() >= 2 && t.get(e + 1).text().chars().allMatch(Character::isUpperCase)) {
                state.noteAcronym(t.get(e + 1).text(), m.entity());
            }
        }
    }

    /**
     * Notes the family names the article writes after a title ("Mr Protasevich", "President Ruto") anywhere, so
     * that an earlier full name with no other cue ("police detained Roman Protasevich") is known to be a person.
     */
    void noteTitledNames(List<Sentence> sentences, ArticleState state) {
        for (Sentence s : sentences) {
            List<Token> t = s.tokens();
            for (int i = 0; i + 1 < t.size(); i++) {
                int n = lexicon.words("nameTitles").matchAt(t, i);
                if (n == 0 || i + n >= t.size()) {
                    continue;
                }
                Token name = t.get(i + n);
                boolean alone = i + n + 1 >= t.size() || !t.get(i + n + 1).isCapitalized() || !t.get(i + n + 1).isWord();
                if (name.isCapitalized() && name.isWord() && alone && !NOT_NAMES.contains(name.text())) {
                    state.titledNames.add(name.text());
                }
            }
            for (int i = 0; i < t.size(); ) {
                int end = i;
                while (end < t.size() && t.get(end).pos().equals("PROPN") && t.get(end).isCapitalized()
                    && t.get(end).isWord() && !NOT_NAMES.contains(t.get(end).text())) {
                    end++;
                }
                for (int k = i + 1; end - i >= 2 && end - i <= 4 && k < end; k++) {
                    state.laterNameWords.add(t.get(k).text()); // "Muse Bihi Abdi": "Bihi" and "Abdi" are names
                }
                i = Math.max(end, i + 1);
            }
        }
    }

    /** Picks a reading of a gazetteer name; a bare family name needs an earlier full mention or no rival. */
    private Mention choose(NameMatch nm, List<Token> t, ArticleState state) {
        NameMatch.Candidate best = null;
        for (NameMatch.Candidate c : nm.candidates()) {
            if (c.form() == NameForm.FAMILY_NAME) {
                continue;
            }
            if (c.form() == NameForm.CONTEXT_NAME && !countryNamed(c.entity(), state)) {
                continue; // "the Foreign Office" in a story that has not named Britain
            }
            if (best == null || state.entities.containsKey(c.entity().iri())
                && !state.entities.containsKey(best.entity().iri())) {
                best = c;
            }
        }
        if (best != null && best.entity().kind() == EntityKind.CITY && nm.end() == nm.start() + 1
            && nm.end() < t.size() && t.get(nm.end()).pos().equals("PROPN") && t.get(nm.end()).isCapitalized()
            && !lexicon.words("orgHeads").contains(t.get(nm.end()).lower()) && !NOT_NAMES.contains(t.get(nm.end()).text())
            && lexicon.gazetteer().match(t, nm.end()).isEmpty() && personContext(t, nm.start(), nm.end() + 1)) {
            return null; // "his girlfriend, Sofia Sapega, a Russian citizen": a given name, not the city
        }
        if (best != null) {
            double conf = nm.candidates().size() > 1 ? 0.85 : best.form() == NameForm.CONTEXT_NAME ? 0.8 : 0.98;
            NameForm form = best.form() == NameForm.CONTEXT_NAME ? NameForm.NAME : best.form();
            return new Mention(nm.start(), nm.end(), best.entity(), form, conf);
        }
        String word = t.get(nm.start()).text();
        // A family name inside a longer name is someone else's: "Lee Hsien Loong" is not Lee Jae-myung.
        boolean nameAfter = nm.end() < t.size() && t.get(nm.end()).isCapitalized() && t.get(nm.end()).isWord()
            && !t.get(nm.end()).pos().equals("VERB");
        boolean nameBefore = nm.start() > 0 && t.get(nm.start() - 1).isCapitalized() && t.get(nm.start() - 1).isWord()
            && !lexicon.words("titles").contains(t.get(nm.start() - 1).lower())
            && (!t.get(nm.start() - 1).text().endsWith("s") || lexicon.words("givenNames").contains(t.get(nm.start() - 1).lower()));
        if (nameAfter || nameBefore) {
            return null;
        }
        Entity known = state.byFamilyName(word);
        if (known == null) {
            // "Mr Wang" after "Wang Yi": the gazetteer knows which part is the family name, whatever the order.
            List<Entity> met = nm.candidates().stream().map(NameMatch.Candidate::entity)
                .filter(e -> state.entities.containsKey(e.iri())).distinct().toList();
            known = met.size() == 1 ? met.get(0) : null;
        }
        if (known != null) {
            return new Mention(nm.start(), nm.end(), known, NameForm.FAMILY_NAME, 0.95);
        }
        if (nm.candidates().size() == 1 && t.get(nm.start()).pos().equals("PROPN")) {
            return new Mention(nm.start(), nm.end(), nm.candidates().get(0).entity(), NameForm.FAMILY_NAME, 0.75);
        }
        return null;
    }

    /**
     * An organisation of one country named with another's possessive or adjective right before it ("Pakistan's
     * Foreign Office", "the Pakistani Foreign Office"): the name is that country's own body, not the gazetteer's.
     */
    private static boolean qualifiedByAnother(Mention m, boolean contextName, List<Mention> before, List<Token> t) {
        EntityKind k = m.entity().kind();
        // "Armenia's Security Council" is Armenia's, though the UN's has no country to differ from
        if (m.entity().country() == null && !contextName || k == EntityKind.COUNTRY || k == EntityKind.CITY
            || k == EntityKind.PERSON || before.isEmpty()) {
            return false;
        }
        Mention q = before.get(before.size() - 1);
        boolean possessive = q.end() + 1 == m.start() && Set.of("'s", "’s").contains(t.get(q.end()).lower());
        boolean adjective = q.end() == m.start() && q.isDemonym();
        return (possessive || adjective) && q.entity().kind() == EntityKind.COUNTRY
            && !q.entity().iri().equals(m.entity().country());
    }

    /**
     * Whether the story has set the context a short name needs: the country it belongs to ("the Foreign Office" once
     * Britain is named), the organisation it is part of ("the Security Council" once the UN is), or its full name.
     */
    private boolean countryNamed(Entity e, ArticleState state) {
        if (state.entities.containsKey(e.iri())) {
            return true;
        }
        String parent = lexicon.gazetteer().parentOf(e.iri()).orElse(null);
        if (parent != null && state.entities.containsKey(parent)) {
            return true;
        }
        String c = e.country();
        return c != null && (state.entities.containsKey(c)
            || state.entities.values().stream().anyMatch(x -> c.equals(x.country())));
    }

    private boolean isNameToken(List<Token> t, int i) {
        Token k = t.get(i);
        if (!k.isWord() || !k.isCapitalized()) {
            return false;
        }
        if (REGNAL_NUMBER.matcher(k.text()).matches() && i > 0 && t.get(i - 1).isCapitalized()
            && !t.get(i - 1).pos().equals("NUM")) {
            return true; // "King Mohammed VI/NUM", "Abdullah II": the regnal number is part of the name
        }
        if (NOT_NAMES.contains(k.text()) && !(k.text().equals("He") && k.pos().equals("PROPN"))) {
            // "Mrs. May" is a person, "May" alone a month; the tagger keeps "He" a pronoun unless it is a family
            // name inside a sentence ("with He Lifeng").
            return i > 0 && lexicon.words("titles").contains(t.get(i - 1).lower());
        }
        String pos = k.pos();
        if (pos.equals("VERB") && i + 1 < t.size() && t.get(i + 1).isCapitalized() && t.get(i + 1).isWord()
            && !k.lower().endsWith("ing") && !k.lower().endsWith("ed") && !NOT_NAMES.contains(t.get(i + 1).text())
            && (t.get(i + 1).pos().equals("PROPN") || t.get(i + 1).pos().equals("NOUN"))) {
            return true; // "Zhang/VERB Jun", "Geng/VERB Shuang": a name the tagger read as a verb
        }
        if (pos.equals("VERB") && i > 0 && lexicon.words("titles").contains(t.get(i - 1).lower())
            && !k.lower().endsWith("ing") && !k.lower().endsWith("ed")) {
            return true; // "Foreign Secretary Gokhale/VERB summoned": a name after a title, read as a verb
        }
        if (pos.equals("ADV") && i + 1 < t.size() && t.get(i + 1).pos().equals("PROPN")
            && lexicon.words("givenNames").contains(k.lower())) {
            return true; // "Henry/ADV Puna": a given name the tagger read as an adverb
        }
        // A capitalised adjective opening a sentence may be a family name met before ("Pashinyan/ADJ has frozen");
        // alone, it becomes a mention only then.
        // "the Arakan/ADJ Army": a capitalised adjective before a name is part of it
        return pos.equals("PROPN") || pos.equals("NOUN") || pos.equals("X") || pos.equals("ADJ") && (i == 0
            || t.get(i - 1).isCapitalized() || i + 1 < t.size() && t.get(i + 1).isCapitalized()
            && t.get(i + 1).pos().equals("PROPN"));
    }

    /** A person or organisation the gazetteer lacks, when the context says it is one. */
    private Mention contextual(List<Token> t, Mention[] at, int start, int end, boolean titled, Sentence s,
                               ArticleState state) {
        int len = end - start;
        if (start > 0 && len <= 4 && !s.kind().isHeadline() && lexicon.words("groupNouns").contains(t.get(start - 1).lower())
            && t.get(start).pos().equals("PROPN")) {
            // "the militant group Jaish al-Adl", "the rebel movement M23": the noun before the name says what it is
            String label = s.text().substring(t.get(start).begin() - s.begin(), t.get(end - 1).end() - s.begin());
            Entity e = new Entity(Iris.entity(EntityKind.ORGANIZATION, Slugs.slug(label)), EntityKind.ORGANIZATION, label,
                null, null, null, List.of(), false);
            return new Mention(start, end, state.entities.getOrDefault(e.iri(), e), NameForm.NAME, 0.75);
        }
        if (len == 1) {
            Entity known = state.byFamilyName(t.get(start).text());
            if (known != null) {
                return new Mention(start, end, known, NameForm.FAMILY_NAME, 0.9);
            }
            Entity acronym = state.byAcronym(t.get(start).text());
            if (acronym != null) {
                return new Mention(start, end, acronym, NameForm.NAME, 0.85);
            }
            String w = t.get(start).lower();
            if (!titled || s.kind().isHeadline() || !t.get(start).pos().equals("PROPN")
                || lexicon.words("orgHeads").contains(w) || lexicon.words("titles").contains(w)) {
                return null;
            }
            // "President Ruto", "Mr Abiy": a title vouches for a name the gazetteer lacks; later mentions of the
            // family name find it through the article state.
            return person(t, start, end, s, state, 0.7);
        }
        if (s.kind().isHeadline() || len > 5) {
            return null;
        }
        String label = s.text().substring(t.get(start).begin() - s.begin(), t.get(end - 1).end() - s.begin());
        String last = t.get(end - 1).lower();
        if (lexicon.words("orgHeads").contains(last)) {
            // "Taiwan's Defense Ministry", "the Syrian Interior Ministry": that country's body, not one shared by
            // every story that writes "Defense Ministry"; later "the Defense Ministry" alone is the same one
            Mention owner = start >= 2 && Set.of("'s", "’s").contains(t.get(start - 1).lower()) ? at[start - 2]
                : start >= 1 && at[start - 1] != null && at[start - 1].isDemonym() ? at[start - 1] : null;
            String country = owner != null && owner.end() >= start - 1 && owner.entity().kind() == EntityKind.COUNTRY
                ? owner.entity().iri() : null;
            Entity named = state.byOrgTail(label);
            if (named != null && (country == null || country.equals(named.country()))) {
                return new Mention(start, end, named, NameForm.NAME, 0.85);
            }
            EntityKind kind = AGENCY_HEADS.contains(last) ? EntityKind.AGENCY
                : GOVERNMENT_HEADS.contains(last) ? EntityKind.GOVERNMENT_ORGANIZATION : EntityKind.ORGANIZATION;
            String tail = label;
            if (country != null) {
                label = label + " of " + owner.entity().label();
            }
            Entity e = new Entity(Iris.entity(kind, Slugs.slug(label)), kind, label, null, country, null, List.of(),
                false);
            if (country != null) {
                state.noteOrgTail(tail, state.entities.getOrDefault(e.iri(), e));
            }
            return new Mention(start, end, state.entities.getOrDefault(e.iri(), e), NameForm.NAME, 0.7);
        }
        Entity initialled = withoutInitials(t, start, end);
        if (initialled != null) {
            return new Mention(start, end, initialled, NameForm.NAME, 0.9); // "Sergey V. Lavrov"
        }
        if (len > 4 || !personContext(t, start, end, state)) {
            return null;
        }
        return person(t, start, end, s, state, 0.8);
    }

    /**
     * "Vucic and Kurti agreed", "Hassan Sheikh Mohamud and Muse Bihi Abdi": a name of proper nouns joined by "and"
     * to a person already found is a person too.
     */
    private boolean coordinatedWithPerson(List<Token> t, Mention[] at, int start, int end) {
        if (end - start > 4 || start >= end) {
            return false;
        }
        for (int k = start; k < end; k++) {
            String w = t.get(k).lower();
            if (!t.get(k).pos().equals("PROPN") || NOT_NAMES.contains(t.get(k).text())
                || lexicon.words("orgHeads").contains(w) || lexicon.words("titles").contains(w)) {
                return false;
            }
        }
        boolean after = start >= 2 && t.get(start - 1).lower().equals("and") && at[start - 2] != null
            && at[start - 2].entity().kind() == EntityKind.PERSON;
        boolean before = end + 1 < t.size() && t.get(end).lower().equals("and") && at[end + 1] != null
            && at[end + 1].entity().kind() == EntityKind.PERSON && at[end + 1].start() == end + 1;
        return after || before;
    }

    private static final java.util.regex.Pattern REGNAL_NUMBER =
        java.util.regex.Pattern.compile("II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI");

    /** A person the gazetteer lacks, named by tokens [start, end) of the sentence. */
    private static Mention person(List<Token> t, int start, int end, Sentence s, ArticleState state,
                                  double confidence) {
        String label = s.text().substring(t.get(start).begin() - s.begin(), t.get(end - 1).end() - s.begin());
        Entity e = new Entity(Iris.entity(EntityKind.PERSON, Slugs.slug(label)), EntityKind.PERSON, label, null, null,
            null, List.of(), false);
        return new Mention(start, end, state.entities.getOrDefault(e.iri(), e), NameForm.NAME, confidence);
    }

    /** The gazetteer person a name with middle initials names without them ("Sergey V. Lavrov"), or null. */
    private Entity withoutInitials(List<Token> t, int start, int end) {
        List<Token> kept = new ArrayList<>();
        for (int k = start; k < end; k++) {
            String w = t.get(k).text();
            if (!(w.length() == 2 && w.endsWith(".") && Character.isUpperCase(w.charAt(0)))) {
                kept.add(t.get(k));
            }
        }
        if (kept.size() == end - start || kept.size() < 2) {
            return null;
        }
        return lexicon.gazetteer().match(kept, 0).filter(m -> m.end() == kept.size() && m.candidates().size() == 1)
            .map(m -> m.candidates().get(0).entity()).filter(e -> e.kind() == EntityKind.PERSON).orElse(null);
    }

    private boolean personContext(List<Token> t, int start, int end, ArticleState state) {
        if (end - start >= 2 && end - start <= 3 && state != null && state.titledNames.contains(t.get(end - 1).text())) {
            return true; // "Roman Protasevich", when the article calls him "Mr Protasevich" too
        }
        return personContext(t, start, end);
    }

    private boolean personContext(List<Token> t, int start, int end) {
        boolean joinedToName = end < t.size() && t.get(end).lower().equals("and") && startsWithGivenName(t, end + 1)
            || start >= 3 && t.get(start - 1).lower().equals("and") && startsWithGivenName(t, start - 3);
        if (end - start == 2 && joinedToName && lexicon.words("titles").matchAt(t, start) == 0
            && !lexicon.words("titles").contains(t.get(end - 1).lower())) {
            return true; // "freed Airan Berry and Luke Denman": a pair of names joined to a person's name
        }
        if (end - start <= 3 && lexicon.hasWords("givenNames") && lexicon.words("givenNames").contains(t.get(start).lower())
            && !t.get(end - 1).lower().equals(t.get(start).lower())) {
            return true; // "Artem Dultsev": a known given name and a surname
        }
        if (start > 0) {
            String before = t.get(start - 1).lower();
            // "Deputy Prime Ministers Mher Grigoryan of Armenia and …": a plural title before the first name
            String singular = before.endsWith("s") ? before.substring(0, before.length() - 1) : before;
            if (lexicon.words("roleNouns").contains(before) || lexicon.words("titles").contains(before)
                || lexicon.words("titles").contains(singular)) {
                return true;
            }
            if (lexicon.words("speechVerbs").contains(before) && !SentenceView.NAMING_VERBS.contains(before)) {
                return true; // "…, said John Smith" (but not "the shoal, which it calls Ren'ai Jiao")
            }
            if (before.equals(",") && start > 1 && lexicon.words("roleNouns").contains(t.get(start - 2).lower())) {
                return true; // "Ukraine's ambassador, Sergiy Kyslytsya, said"
            }
            if (before.equals(",") && end < t.size() && t.get(end).text().equals(",")) {
                // "Australia's minister for international development and the Pacific, Zed Seselja, visited": a
                // role phrase opening the sentence, then the name between commas
                for (int k = start - 2; k >= Math.max(0, start - 12); k--) {
                    String w = t.get(k).lower();
                    if (w.equals(",") || w.equals(";")) {
                        break;
                    }
                    if (lexicon.words("roleNouns").contains(w) && !t.get(k).isCapitalized() && k <= 3
                        && IntStream.range(0, k).noneMatch(j -> t.get(j).text().equals(","))) {
                        return true;
                    }
                }
            }
        }
        if (end < t.size()) {
            String after = t.get(end).lower();
            if (lexicon.words("speechVerbs").contains(after)) {
                return true;
            }
            if (after.equals(",") && end + 3 < t.size() && t.get(end + 1).pos().equals("NUM")
                && t.get(end + 2).text().equals(",")) {
                end += 2; // "Roman Protasevich, 26, a former editor": past the age
            }
            if (after.equals(",") && end + 1 < t.size()) {
                Token next = t.get(end + 1);
                String n = next.lower();
                // "…, the head of X", "…, who", "…, China's No. 2 diplomat"
                boolean possessive = next.isCapitalized() && end + 2 < t.size()
                    && (t.get(end + 2).text().equals("'s") || t.get(end + 2).text().equals("’s"));
                if (n.equals("who")) {
                    return true; // "Lan Fo'an, who became finance minister": the relative clause has its own verb
                }
                return (n.equals("the") || n.equals("a") || n.equals("an") || possessive
                    || lexicon.words("roleNouns").contains(n)) && !hasVerbSoon(t, end + 1);
            }
        }
        return false;
    }

    /** Whether a two-word name with a known given name opens at {@code k}: "Luke Denman". */
    private boolean startsWithGivenName(List<Token> t, int k) {
        return k >= 0 && k + 1 < t.size() && lexicon.hasWords("givenNames")
            && lexicon.words("givenNames").contains(t.get(k).lower()) && t.get(k + 1).isCapitalized() && t.get(k + 1).isWord();
    }

    /** "Lula da Silva", "Ursula von der Leyen"'s "von": a lower-case particle between two parts of a name. */
    private static boolean particle(List<Token> t, int i) {
        return NAME_PARTICLES.contains(t.get(i).text()) && i + 1 < t.size() && t.get(i + 1).isCapitalized()
            && t.get(i + 1).isWord() && i > 0 && t.get(i - 1).isCapitalized();
    }

    /** "Abdel Fattah al-Burhan": a particle joined by a hyphen to the next part of the name. */
    private static boolean hyphenParticle(List<Token> t, int i) {
        return i > 0 && i + 2 < t.size() && NAME_PARTICLES.contains(t.get(i).text()) && t.get(i - 1).isCapitalized()
            && t.get(i + 1).text().equals("-") && t.get(i).end() == t.get(i + 1).begin()
            && t.get(i + 1).end() == t.get(i + 2).begin() && t.get(i + 2).isCapitalized() && t.get(i + 2).isWord();
    }

    private static final java.util.Set<String> NAME_PARTICLES = java.util.Set.of("da", "de", "do", "dos", "das", "di",
        "del", "della", "van", "von", "der", "den", "bin", "ibn", "al", "el", "le", "la", "du", "ter", "ben");

    /** A hyphen joining two parts of one name with no spaces: "Ing-wen", "Jae-myung", "Thomas-Greenfield". */
    private static boolean joined(List<Token> t, int i) {
        return t.get(i).text().equals("-") && i > 0 && i + 1 < t.size() && t.get(i - 1).end() == t.get(i).begin()
            && t.get(i).end() == t.get(i + 1).begin() && t.get(i + 1).isWord();
    }

    /** An apposition has no verb of its own before its closing comma: ", the head of X," vs ", the talks failed". */
    private static boolean hasVerbSoon(List<Token> t, int from) {
        for (int i = from; i < t.size() && i < from + 12; i++) {
            String w = t.get(i).text();
            if (w.equals(",") || w.equals(".")) {
                return false;
            }
            if (t.get(i).pos().equals("VERB") && !t.get(i).lower().endsWith("ing") && !w.toLowerCase(Locale.ROOT)
                .endsWith("ed")) {
                return true;
            }
        }
        return false;
    }
}
