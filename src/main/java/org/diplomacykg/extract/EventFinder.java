package org.diplomacykg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diplomacykg.lexicon.Entity;
import org.diplomacykg.lexicon.EntityKind;
import org.diplomacykg.lexicon.EventPattern;
import org.diplomacykg.lexicon.WordList;
import org.diplomacykg.lexicon.Lexicon;
import org.diplomacykg.lexicon.Trigger;

/**
 * Finds events in a sentence from the lexicon's patterns: verb triggers ("Russia attacked Ukraine", "talks
 * were cancelled") and noun triggers, alone ("sanctions on Russia", "the exchange of prisoners") or carried
 * by a support verb ("imposed sanctions", "gave Kyiv military backing", "drew criticism from Moscow").
 * Negated and hypothetical triggers are dropped; intentions are recoded with the pattern's intent code.
 */
final class EventFinder {
    private final Lexicon lexicon;

    EventFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * An event found in a sentence, before time and confidence are attached.
     *
     * @param pattern   the pattern that matched
     * @param cameo     the code (after refinement or intent recoding)
     * @param start     first token of the trigger
     * @param end       last token of the trigger (exclusive)
     * @param sources   acting actors
     * @param targets   actors acted upon
     * @param symmetric whether all actors take part alike
     * @param place     where, or null
     * @param treaty    the treaty concerned, or null
     * @param released  persons released
     * @param content   what was charged or demanded, or null
     * @param factor    confidence factor for how the trigger was read
     */
    record Found(EventPattern pattern, String cameo, int start, int end, List<Actor> sources, List<Actor> targets,
                 boolean symmetric, Entity place, Entity treaty, List<Entity> released, String content,
                 double factor) {}

    List<Found> find(SentenceView v, ArticleState state) {
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            List<Trigger> here = lexicon.triggers(v.lower(i));
            for (Trigger tr : here) {
                int end = tailEnd(v, i, tr);
                if (end < 0) {
                    continue;
                }
                final int at = i;
                if (tr.tail().isEmpty() && here.stream().anyMatch(o -> o != tr && o.pattern() == tr.pattern()
                    && o.verb() == tr.verb() && !o.tail().isEmpty() && o.tail().size() + at + 1 == tailEnd(v, at, o))) {
                    continue; // "met with Sogavare" is read once, as "meet with", not also as "meet"
                }
                if (tr.verb()) {
                    if (verbish(v, i, tr)) {
                        verb(v, state, tr.pattern(), i, end, out);
                    } else if (tr.pattern().hyphenAgent()) {
                        hyphenAgent(v, state, tr.pattern(), i, end, out);
                    }
                } else if (!v.isVerb(i) || v.pos(i).equals("NOUN")) {
                    noun(v, state, tr.pattern(), i, end, out);
                }
            }
        }
        return withoutRequiredNouns(v, dedupe(out));
    }

    /**
     * "resumed ties with Qatar" is one act: the verb's pattern needs the noun ("restore" + "ties"), so the noun's own
     * pattern ("ties" of cooperation, which "resume" supports) is not a second event of the same actors.
     */
    private List<Found> withoutRequiredNouns(SentenceView v, List<Found> found) {
        if (found.size() < 2) {
            return found;
        }
        List<Found> out = new ArrayList<>(found);
        out.removeIf(n -> found.stream().anyMatch(o -> o != n && o.start() < n.start() && n.start() <= o.end() + 3
            && !o.pattern().requires().isEmpty() && !o.cameo().startsWith(n.cameo().substring(0, 2)) && isVerbTrigger(v, o)
            && o.pattern().requires().stream().anyMatch(stem -> stem.indexOf(' ') < 0 && v.lower(n.start()).startsWith(stem))
            && iris(o.sources()).equals(iris(n.sources()))));
        return out;
    }

    private boolean isVerbTrigger(SentenceView v, Found f) {
        return lexicon.triggers(v.lower(f.start())).stream().anyMatch(t -> t.verb() && t.pattern() == f.pattern());
    }


    /**
     * "struck what New Delhi described as a militant camp": the object is the phrase after the naming verb; for any
     * other object, {@code end} itself.
     */
    private static int whatItCalled(SentenceView v, int end) {
        if (end >= v.size() || !v.lower(end).equals("what")) {
            return end;
        }
        for (int j = end + 2; j < Math.min(v.size() - 1, end + 6); j++) {
            if (SentenceView.NAMING_VERBS.contains(v.lower(j))) {
                return v.lower(j + 1).equals("as") ? j + 2 : j + 1;
            }
        }
        return end;
    }

    /** "which it calls", "what Beijing terms": a naming verb whose object is the relative pronoun before it. */
    private static boolean namingRelative(SentenceView v, int i) {
        for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
            String w = v.lower(j);
            if (w.equals("which") || w.equals("what")) {
                return true;
            }
            if (v.isComma(j) || v.isVerb(j)) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> CALL_ON = Set.of("on", "upon");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her");
    private static final Set<String> CALL_PREPOSITIONS = Set.of("in", "during", "over");
    private static final Set<String> TO_OR_WITH = Set.of("to", "with");
    /** "Jordan and South Africa also recalled …": an adverb that joins an act to an earlier one. */
    private static final Set<String> JOINING_ADVERBS = Set.of("also", "likewise", "similarly");

    private static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "”", "‘", "’", "'");

    private static final Set<String> SPLIT_PARTICLES = Set.of("back", "over", "off", "out", "up", "home", "down", "away");
    private static final Set<String> OBJECT_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON");

    private static int tailEnd(SentenceView v, int i, Trigger tr) {
        if (tr.verb() && tr.tail().size() == 1 && SPLIT_PARTICLES.contains(tr.tail().get(0))
            && (i + 1 >= v.size() || !v.lower(i + 1).equals(tr.tail().get(0)))) {
            // "handed the pilot back to India", "called the talks off": the object between verb and particle
            for (int k = i + 1; k < Math.min(v.size(), i + 11); k++) {
                if (v.lower(k).equals(tr.tail().get(0))) {
                    return k > i + 1 ? i + 1 : -1;
                }
                String w = v.lower(k);
                if (!OBJECT_TAGS.contains(v.pos(k)) && !w.equals("'s") && !w.equals("’s")
                    && !Set.of("in", "of", "from", "at", ",").contains(w) || v.isVerb(k)) {
                    // past "its ambassador in Niamey, Sylvain Itté," to "back"
                    return -1;
                }
            }
            return -1;
        }
        int k = i + 1;
        for (String w : tr.tail()) {
            while (k < v.size() && QUOTE_MARKS.contains(v.t.get(k).text())) {
                k++; // "stood “in solidarity” with Lithuania": quoted words of the phrase
            }
            if (k >= v.size() || !v.lower(k).equals(w)) {
                return -1;
            }
            k++;
        }
        while (k < v.size() && QUOTE_MARKS.contains(v.t.get(k).text()) && k + 1 < v.size()
            && tr.tail().size() > 0 && !v.isBoundary(k + 1)) {
            k++;
        }
        return k;
    }

    /** Whether the word at {@code k} is a verb that halts or rejects talks ("cancelled", "called off"). */
    private boolean cancels(SentenceView v, int k) {
        return v.isVerb(k) && lexicon.triggers(v.lower(k)).stream().anyMatch(t -> t.verb()
            && (t.pattern().cameo().startsWith("16") || t.pattern().cameo().equals("125")));
    }

    /**
     * "under a Russian-brokered ceasefire", "the Qatar-mediated talks between Israel and Hamas": the name joined to
     * the participle did the act.
     */
    private void hyphenAgent(SentenceView v, ArticleState state, EventPattern p, int i, int end, List<Found> out) {
        if (i < 2 || !v.t.get(i - 1).text().equals("-") || v.t.get(i - 1).end() != v.t.get(i).begin()
            || !v.lower(i).endsWith("ed") || i + 1 >= v.size() || Set.of("DET", "ADP", "PUNCT", "CCONJ").contains(v.pos(i + 1))) {
            return;
        }
        Mention agent = null;
        for (Mention m : v.mentions) {
            if (m.end() == i - 1 && v.t.get(m.end() - 1).end() == v.t.get(i - 1).begin()) {
                agent = m;
            }
        }
        Actor a = agent == null ? null : v.actorOf(agent);
        if (a == null) {
            return;
        }
        // "a US-brokered deal was not signed", "a Qatar-brokered truce could collapse": the clause's verb says
        for (int k = i + 2; k < v.size() && !v.isComma(k); k++) {
            if (v.isVerb(k) && !v.isAux(k)) {
                Modality mod = Modality.of(v, k, lexicon);
                if (mod == Modality.NEGATED || mod == Modality.HYPOTHETICAL || mod == Modality.REFUSED) {
                    return;
                }
                break;
            }
        }
        emit(v, state, p, p.cameo(), i, end, List.of(a), List.of(), List.of(), null, 0.85, out);
    }

    /** A verb trigger needs a verb: tagged so, or a form no noun has ("met", "attacked", "spoke"). */
    private boolean verbish(SentenceView v, int i, Trigger tr) {
        String pos = v.pos(i);
        if (i > 0 && v.t.get(i - 1).text().equals("-") && v.t.get(i - 1).end() == v.t.get(i).begin()) {
            return false; // "ground-launched missiles": part of a compound adjective
        }
        if (v.lower(i).endsWith("ing") && i > 0 && !pos.equals("VERB")
            && (v.pos(i - 1).equals("DET") || v.pos(i - 1).equals("ADJ")
                || Set.of("'s", "’s", "their", "its", "his", "her", "our").contains(v.lower(i - 1)))) {
            // "a meeting with …" read as "meet with": not when planned ("a planned meeting with") or called off
            for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
                if (lexicon.words("hypotheticalModifiers").contains(v.lower(k)) || cancels(v, k)) {
                    return false;
                }
            }
        }
        // "that normalised relations are a condition": a participle before the noun that is the clause's subject
        if (v.lower(i).endsWith("ed") && i + 2 < v.size() && v.pos(i + 1).equals("NOUN")
            && (v.isAux(i + 2) || v.isVerb(i + 2)) && !v.pos(i + 2).equals("NOUN")) {
            return false;
        }
        // "a freshly negotiated arrangement", "the agreed text": a participle used as an adjective.
        if (v.lower(i).endsWith("ed") && i + 1 < v.size() && v.pos(i + 1).equals("NOUN")
            && (i > 0 && v.pos(i - 1).equals("DET") || i > 1 && v.pos(i - 2).equals("DET")
                && !Chunker.TIME_NOUNS.contains(v.lower(i - 1))) // but "Canada this month paused talks"
            && !(i > 1 && v.isAux(i - 2) && QUANTIFIERS.contains(v.lower(i - 1)))) { // but "have both restored ties"
            return false;
        }
        if (pos.equals("VERB") || pos.equals("AUX")) {
            return true;
        }
        String w = v.lower(i);
        String lemma = tr.lemma().split(" ", 2)[0];
        if (w.equals(lemma) && i > 1 && v.lower(i - 1).equals("to")
            && (v.isVerb(i - 2) || lexicon.words("intentAdjectives").contains(v.lower(i - 2)))) {
            return true; // "offered to mediate", "willing to mediate": an infinitive the tagger took for a noun
        }
        return !w.equals(lemma) && !w.equals(lemma + "s") && !w.equals(lemma + "es") && !pos.equals("PROPN")
            && (!tr.tail().isEmpty() || !w.endsWith("ing"));
    }

    // ------------------------------------------------------------------------------------------- verbs

    private void verb(SentenceView v, ArticleState state, EventPattern p, int i, int end, List<Found> out) {
        Modality mod = Modality.of(v, i, lexicon);
        String cameo = p.cameo();
        if (mod == Modality.REFUSED && p.rejectCameo() != null) {
            mod = Modality.FACT;
            cameo = p.rejectCameo();
        }
        if (mod == Modality.NEGATED || mod == Modality.HYPOTHETICAL || mod == Modality.REFUSED
            || mod == Modality.INTENT && p.intentCameo() == null) {
            return;
        }
        if (p.excludesPreposition() != null && end < v.size() && v.lower(end).equals(p.excludesPreposition())) {
            return; // "Kyiv and Warsaw clashed over grain imports": a dispute, not a fight
        }
        if (SentenceView.NAMING_VERBS.contains(v.lower(i)) && namingRelative(v, i)) {
            return; // "the shoal, which it calls Ren'ai Jiao": a name given, not a phone call
        }
        boolean intent = intended(p, mod);
        boolean passive = isPassive(v, i);
        if (passive && p.activeOnly()) {
            return;
        }
        List<Np> subject = v.subjectOf(i);
        if (i == 0 && passive && subject.isEmpty()) {
            // "Signed in Prague by Obama and Medvedev, the treaty …": what the opening participle tells of is the
            // subject after the comma
            for (int q = 1; q + 1 < v.size() && !v.isBoundary(q); q++) {
                if (v.isComma(q)) {
                    Np after = v.np(q + 1);
                    if (after != null && after.start() == q + 1) {
                        subject = List.of(after);
                    }
                    break;
                }
            }
        }
        Np craft = v.lower(i).endsWith("ing") && v.npEndingBefore(i) != null ? v.npEndingBefore(i)
            : subject.isEmpty() ? null : subject.get(0);
        if (p.cameo().equals("042") && craft != null && craft.headName() == null && VEHICLES.contains(v.lower(craft.head()))
            && craft.modifiers().stream().noneMatch(m -> m.entity().kind() == EntityKind.PERSON)) {
            // "ships heading to Russian ports" travel, nobody visits (but "Blinken's plane touched down" brings him)
            return;
        }
        Np modified = reducedRelative(v, p, i, end);
        if (modified != null) {
            // "Eyvin Hernandez, a public defender detained by Venezuelan authorities": the phrase the
            // participle follows is what was done to
            passive = true;
            subject = List.of(modified);
        }
        if (passive && p.symmetric() && subject.stream().allMatch(n -> v.actors(n).isEmpty())
            && betweenParties(v, subject.isEmpty() ? i : subject.get(0).end(), Math.min(v.size(), end + 8)).size() < 2
            && byAgent(v, v.ppsAfter(end)).size() < 2) {
            // "any provocation would be met with a swift response": no one meets anyone (but "the treaty was signed
            // by Obama and Medvedev" names both parties)
            return;
        }
        int objectStart = whatItCalled(v, end);
        List<Np> objects = v.objectsAfter(objectStart);
        Np antecedent = null;
        if (objects.isEmpty() && !passive && !subject.isEmpty() && !p.symmetric()) {
            int rel = subject.get(0).start() - 1;
            antecedent = rel > 1 && v.lower(rel).equals("whom") && v.isComma(rel - 1) ? v.npEndingBefore(rel - 1) : null;
            if (antecedent != null && antecedent.headName() != null
                && antecedent.headName().entity().kind() != EntityKind.PERSON) {
                // "Ursula von der Leyen, the president of the European Commission, whom he had invited": "whom" is
                // the person the apposition is about
                Np person = null;
                for (int k = antecedent.start() - 1; k >= 0 && !v.isVerb(k) && person == null; k--) {
                    Np n = v.np(k);
                    if (n != null && n.headName() != null && n.headName().entity().kind() == EntityKind.PERSON) {
                        person = n;
                    }
                }
                antecedent = person;
            }
            if (antecedent != null) {
                objects = List.of(antecedent); // "Cheng Lei, whom Chinese authorities detained in 2020"
            }
        }
        int scopeStart = objectStart;
        int to = objectStart;
        if (objects.isEmpty() || objects.get(0).start() > end && v.pos(end).equals("ADP")) {
            // past a short phrase of time: "threatened in August to suspend relations with Vienna"
            while (to < Math.min(v.size() - 1, end + 4) && !v.lower(to).equals("to") && !v.isVerb(to) && !v.isComma(to)) {
                to++;
            }
        }
        boolean infinitive = to + 1 < v.size() && v.lower(to).equals("to") && v.isVerb(to + 1)
            && (objects.isEmpty() || objects.get(0).start() > to);
        if (p.requiresInfinitive() && !infinitive) {
            return;
        }
        if (end - i == 2 && v.lower(i).startsWith("call") && CALL_ON.contains(v.lower(i + 1))
            && p.cameo().startsWith(infinitiveFollows(v, end) ? "04" : "02")) {
            // "called on Israel to agree to a ceasefire" is an appeal; "called on Anthony Albanese at Parliament
            // House" a visit
            return;
        }
        if (p.requires().isEmpty() && infinitive) {
            // "threatened to retaliate against Finland": the target is in the infinitive's phrase.
            scopeStart = to + 2;
            objects = v.objectsAfter(scopeStart);
        }
        int afterObjects = objects.isEmpty() ? scopeStart : objects.get(objects.size() - 1).end();
        List<SentenceView.Pp> pps = v.ppsAfter(afterObjects);
        List<Np> patient = passive ? subject : objects;
        List<Np> requiredScope = new ArrayList<>(patient);
        for (SentenceView.Pp pp : pps) {
            if (pp.prep() == afterObjects && v.lower(pp.prep()).equals("of")) {
                requiredScope.addAll(pp.group());
            }
        }
        List<Np> requirementScope = new ArrayList<>(requiredScope);
        if (!p.requires().isEmpty() && infinitive && objects.isEmpty()) {
            // "vowed to take resolute measures": what is vowed is the infinitive's object
            requirementScope.addAll(v.objectsAfter(to + 2));
        }
        // "supplied Russia with hundreds of drones": the theme follows the preposition, the object receives it
        boolean themeAfterObject = p.requiresPreposition() != null && !objects.isEmpty() && !p.requires().isEmpty()
            && afterObjects < v.size() && v.lower(afterObjects).equals(p.requiresPreposition())
            && !containsStem(v, requiredScope, p.requires(), end, end - 3)
            && containsStem(v, List.of(), p.requires(), afterObjects + 1, afterObjects + 3);
        for (SentenceView.Pp pp : pps) {
            if (themeAfterObject && pp.prep() == afterObjects) {
                requirementScope.addAll(pp.group());
            }
            if (objects.isEmpty() && !passive && pp.prep() == end && Set.of("on", "to", "upon").contains(v.lower(end))) {
                requirementScope.addAll(pp.group()); // "agreed on a plan", "agreed to a truce"
            }
        }
        boolean personPatient = p.personObject() && (requiredScope.stream().anyMatch(n ->
            n.headName() != null && n.headName().entity().kind() == EntityKind.PERSON
            && (n.end() >= v.size() || !SentenceView.POSSESSIVE_MARKS.contains(v.lower(n.end()))) // not "Erdogan's remarks"
            // "freed five Americans": the people of a country, named by its demonym
            || v.peopleOf(n) != null
            // "called the Kenyan leader", "detained him": a role or pronoun the article resolves to a person (but
            // "called Mr Erdogan's comparisons misplaced" names his words, not him)
            || n.headName() == null && (v.inList("roleNouns", v.lower(n.head())) || v.pos(n.head()).equals("PRON"))
            && v.actors(n).stream().anyMatch(a -> state.entity(a.iri()) != null
                && state.entity(a.iri()).kind() == EntityKind.PERSON))
            // "summoned China's ambassador, Qin Gang,": a role the next phrase names
            || !patient.isEmpty() && patient.get(0).headName() == null && patient.get(0).end() + 1 < v.size()
            && v.isComma(patient.get(0).end()) && v.np(patient.get(0).end() + 1) != null
            && v.np(patient.get(0).end() + 1).headName() != null
            && v.np(patient.get(0).end() + 1).headName().entity().kind() == EntityKind.PERSON
            // "released three Russians, among them Vladislav Klyushin": a group, then people named right after
            || !patient.isEmpty() && patient.get(0).headName() == null && v.lower(patient.get(0).head()).endsWith("s")
            && v.mentions.stream().anyMatch(m -> m.start() >= patient.get(0).end() && m.start() < end + 10
                && m.entity().kind() == EntityKind.PERSON && !v.lower(m.start() - 1).equals("by")));
        // "denied sending troops": what is denied is an act
        // "denied forcibly deporting children": past a manner adverb
        int ger = end + 1 < v.size() && v.lower(end).endsWith("ly") && v.lower(end + 1).endsWith("ing") ? end + 1 : end;
        boolean gerund = p.gerundObject() && ger < v.size() && v.lower(ger).endsWith("ing") && v.lower(ger).length() > 5
            && !v.t.get(ger).isCapitalized() // the tagger often reads "sending troops" as ADJ + NOUN
            && (v.isVerb(ger) || v.pos(ger).equals("ADJ") || v.pos(ger).equals("NOUN"));
        // "left the Economic Community of West African States", "quit the CSTO": an organisation or treaty named
        boolean organisationPatient = p.organisationObject() && requiredScope.stream().anyMatch(n -> n.headName() != null
            && (n.headName().entity().kind() == EntityKind.INTERGOVERNMENTAL_ORGANIZATION
                || n.headName().entity().kind() == EntityKind.TREATY));
        if (!p.requires().isEmpty() && !personPatient && !organisationPatient && !themeAfterObject && !gerund
            && !containsStem(v, requirementScope, p.requires(), i + 1, end)
            && !thatClauseHas(v, end, p.requires())) {
            return;
        }
        if (p.personObject() && p.requiresCue() == null && !objects.isEmpty() && objects.get(0).end() < v.size()) {
            int after = objects.get(0).end();
            String w = v.lower(after);
            Np next = v.np(after) != null ? v.np(after) : v.np(after + 1);
            boolean time = next != null && Chunker.TIME_NOUNS.contains(v.lower(next.head()));
            if (!time && (w.equals("a") || w.equals("an") || w.equals("the")
                || (v.pos(after).equals("NOUN") || v.pos(after).equals("ADJ")) && !Set.of("late", "early", "last").contains(w))) {
                return; // "called Putin a war criminal": a judgement, not a call
            }
        }
        if (!p.excludes().isEmpty() && containsStem(v, requiredScope, p.excludes(), end, end)) {
            return;
        }
        if (p.requiresPreposition() != null && !followedBy(v, afterObjects, p.requiresPreposition())) {
            return;
        }
        List<Actor> judgedDoers = new ArrayList<>();
        if ((p.requiresCue() != null || p.targetFromEvent()) && objects.isEmpty() && !passive) {
            Np judged = v.thatRelativeAntecedent(i); // "a move that Guyana denounced as a provocation"
            if (judged != null && (p.requiresCue() == null || cueInClause(v, p.requiresCue(), end))) {
                objects = List.of(judged);
                if (judged.headName() == null && judged.start() > 0 && v.isComma(judged.start() - 1)) {
                    // "Southern Command carried out flights with Guyana, a move that Venezuela denounced": the
                    // move is the act of the clause before it, so its doer is the target
                    for (int k = judged.start() - 2; k > 0 && judgedDoers.isEmpty(); k--) {
                        if (v.isVerb(k) && !v.isAux(k)) {
                            judgedDoers.addAll(v.subjectActors(k));
                        }
                    }
                }
            }
        }
        // from the object's head on: the chunker may take a trailing adjective into the object ("the meeting positive")
        if (p.requiresCue() != null && (objects.isEmpty() || !cueInClause(v, p.requiresCue(), Math.min(end,
            objects.get(0).head() + 1))
            || java.util.stream.IntStream.range(Math.max(0, i - 3), i).anyMatch(k -> v.lower(k).equals("what")))) {
            // "called the decision 'disproportionate'" judges; "called the decision a surprise" does not, and
            // "what it called 'dangerous manoeuvres'" only quotes the words of another act
            return;
        }
        List<Actor> sources;
        List<Actor> targets = new ArrayList<>();
        // With a requirement ("expel diplomats", "cancel talks", "close a consulate") the object is the theme
        // of the act, not its target; the target is who the theme belongs to or a prepositional phrase.
        boolean themeObject = !p.requires().isEmpty() && !personPatient && !organisationPatient && !themeAfterObject;
        if (passive) {
            sources = byAgent(v, pps);
            if (sources.isEmpty()) {
                // "May announced that 23 diplomats would be expelled": the announcer acts.
                int say = v.reportingVerb(i, lexicon.words("speechVerbs"));
                boolean relativeBetween = false;
                for (int k = Math.max(0, say); say >= 0 && k < i; k++) {
                    relativeBetween |= SentenceView.RELATIVE_PRONOUNS.contains(v.lower(k)) && !v.lower(k).equals("that");
                }
                sources = say < 0 || relativeBetween ? List.of() : v.subjectActors(say);
            }
            if (sources.isEmpty()) {
                // "the ambassador was summoned to the Russian foreign ministry": where one is called to acts
                sources = prepositionActors(v, pps, p.sourcePrepositions());
                List<Actor> envoy = v.actors(subject);
                if (p.personObject() && !sources.isEmpty() && !envoy.isEmpty() && sources.stream().allMatch(a ->
                    envoy.stream().anyMatch(e -> sameSide(state, a, e)))) {
                    // "Mr Sullivan, the US ambassador, was summoned to the foreign ministry": not his own country's,
                    // but that of the side his is at odds with
                    Np ministry = pps.stream().filter(pp -> p.sourcePrepositions().contains(v.lower(pp.prep())))
                        .flatMap(pp -> pp.group().stream()).filter(v::isBareMinistry).findFirst().orElse(null);
                    List<Actor> other = new ArrayList<>();
                    for (Actor a : state.adversary(envoy, v.sentence.index(), 8)) {
                        String c = state.actingCountry(a.iri()) != null ? state.actingCountry(a.iri()) : a.iri();
                        Actor body = ministry != null && state.entity(c) != null
                            && state.entity(c).kind() == EntityKind.COUNTRY ? v.ministryOf(c, ministry) : new Actor(c, 0.5);
                        if (other.stream().noneMatch(o -> o.iri().equals(body.iri()))) {
                            other.add(body);
                        }
                    }
                    sources = other;
                }
            }
            if (sources.isEmpty() && p.sourceFromObjectModifier()) {
                // "Georgia's ambassador was recalled from Kyiv": Georgia recalled its own envoy
                List<Actor> owners = new ArrayList<>();
                for (Np n : subject) {
                    owners.addAll(modifierActors(v, n));
                }
                sources = owners;
            }
            if (!themeObject) {
                targets.addAll(v.actors(subject));
            }
        } else {
            sources = v.subjectActors(i);
            if (!objects.isEmpty() && !themeObject) {
                targets.addAll(roleThenName(v, objects.get(0)));
                Mention people = v.peopleOf(objects.get(0));
                Actor country = people == null ? null : v.actorOf(people);
                if (country != null) {
                    targets.add(new Actor(country.iri(), country.evidence() * 0.8)); // "freed five Americans"
                }
            }
            if (!objects.isEmpty() && !themeObject && targets.isEmpty()) {
                targets.addAll(v.actors(antecedent != null ? List.of(antecedent) : v.firstObjectGroup(scopeStart)));
            }
        }
        if (targets.isEmpty() && !themeObject && !passive && !objects.isEmpty()) {
            // "struck Houthi targets in Yemen": the object is the target, and whose it is says more than where
            for (Np n : v.firstObjectGroup(scopeStart)) {
                targets.addAll(modifierActors(v, n));
            }
            List<Np> group = v.firstObjectGroup(scopeStart);
            if (targets.isEmpty() && !group.isEmpty() && group.stream().noneMatch(n -> isTriggerWord(v, n.head()))) {
                // "sanctioned three firms linked to Iran's Revolutionary Guards"
                targets.addAll(affiliated(v, group.get(group.size() - 1).end()));
            }
        }
        if (targets.isEmpty() && (!p.targetFromObjectModifier() || personPatient)) {
            // "postponed a Canadian trade mission to India": the phrase names the target before the theme does.
            targets.addAll(prepositionActors(v, pps, p.targetPrepositions(), sources));
        }
        if (p.targetFromObjectModifier() && !personPatient || targets.isEmpty()) {
            // "expelled 23 Russian diplomats", "banned imports of French wheat": whose the theme is.
            for (Np n : requiredScope) {
                targets.addAll(modifierActors(v, n));
            }
            for (Np n : requiredScope) {
                Np owner = n.end() + 1 < v.size() && (v.lower(n.end()).equals("from") || v.lower(n.end()).equals("of"))
                    ? v.np(n.end() + 1) : null;
                if (targets.isEmpty() && p.personObject() && owner != null && owner.start() == n.end() + 1) {
                    targets.addAll(v.actors(v.groupFrom(owner))); // "ordered diplomats from Argentina and Chile to leave"
                }
            }
        }
        if (targets.isEmpty()) {
            targets.addAll(prepositionActors(v, pps, p.targetPrepositions(), sources));
        }
        if (p.symmetric()) {
            // "exchanged prisoners, with the UAE acting as mediator": a go-between, not a party
            List<SentenceView.Pp> parties = pps.stream().filter(pp -> {
                int after = pp.group().isEmpty() ? pp.prep() + 1 : pp.group().get(pp.group().size() - 1).end();
                return after >= v.size() || !Set.of("acting", "serving", "as").contains(v.lower(after));
            }).toList();
            targets.addAll(prepositionActors(v, parties, Set.of("with", "between")));
            if (passive && targets.isEmpty() && sources.isEmpty() && !subject.isEmpty()) {
                // "An agreement between Armenia and Azerbaijan on border demarcation was signed in April"
                targets.addAll(betweenParties(v, subject.get(0).start(), i));
            }
        } else if (targets.isEmpty() && p.reciprocal()) {
            targets.addAll(otherParties(v, state, pps, sources));
        }
        if (targets.isEmpty() && passive && p.reciprocal() && !subject.isEmpty()) {
            // "the meeting between Modi and Sharif was cancelled": the parties are named in the subject
            int from = subject.get(subject.size() - 1).end();
            List<SentenceView.Pp> own = new ArrayList<>(v.ppsAfter(from));
            own.removeIf(pp -> pp.prep() >= i);
            targets.addAll(prepositionActors(v, own, Set.of("between", "with")));
        }
        if (targets.isEmpty() && !passive && objects.isEmpty()) {
            Np ante = v.objectRelativeAntecedent(i); // "Xi Jinping, whom he met in Bali"
            if (ante != null) {
                targets.addAll(v.actors(ante));
                String met = targets.isEmpty() ? null : targets.get(0).iri();
                if (met != null && sources.stream().anyMatch(s -> s.iri().equals(met))) {
                    // "he" there is someone named before the one met
                    Entity before = state.lastPersonBefore(v.sentence.index(), ante.start());
                    sources = before == null ? List.of() : List.of(new Actor(before.iri(), 0.7));
                }
            }
        }
        if (targets.isEmpty() && p.targetFromClause()) {
            targets.addAll(clauseTarget(v, state, end, sources));
        }
        if (targets.isEmpty() && !judgedDoers.isEmpty()) {
            List<Actor> judging = sources;
            targets.addAll(judgedDoers);
            targets.removeIf(a -> judging.stream().anyMatch(x -> x.iri().equals(a.iri())));
        }
        if (targets.isEmpty() && p.targetFromEvent() && !objects.isEmpty() && !passive) {
            // "condemned the launch of a ballistic missile by North Korea": the agent of the act the object names
            targets.addAll(prepositionActors(v, pps, Set.of("by"), sources));
        }
        if (targets.isEmpty() && p.targetFromEvent() && !objects.isEmpty()) {
            targets.addAll(eventActors(v, state, p, objects.get(0)));
        }
        if (targets.isEmpty() && p.targetFromEvent() && objects.isEmpty() && pps.isEmpty()) {
            // "Japan and Australia also voiced concern": about the hostile act just reported, by someone else
            ArticleState.EventNote e = state.lastEvent(q -> q.cameo().compareTo("13") >= 0, v.sentence.index(), 2);
            if (e != null) {
                for (Actor a : e.sources()) {
                    if (sources.stream().noneMatch(x -> x.iri().equals(a.iri()))) {
                        targets.add(new Actor(a.iri(), a.evidence() * 0.6));
                    }
                }
            }
        }
        if (targets.isEmpty() && !passive && !objects.isEmpty() && !p.symmetric()) {
            // "rejected the ceasefire proposal put forward by Egypt": whose the thing acted on is
            List<Actor> agent = new ArrayList<>(participleAgent(v, objects.get(objects.size() - 1).end()));
            List<Actor> src = sources;
            agent.removeIf(a -> src.stream().anyMatch(x -> x.iri().equals(a.iri())));
            targets.addAll(agent);
        }
        if (targets.isEmpty() && p.targetFromAccuser() && !sources.isEmpty()) {
            targets.addAll(accusers(v, state, sources));
        }
        if (targets.isEmpty() && p.targetFromAdversary() && !sources.isEmpty()) {
            targets.addAll(state.adversary(sources, v.sentence.index(), 6));
        }
        if (targets.isEmpty() && p.targetFromEarlier() && !sources.isEmpty()) {
            ArticleState.EventNote same = state.lastEvent(q -> q == p, v.sentence.index(), 10);
            Set<String> own = state.sides(sources);
            for (Actor a : same == null ? List.<Actor>of() : same.targets()) {
                if (!own.contains(a.iri()) && !own.contains(state.actingCountry(a.iri()))) {
                    targets.add(new Actor(a.iri(), a.evidence() * 0.6));
                }
            }
        }
        sources = speakerForOwnSide(v, state, i, sources);
        if (p.requiresInfinitive() && sources.size() < 2 && prepositionActors(v, pps, Set.of("with")).isEmpty()) {
            return; // one agrees to something with someone: "Kenya and Ethiopia agreed to resume flights"
        }
        if (p.cameo().startsWith("042")) {
            // "travelled to Tokyo for talks with Kishida": the host named in the sentence is the target.
            List<Actor> host = hostPerson(v, pps);
            if (!host.isEmpty()) {
                targets = new ArrayList<>(host);
            }
            if (targets.isEmpty()) {
                targets.addAll(placeCountries(v, objects, pps));
            }
            if (host.isEmpty() && targets.size() == 1) {
                // "flew to Nairobi, where he and Kenya's defence minister, Aden Duale, signed …": the visited
                // country's official named with him is the host
                Entity visited = state.entity(targets.get(0).iri());
                String country = visited == null ? null : state.actingCountry(visited);
                List<Actor> src = sources;
                for (Mention m : v.mentions) {
                    // (only in what the trip was for, not in the next thing the sentence tells: "who flew into
                    // Beijing on Saturday, held talks with Qin Gang on Sunday")
                    boolean purpose = java.util.stream.IntStream.range(end, m.start()).anyMatch(k -> v.lower(k).equals("where")
                        || v.lower(k).equals("to") && k + 1 < v.size() && v.isVerb(k + 1));
                    if (country != null && m.start() > end && purpose && m.entity().kind() == EntityKind.PERSON
                        && country.equals(state.actingCountry(m.entity().iri()))
                        && src.stream().noneMatch(a -> a.iri().equals(m.entity().iri()))) {
                        targets = new ArrayList<>(List.of(new Actor(m.entity().iri(), 0.7)));
                        break;
                    }
                }
                // "travelled to the Vostochny Cosmodrome in Russia's Far East to meet him": the person the pronoun
                // of the trip's purpose stands for, when of the visited country
                for (int k = end; country != null && k + 2 < v.size() && !v.isBoundary(k) && targets.size() == 1
                    && state.entity(targets.get(0).iri()) != null
                    && state.entity(targets.get(0).iri()).kind() == EntityKind.COUNTRY; k++) {
                    if (v.lower(k).equals("to") && v.isVerb(k + 1) && OBJECT_PRONOUNS.contains(v.lower(k + 2))) {
                        // the latest person of that country named before (the nearest name may be the traveller's)
                        int si = v.sentence.index();
                        for (Entity person : state.personsNamedSince(si - 5, si, k + 2)) {
                            if (country.equals(state.actingCountry(person))
                                && src.stream().noneMatch(x -> x.iri().equals(person.iri()))) {
                                targets = new ArrayList<>(List.of(new Actor(person.iri(), 0.65)));
                                break;
                            }
                        }
                    }
                }
            }
        }
        if (cameo.equals(p.cameo())) {
            cameo = refine(v, p, cameo, i, afterObjects, !targets.isEmpty());
        }
        if (intent) {
            cameo = intentCode(p, cameo);
        }
        if (cameo.equals("1053") || cameo.equals("0253")) {
            targets = holders(state, v.sentence.index(), targets);
        }
        String content = p.requiresPreposition() != null ? contentAfter(v, afterObjects, p.requiresPreposition()) : null;
        emit(v, state, p, cameo, i, end, sources, targets, pps, content, 1.0, out);
    }

    /**
     * "demanded Mr Protasevich's release": a demand to free someone is made of whoever the article said holds them
     * (the source of an arrest of that person reported before); otherwise of the person as named.
     */
    private static List<Actor> holders(ArticleState state, int sentence, List<Actor> targets) {
        List<Actor> out = new ArrayList<>();
        if (targets.isEmpty()) {
            // "urged his early release": the one who detained someone just before
            ArticleState.EventNote arrest = state.lastEvent(q -> q.cameo().equals("173"), sentence, 3);
            return arrest == null ? out : arrest.sources().stream().map(a -> new Actor(a.iri(), a.evidence() * 0.6)).toList();
        }
        for (Actor t : targets) {
            ArticleState.EventNote arrest = state.lastEventTo("173", t.iri(), sentence, 40);
            boolean held = arrest != null && !arrest.sources().isEmpty();
            for (Actor h : held ? arrest.sources() : List.of(t)) {
                if (out.stream().noneMatch(o -> o.iri().equals(h.iri()))) {
                    out.add(held ? new Actor(h.iri(), Math.min(h.evidence(), t.evidence())) : h);
                }
            }
        }
        return out;
    }

    /**
     * "Putin said Russia was suspending its participation": the person who announces his country's act is its
     * most specific actor.
     */
    private List<Actor> speakerForOwnSide(SentenceView v, ArticleState state, int trigger, List<Actor> sources) {
        if (sources.size() != 1) {
            return sources;
        }
        Entity source = state.entity(sources.get(0).iri());
        if (source == null || source.kind() != EntityKind.COUNTRY) {
            return sources;
        }
        int say = v.reportingVerb(trigger, lexicon.words("speechVerbs"));
        List<Actor> speakers = say < 0 ? v.trailingSpeaker(trigger, lexicon.words("speechVerbs")) : v.subjectActors(say);
        if (speakers.size() == 1 && source.iri().equals(state.actingCountry(speakers.get(0).iri()))
            && !speakers.get(0).iri().equals(source.iri())) {
            return speakers;
        }
        return sources;
    }

    /** ", and Vyacheslav Volodin said": a comma, a conjunction and a subject with its verb start another clause. */
    private static boolean newClause(SentenceView v, int k) {
        if (!v.isComma(k) || k + 2 >= v.size() || !Set.of("and", "but").contains(v.lower(k + 1))) {
            return false;
        }
        Np n = v.np(k + 2);
        if (n == null || n.start() != k + 2 || n.end() >= v.size()) {
            return false;
        }
        int after = n.end();
        if (v.isComma(after)) { // "…, and Vyacheslav Volodin, the speaker of the Duma, said"
            int close = after + 1;
            while (close < Math.min(v.size(), after + 12) && !v.isComma(close)) {
                close++;
            }
            after = close + 1;
        }
        return after < v.size() && v.isVerb(after);
    }

    /**
     * "warned that Sweden should not expect support", "warning that Russia would respond if the United States
     * tested first": the first actor in the clause that is neither a source nor of a source's country.
     */
    private List<Actor> clauseTarget(SentenceView v, ArticleState state, int from, List<Actor> sources) {
        Set<String> own = state.sides(sources);
        int stop = from;
        while (stop < v.size() && stop < from + 25 && !lexicon.words("conditionals").contains(v.lower(stop))
            // "…, and Vyacheslav Volodin said …": another clause begins
            && !newClause(v, stop)) {
            stop++; // "threatened to use force if Bazoum was not reinstated": the condition names no target
        }
        for (Mention m : v.mentions) {
            if (m.start() < from || m.start() >= stop) {
                continue;
            }
            if (v.namedAsPlace(m)) {
                continue; // "any military intervention in Niger": where, not who
            }
            Actor a = v.actorOf(m);
            if (a == null || own.contains(a.iri())) {
                continue;
            }
            String c = state.actingCountry(a.iri());
            if (c == null || !own.contains(c)) {
                return List.of(new Actor(a.iri(), a.evidence() * 0.8));
            }
        }
        return List.of();
    }


    /**
     * "welcomed the vote", "condemned the launch", "hailed the agreement": when the object names an event the
     * article reported shortly before (by a trigger noun of its pattern, or a general word such as "decision"),
     * that event's actors.
     */
    private List<Actor> eventActors(SentenceView v, ArticleState state, EventPattern p, Np object) {
        for (int k = object.start(); k < object.head(); k++) {
            boolean dayPossessive = k + 1 < object.head() && (v.lower(k + 1).equals("'s") || v.lower(k + 1).equals("’s"))
                && Chunker.TIME_NOUNS.contains(v.lower(k));
            if (dayPossessive) {
                k++; // "welcomed Friday's agreement": a day, not an actor
                continue;
            }
            boolean participle = v.pos(k).equals("VERB") && (v.lower(k).endsWith("ed") || v.lower(k).endsWith("ing"));
            if (!v.pos(k).equals("DET") && !v.pos(k).equals("ADJ") && !v.pos(k).equals("ADV") && !participle) {
                // "the board's decision" names whose act it was: the organisation "the board" stands for
                if (k == object.start() + 1 && v.lower(object.start()).equals("the") && k + 1 < object.head()
                    && SentenceView.POSSESSIVE_MARKS.contains(v.lower(k + 1))) {
                    Entity e = state.anaphor(v.lower(k), v.sentence.index());
                    if (e == null) {
                        e = state.namedWithHead(v.lower(k), v.sentence.index());
                    }
                    if (e != null) {
                        return List.of(new Actor(e.iri(), 0.65));
                    }
                }
                return List.of(); // "the reported strikes" does not
            }
        }
        String head = v.lower(object.head());
        String singular = head.endsWith("s") ? head.substring(0, head.length() - 1) : head;
        boolean general = lexicon.words("eventAnaphors").contains(head) || lexicon.words("eventAnaphors").contains(singular);
        Set<String> named = new HashSet<>();
        boolean namesForce = false;
        for (String w : List.of(head, singular)) {
            for (org.diplomacykg.lexicon.Trigger t : lexicon.triggers(w)) {
                named.add(t.pattern().id());
                namesForce |= CameoKinds.isForce(t.pattern().cameo());
            }
        }
        if (!general && named.isEmpty()) {
            return List.of();
        }
        // A word for something said ("the remark") looks back three sentences for anything; a general word for an
        // act ("the decision") at the last act that was not itself a reaction (a comment, praise or criticism of
        // something else), three sentences back, or ten when it was a decision rather than a meeting or a use of
        // force; a named kind ("the agreement") looks back eight.
        boolean said = lexicon.words("speechAnaphors").contains(head);
        boolean praise = p.cameo().startsWith("05"); // one welcomes a decision, not an attack
        boolean incident = lexicon.words("incidentAnaphors").contains(head);
        java.util.function.Predicate<EventPattern> near = q -> q != p && (said || (general
            ? !CameoKinds.isReaction(q.cameo()) && !(praise && CameoKinds.isForce(q.cameo()))
            : named.contains(q.id())));
        // "welcomed the vote": the act a vote was told of, if one was (a parliament's, an assembly's)
        ArticleState.EventNote e = incident
            ? state.lastEvent(q -> q != p && CameoKinds.isIncident(q.cameo()), v.sentence.index(), 10)
            : head.startsWith("vote") ? state.lastNote(n -> n.voted() && n.pattern() != p, v.sentence.index(), 30)
            : null;
        if (e == null && !incident) {
            e = state.lastEvent(near, v.sentence.index(), said || general ? 3 : 8, true);
        }
        if (e == null && general && !said && !incident) {
            e = state.lastEvent(q -> q != p && CameoKinds.isDecision(q.cameo()), v.sentence.index(), 30);
        }
        if (e == null && namesForce && !praise) {
            // "fired missiles at Kyiv", then "condemned the strikes": another word for the same use of force
            e = state.lastEvent(q -> q != p && CameoKinds.isForce(q.cameo()), v.sentence.index(), 8);
        }
        if (e == null) {
            return List.of();
        }
        List<Actor> out = new ArrayList<>();
        for (Actor a : e.pattern().symmetric() && !general ? concat(e.sources(), e.targets()) : e.sources()) {
            out.add(new Actor(a.iri(), a.evidence() * 0.7));
        }
        return out;
    }

    private static List<Actor> concat(List<Actor> a, List<Actor> b) {
        List<Actor> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Who last accused or criticised one of the sources (or their country), within eight sentences. */
    private static List<Actor> accusers(SentenceView v, ArticleState state, List<Actor> sources) {
        Set<String> accused = state.sides(sources);
        ArticleState.EventNote e = state.lastEvent(q -> q.cameo().startsWith("11"), v.sentence.index(), 8);
        if (e == null || e.targets().stream().noneMatch(t -> accused.contains(t.iri())
            || accused.contains(state.actingCountry(t.iri())))) {
            return List.of();
        }
        return e.sources().stream().map(a -> new Actor(a.iri(), a.evidence() * 0.7)).toList();
    }

    /**
     * "remained open to dialogue with Beijing", "is ready for talks": an intention stated with an adjective, whose
     * subject is that of the linking verb before it. Emits the intent and returns true when the phrase has that shape.
     */
    private boolean openTo(SentenceView v, ArticleState state, EventPattern p, int npStart, int npEnd, int i, int end,
                           List<Found> out) {
        int k = npStart - 1;
        if (k < 2 || !(v.lower(k).equals("to") || v.lower(k).equals("for"))
            || !lexicon.words("intentAdjectives").contains(v.lower(k - 1))) {
            return false;
        }
        int link = k - 2;
        while (link >= 0 && v.pos(link).equals("ADV")) {
            link--;
        }
        if (link < 0 || !(v.isAux(link) || lexicon.words("linkingVerbs").contains(v.lower(link)))
            || Modality.of(v, link, lexicon) == Modality.NEGATED) {
            return false;
        }
        List<SentenceView.Pp> pps = v.ppsAfter(npEnd);
        List<Actor> sources = v.subjectActors(link);
        List<Actor> targets = new ArrayList<>(prepositionActors(v, pps, p.targetPrepositions(), sources));
        targets.addAll(prepositionActors(v, pps, Set.of("with", "between"), sources));
        emit(v, state, p, p.intentCameo(), i, end, sources, targets, pps, null, 0.9, out);
        return true;
    }

    /** "visited Jakarta", "landed in Osaka": the country of the city visited. */
    private static List<Actor> placeCountries(SentenceView v, List<Np> objects, List<SentenceView.Pp> pps) {
        List<Np> places = new ArrayList<>(objects);
        for (SentenceView.Pp pp : pps) {
            if (Set.of("to", "in", "into", "at", "outside", "near").contains(v.lower(pp.prep()))) {
                places.addAll(pp.group());
            }
        }
        List<Actor> out = new ArrayList<>();
        for (Np n : places) {
            Mention m = n.headName();
            String country = m != null && m.entity().kind() == EntityKind.CITY ? m.entity().country() : null;
            double confidence = m == null ? 0 : m.confidence() * 0.85;
            if (m == null && n.head() < v.size() && CAPITAL_NOUNS.contains(v.lower(n.head()))) {
                // "flew to the Ethiopian capital", "arrived in Ukraine's capital": the country that qualifies it
                for (Mention q : n.modifiers()) {
                    if (q.entity().kind() == EntityKind.COUNTRY) {
                        country = q.entity().iri();
                        confidence = q.confidence() * 0.8;
                    }
                }
            }
            if (country != null) {
                String c = country;
                if (out.stream().noneMatch(a -> a.iri().equals(c))) {
                    out.add(new Actor(country, confidence));
                }
                if (!objects.contains(n)) {
                    break; // "visited Belgrade and Pristina" names two hosts; "landed in X near Y" one
                }
            }
        }
        return out;
    }

    private static final Set<String> CAPITAL_NOUNS = Set.of("capital", "capital city");

    private static List<Actor> hostPerson(SentenceView v, List<SentenceView.Pp> pps) {
        for (SentenceView.Pp pp : pps) {
            if (v.lower(pp.prep()).equals("with")) {
                for (Np n : pp.group()) {
                    if (n.headName() != null && n.headName().entity().kind() == EntityKind.PERSON) {
                        return v.actors(n);
                    }
                }
            }
        }
        return List.of();
    }

    private static boolean followedBy(SentenceView v, int from, String word) {
        for (int k = from; k < Math.min(v.size(), from + 2); k++) {
            if (v.lower(k).equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPassive(SentenceView v, int i) {
        String w = v.lower(i);
        boolean participle = w.endsWith("ed") || w.endsWith("en") || w.equals("met") || w.equals("held") || w.equals("cut")
            || w.equals("struck") || w.equals("hit") || w.equals("sent") || w.equals("left") || w.equals("freed")
            || w.endsWith("wn") || IRREGULAR_PARTICIPLES.contains(w); // "were flown to Doha", "were brought to"

        if (!participle) {
            return false;
        }
        int k = i - 1;
        while (k >= 0 && (v.pos(k).equals("ADV") || v.pos(k).equals("PART") && !v.lower(k).equals("to")
            || QUANTIFIERS.contains(v.lower(k)))) { // "were both arrested"
            k--;
        }
        if (k >= 0 && SentenceView.BE_FORMS.contains(v.lower(k))) {
            return true;
        }
        if (i == 0 && w.endsWith("ed")) {
            // "Signed in Prague in 2010 by Obama and Medvedev, the treaty …": a participle opening the sentence,
            // with its agent before the comma
            for (int q = 1; q < v.size() && !v.isComma(q) && !v.isBoundary(q); q++) {
                if (v.lower(q).equals("by")) {
                    return true;
                }
            }
        }
        // A reduced relative: "the deal brokered by Turkey", "sanctions imposed by the EU".
        return w.endsWith("ed") && i + 1 < v.size() && v.lower(i + 1).equals("by")
            && (v.npEndingBefore(i) != null || i > 1 && v.isComma(i - 1) && v.npEndingBefore(i - 1) != null);
    }

    private static final Set<String> VEHICLES = Set.of("ship", "ships", "vessel", "vessels", "boat", "boats", "tanker",
        "tankers", "freighter", "freighters", "plane", "planes", "aircraft", "jet", "jets", "flight", "flights", "missile",
        "missiles", "drone", "drones", "convoy", "convoys", "train", "trains", "cargo", "shipments", "shipment");

    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("brought", "caught", "bought", "told", "sold",
        "found", "built", "won", "shot", "kept", "put", "set", "led", "fought", "seized", "taken", "given", "seen");

    // ------------------------------------------------------------------------------------------- nouns

    private void noun(SentenceView v, ArticleState state, EventPattern p, int i, int end, List<Found> out) {
        if (i > 0 && end < v.size() && v.lower(i - 1).equals("in") && v.lower(end).equals("for") && end == i + 1) {
            return; // "in exchange for", "in return for": a preposition, not an act
        }
        Np np = v.np(i);
        int npStart = np == null ? i : np.start();
        int npEnd = np == null ? end : Math.max(np.end(), end);
        if (np != null && np.head() != end - 1 && np.head() > end - 1 && !p.symmetric()) {
            // The trigger only qualifies the head: "sanctions regime" still counts, "aid workers" does not.
            if (!lexicon.words("proxyHeads").contains(v.lower(np.head())) && !v.lower(np.head()).startsWith("package")) {
                return;
            }
        }
        for (int k = np == null ? Math.max(0, i - 1) : npStart; k < i; k++) {
            if (v.lower(k).equals("no") || v.lower(k).equals("without")
                || lexicon.words("hypotheticalModifiers").contains(v.lower(k))) {
                return; // "no talks", "a planned visit", "future meetings"
            }
        }
        // "the possibility of face-to-face meetings": a hypothetical noun governs the trigger through "of".
        for (int j = npStart - 1; j >= Math.max(1, npStart - 6); j--) {
            if (v.isComma(j) || v.isVerb(j)) {
                break;
            }
            if ((v.lower(j).equals("of") || v.lower(j).equals("for")) && lexicon.words("hypotheticalNouns").contains(v.lower(j - 1))) {
                return;
            }
        }
        if (p.intentCameo() != null && p.intentCameo().startsWith("03") && openTo(v, state, p, npStart, npEnd, i, end, out)) {
            return;
        }
        // Walk out of "a flurry of sanctions", "the possibility of meetings" to the governing verb.
        int k = npStart - 1;
        if (k > 0 && npEnd < v.size() && QUOTE_MARKS.contains(v.lower(k)) && QUOTE_MARKS.contains(v.lower(npEnd))) {
            k--; // conveyed "serious concerns": the quoted phrase is still the verb's object
        }
        if (np != null && npStart < i && k >= 0 && v.lower(k).equals("to") && p.supportVerbs().contains(v.lower(npStart))) {
            k = npStart; // "agreed to deepen/NOUN security ties": the tagger took the infinitive into the phrase
        }
        if (k >= 1 && v.lower(k).equals("-") && !v.isVerb(k - 1)) {
            k -= 2; // "began large-scale exercises": the tokenizer split the compound from its phrase
            while (k >= 0 && (v.pos(k).equals("DET") || v.pos(k).equals("ADJ"))) { // "the first F-16 jets"
                k--;
            }
        }
        if (np != null && isNumber(v, npStart) && k >= 0 && v.pos(k).equals("SYM")) {
            // "announced a new $300 million security aid package": the chunker left "a new $" out of the phrase
            k--;
            while (k >= 0 && (v.pos(k).equals("ADJ") || v.pos(k).equals("DET"))) {
                k--;
            }
        }
        Np outer = null;
        // …and out of an amount: "$500 million in weapons", "2 billion euros in military aid".
        if (k > 0 && v.lower(k).equals("in") && v.np(k - 1) == null && isNumber(v, k - 1)) {
            k--;
            while (k >= 0 && isNumber(v, k)) {
                k--;
            }
            while (k >= 0 && (v.pos(k).equals("DET") || v.pos(k).equals("ADJ") || APPROXIMATORS.contains(v.lower(k)))) {
                k--; // "a further $2.5 billion in military aid", "some $300 million in aid"
            }
        } else if (k > 0 && (v.lower(k).equals("of") || v.lower(k).equals("in") && isAmount(v, v.np(k - 1)))
            && v.np(k - 1) != null) {
            outer = v.np(k - 1);
            if (lexicon.words("hypotheticalNouns").contains(v.lower(outer.head()))) {
                return;
            }
            k = outer.start() - 1;
            while (k > 0 && (v.pos(k).equals("SYM") || v.pos(k).equals("DET") || APPROXIMATORS.contains(v.lower(k)))) {
                k--; // "a $1 billion package of weapons", "more than seven hours of talks"
            }
            if (k > 0 && v.lower(k).equals("of") && isAmount(v, outer)) {
                k = v.np(k - 1) != null ? v.np(k - 1).start() - 1 : k - 1; // "billions of dollars in security aid"
                while (k >= 0 && isNumber(v, k)) {
                    k--;
                }
            }
        }
        if (k >= 0 && (v.lower(k).equals("without") || lexicon.words("hypotheticalNouns").contains(v.lower(k)))) {
            return;
        }
        while (k >= 0 && v.pos(k).equals("ADV")) {
            k--;
        }
        Np time = k >= 0 ? v.np(k) : null;
        if (time != null && time.end() == k + 1 && Chunker.TIME_NOUNS.contains(v.lower(time.head())) && time.start() > 0
            && (v.lower(time.start() - 1).equals("on") || v.lower(time.start() - 1).equals("in")
                || isVerbToken(v, time.start() - 1))) {
            // "announced on Wednesday a $1 billion package of weapons": a time phrase before the object
            k = v.lower(time.start() - 1).equals("on") || v.lower(time.start() - 1).equals("in")
                ? time.start() - 2 : time.start() - 1;
        }
        Np indirect = null;
        Np before = k >= 0 ? v.np(k) : null;
        if (before != null && before.end() == k + 1 && !v.actors(before).isEmpty() && before.start() > 0
            && isVerbToken(v, before.start() - 1)) {
            indirect = before;
            k = before.start() - 1;
        }
        if (k > 0 && (PARTICLES.contains(v.lower(k)) || v.lower(k).equals("for") || v.lower(k).equals("as"))
            && p.supportVerbs().contains(v.lower(k - 1))) {
            k--; // "carried out air strikes", "applied for a warrant", "acting as mediator": the support verb's particle or preposition
        }
        // The tagger sometimes reads "to resume" in "agreed to resume regular meetings" as a noun.
        boolean infinitive = k > 0 && v.lower(k - 1).equals("to") && p.supportVerbs().contains(v.lower(k));
        int gov = k >= 0 && (isVerbToken(v, k) || infinitive) ? k : -1;
        boolean passiveAfter = false;
        boolean relativeAfter = false;
        if (gov < 0 || !p.supportVerbs().contains(v.lower(gov)) && !p.reverseSupportVerbs().contains(v.lower(gov))) {
            // "New sanctions were imposed on Iran by the EU": the support verb follows its noun, in the passive.
            int j = npEnd;
            while (j < v.size() && (v.pos(j).equals("ADV") || v.isAux(j) && !p.supportVerbs().contains(v.lower(j)))) {
                j++;
            }
            if (j > npEnd && j < v.size() && p.supportVerbs().contains(v.lower(j)) && isPassive(v, j)) {
                gov = j;
                passiveAfter = true;
            }
        }
        if (!passiveAfter && (gov < 0 || !p.supportVerbs().contains(v.lower(gov)) && !p.reverseSupportVerbs().contains(v.lower(gov)))) {
            // "the talks on a code of conduct that China and ASEAN resumed last year": the support verb of a
            // relative clause whose object is the trigger
            int rel = -1;
            for (int j = npEnd; j < Math.min(v.size(), npEnd + 8) && !v.isComma(j) && !v.isBoundary(j); j++) {
                if (v.lower(j).equals("that") || v.lower(j).equals("which")) {
                    rel = j;
                    break;
                }
            }
            final int relative = rel;
            for (int q = rel + 1; rel >= 0 && q < Math.min(v.size(), rel + 10) && !v.isComma(q); q++) {
                if (v.isVerb(q)) {
                    if (p.supportVerbs().contains(v.lower(q)) && !isPassive(v, q) && v.subjectOf(q).stream()
                        .allMatch(n -> n.start() > relative)) {
                        gov = q;
                        relativeAfter = true;
                    }
                    break;
                }
            }
        }
        List<SentenceView.Pp> pps = v.ppsAfter(passiveAfter || relativeAfter ? gov + 1 : npEnd);
        List<Np> scope = new ArrayList<>();
        if (np != null) {
            scope.add(np);
        }
        if (outer != null) {
            scope.add(outer);
        }
        for (SentenceView.Pp pp : pps) {
            if (v.lower(pp.prep()).equals("of") || v.lower(pp.prep()).equals("including")) {
                scope.addAll(pp.group());
            }
        }
        boolean personScope = p.personObject() && scope.stream().anyMatch(n -> n.headName() != null
            && n.headName().entity().kind() == EntityKind.PERSON && n.start() > 0 && v.lower(n.start() - 1).equals("of"));
        // "the release by the US of Alex Saab"
        if (!p.requires().isEmpty() && !personScope && !containsStem(v, scope, p.requires(), end, end)) {
            return;
        }
        if (!p.excludes().isEmpty() && containsStem(v, scope, p.excludes(), end, end)) {
            return;
        }
        String cameo = refine(v, p, p.cameo(), npStart, npEnd, true);
        if (p.requiresModifier() && cameo.equals(p.cameo())) {
            return;
        }
        List<String> codes = refinements(v, p, npStart, npEnd, true);
        if (codes.isEmpty()) {
            codes = List.of(cameo);
        }

        List<Actor> sources = new ArrayList<>();
        List<Actor> targets = new ArrayList<>();
        double factor = 1.0;
        // "called off a meeting": the calling off is the event; so in "the meeting … was cancelled".
        if (gov >= 0 && p.cameo().matches("0[345].*") && cancels(v, gov)) {
            return;
        }
        if (p.cameo().matches("0[345].*")) {
            for (int q = npEnd; q < Math.min(v.size(), npEnd + 10) && !v.isComma(q) && !v.isBoundary(q); q++) {
                if (v.isVerb(q) && !v.isAux(q)) {
                    if (cancels(v, q) && isPassive(v, q)) {
                        return;
                    }
                    break;
                }
            }
        }
        boolean support = gov >= 0 && p.supportVerbs().contains(v.lower(gov));
        boolean reverse = gov >= 0 && p.reverseSupportVerbs().contains(v.lower(gov));
        if (support || reverse) {
            Modality mod = Modality.of(v, gov, lexicon);
            if (mod == Modality.REFUSED && p.rejectCameo() != null) {
                mod = Modality.FACT;
                codes = List.of(p.rejectCameo());
            }
            if (mod == Modality.NEGATED || mod == Modality.HYPOTHETICAL || mod == Modality.REFUSED
                || mod == Modality.INTENT && p.intentCameo() == null) {
                return;
            }
            if (intended(p, mod)) {
                codes = codes.stream().map(c -> intentCode(p, c)).distinct().toList();
            }
            boolean passive = passiveAfter || isPassive(v, gov);
            List<Actor> govSubject = passive ? byAgent(v, pps) : v.subjectActors(gov);
            if (support) {
                sources.addAll(govSubject);
                if (sources.isEmpty() && np != null) {
                    np.modifiers().stream().map(v::actorOf).filter(java.util.Objects::nonNull).forEach(sources::add);
                }
                if (indirect != null) {
                    targets.addAll(v.actors(indirect));
                } else if (np != null && np.start() == gov + 1 && !np.modifiers().isEmpty()
                    && np.modifiers().get(0).start() == np.start() && !np.modifiers().get(0).isDemonym()
                    && !SentenceView.POSSESSIVE_MARKS.contains(v.lower(np.modifiers().get(0).end()))) {
                    // "sent Ukraine tanks", "sell Armenia air defence radars": the chunker joined the recipient's
                    // name to the thing given (but "stressed Egypt's support" names the giver)
                    Actor recipient = v.actorOf(np.modifiers().get(0));
                    if (recipient != null) {
                        targets.add(recipient);
                    }
                }
                if (passive && targets.isEmpty() && !passiveAfter) {
                    targets.addAll(v.actors(v.subjectOf(gov)));
                }
            } else {
                List<Np> drawer = v.subjectOf(gov);
                targets.addAll(v.actors(drawer));
                if (targets.isEmpty()) {
                    drawer.forEach(n -> targets.addAll(modifierActors(v, n))); // "Macron's visit drew criticism"
                }
                sources.addAll(prepositionActors(v, pps, p.sourcePrepositions()));
            }
        } else {
            // "Speaking after talks with Scholz, Tusk said": talks the main subject just held are no background
            boolean background = p.bareNoun() && background(v, np == null ? i : np.start());
            List<Actor> traveller = background && p.cameo().equals("042") && np != null && np.modifiers().isEmpty()
                ? travellerBefore(v, np.start() - 1) : List.of();
            if (!p.bareNoun() || background && traveller.isEmpty()
                && !(p.symmetric() && !v.frontedClauseSubject(i).isEmpty()
                && !prepositionActors(v, pps, Set.of("with")).isEmpty())) {
                return;
            }
            sources.addAll(traveller);
            int near = gov;
            for (int q = npStart - 1; near < 0 && q >= Math.max(0, npStart - 5) && !v.isComma(q) && !v.isBoundary(q); q--) {
                if (v.isVerb(q) && !v.isAux(q)) {
                    near = q; // "would not take part in any talks with Washington": the verb the phrase hangs on
                }
            }
            for (int q = npStart - 1; near < 0 && q >= Math.max(0, npStart - 6) && !v.isComma(q) && !v.isBoundary(q); q--) {
                if (lexicon.words("modals").contains(v.lower(q)) && !v.pos(q).equals("PROPN")) {
                    return; // "it would have been the first trip to China since 2018"
                }
            }
            Modality govMod = near >= 0 ? Modality.of(v, near, lexicon) : Modality.FACT;
            if (govMod != Modality.FACT && govMod != Modality.DECISION) {
                return; // "said it would continue the talks" still reports them
            }
            WordList asking = lexicon.words("proposalVerbs");
            int asker = npStart - 1;
            if (gov >= 0 && asking.contains(v.lower(gov))
                || asker > 0 && asking.matchAt(v.t, asker - 1) == 2 && isVerbToken(v, asker - 1)) {
                return; // "proposed talks between Israel and Hamas", "called for a summit": asked for, not held
            }
            if (gov < 0 && !occurred(v, npEnd)) {
                return; // "the meeting between Erdogan and Assad did not take place"
            }
            factor = 0.9;
            if (np != null) {
                boolean person = np.modifiers().stream().anyMatch(m -> m.entity().kind() == EntityKind.PERSON);
                for (Mention m : np.modifiers()) {
                    if (person && m.isDemonym()) {
                        continue; // "Chinese President Xi Jinping's visit" is Xi's
                    }
                    Actor a = v.actorOf(m);
                    if (a != null) {
                        sources.add(a);
                    }
                }
            }
            // the noun's own phrases, not those of a participle after it ("an exchange brokered by Qatar")
            List<SentenceView.Pp> own = new ArrayList<>(pps);
            own.removeIf(pp -> java.util.stream.IntStream.range(npEnd, pp.prep()).anyMatch(v::isVerb));
            sources.addAll(prepositionActors(v, own, p.sourcePrepositions()));
            if (sources.isEmpty() && !p.symmetric()) {
                // (not for talks: "talks brokered by Qatar" are not Qatar's)
                sources.addAll(participleAgent(v, npEnd));
            }
            // "Hayashi's trip follows a meeting … in Bangkok": what comes after the clause's own verb is not the trip's
            pps = pps.stream().filter(pp -> java.util.stream.IntStream.range(npEnd, pp.prep()).noneMatch(q -> v.isVerb(q)
                && !v.lower(q).endsWith("ed") && !v.lower(q).endsWith("ing"))).toList();
        }
        if (targets.isEmpty()) {
            targets.addAll(prepositionActors(v, pps, p.targetPrepositions(), sources));
        }
        if (targets.isEmpty() && p.targetFromEvent()) {
            // "lodged a solemn protest over the shoot-down": whoever did the act the phrase names
            for (SentenceView.Pp pp : pps) {
                if (Set.of("over", "about", "against", "regarding", "at").contains(v.lower(pp.prep())) && !pp.group().isEmpty()) {
                    targets.addAll(eventActors(v, state, p, pp.group().get(0)));
                    break;
                }
            }
            List<Actor> own = sources;
            targets.removeIf(a -> own.stream().anyMatch(x -> x.iri().equals(a.iri())));
        }
        if (p.symmetric()) {
            // "exchanged prisoners, with the UAE acting as mediator": a go-between, not a party
            List<SentenceView.Pp> parties = pps.stream().filter(pp -> {
                int after = pp.group().isEmpty() ? pp.prep() + 1 : pp.group().get(pp.group().size() - 1).end();
                return after >= v.size() || !Set.of("acting", "serving", "as").contains(v.lower(after));
            }).toList();
            targets.addAll(prepositionActors(v, parties, Set.of("with", "between")));
        } else if (targets.isEmpty() && p.reciprocal()) {
            targets.addAll(otherParties(v, state, pps, sources));
        }
        if (p.symmetric() && p.cameo().equals("041") && sources.isEmpty() && targets.isEmpty() && npStart > 0
            && CALL_PREPOSITIONS.contains(v.lower(npStart - 1))) {
            // "briefed Sir Keir Starmer in a telephone call", "In a phone call, Aliyev apologised to Putin": the
            // clause's subject called the person its verb is about
            int verb = clauseVerb(v, npStart - 1, npEnd);
            if (verb >= 0) {
                sources.addAll(v.subjectActors(verb));
                for (Actor a : v.actors(v.firstObjectGroup(verb + 1))) {
                    if (state.entity(a.iri()) != null && state.entity(a.iri()).kind() == EntityKind.PERSON) {
                        targets.add(a);
                    }
                }
                if (targets.isEmpty()) {
                    targets.addAll(prepositionActors(v, v.ppsAfter(verb + 1), TO_OR_WITH, sources));
                }
            }
        }
        List<Actor> fronted = p.cameo().equals("042") && sources.isEmpty() && targets.size() == 1
            ? v.frontedClauseSubject(i) : List.of();
        if (!fronted.isEmpty()) {
            // "On a visit to Rabat, Séjourné told his counterpart Nasser Bourita …": the host is the visited
            // country's person the main clause names
            String visited = targets.get(0).iri();
            Set<String> travellers = fronted.stream().map(Actor::iri).collect(java.util.stream.Collectors.toSet());
            for (Mention m : v.mentions) {
                String c = state.actingCountry(m.entity().iri());
                if (m.start() > npEnd && m.entity().kind() == EntityKind.PERSON && !travellers.contains(m.entity().iri())
                    && (visited.equals(c) || c == null)) {
                    targets.set(0, new Actor(m.entity().iri(), 0.7));
                    break;
                }
            }
        }
        // "Lin Jian said that China had lodged stern representations": the spokesman speaks for his side
        List<Actor> acting = speakerForOwnSide(v, state, gov >= 0 ? gov : i, sources);
        for (String code : codes) {
            emit(v, state, p, code, i, end, acting, targets, pps, null, factor, out);
        }
    }

    /** Whether a "to" and a verb follow in the clause after {@code from}: "called on Israel to agree …". */
    private static boolean infinitiveFollows(SentenceView v, int from) {
        for (int k = from; k + 1 < v.size() && !v.isBoundary(k); k++) {
            String next = v.pos(k + 1);
            if (v.lower(k).equals("to") && (v.isVerb(k + 1) || next.equals("VERB")
                || next.equals("NOUN") && !v.t.get(k + 1).isCapitalized() && !v.lower(k + 1).endsWith("s"))) {
                return true; // "to exercise/NOUN restraint": the tagger's nouns after "to" are often verbs
            }
            if (v.isVerb(k) && k > from) {
                return false;
            }
        }
        return false;
    }

    /** Whether someone votes in the sentence ("parliament voted to ratify"; not "Orban held up the vote"). */
    private static boolean tellsOfVote(SentenceView v) {
        for (int k = 0; k < v.size(); k++) {
            String w = v.lower(k);
            if ((w.equals("voted") || w.equals("votes") || w.equals("vote")) && v.isVerb(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The finite verb of the clause a prepositional phrase at {@code prep} belongs to: the one before it, or, when
     * the phrase opens the sentence ("In a phone call on Thursday, Aliyev apologised"), the first one after it.
     */
    private static int clauseVerb(SentenceView v, int prep, int phraseEnd) {
        for (int k = prep - 1; k >= 0 && !v.isBoundary(k) && !v.isComma(k); k--) {
            if (v.isVerb(k) && !v.isAux(k)) {
                return k;
            }
        }
        boolean opening = java.util.stream.IntStream.range(0, prep).allMatch(k -> v.pos(k).equals("ADV"));
        for (int k = phraseEnd; opening && k < v.size() && !v.isBoundary(k); k++) {
            if (v.isVerb(k) && !v.isAux(k)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether the predicate of a trigger noun's clause lets it stand: false when a verb of happening after it is
     * negated or hypothetical ("talks between them never took place", "the summit may not go ahead").
     */
    private boolean occurred(SentenceView v, int npEnd) {
        WordList happen = lexicon.words("occurrenceVerbs");
        WordList unrealised = lexicon.words("unrealisedPredicates");
        for (int k = npEnd; k < v.size() && !v.isBoundary(k); k++) {
            if (v.isAux(k) && k + 1 < v.size() && unrealised.contains(v.lower(k + 1))) {
                return false; // "a visit has been rumoured for next month", "talks are expected"
            }
            if (v.isVerb(k) && !v.isAux(k) && !v.relative[k]) {
                if (happen.matchAt(v.t, k) == 0) {
                    return true;
                }
                Modality m = Modality.of(v, k, lexicon);
                return m != Modality.NEGATED && m != Modality.HYPOTHETICAL;
            }
        }
        return true;
    }

    private static final Set<String> TARGET_NOUNS = Set.of("targets", "target", "positions", "position", "bases",
        "base", "facilities", "facility", "sites", "site", "infrastructure", "ports", "port", "cities", "towns",
        "villages", "areas", "vessels", "ships", "embassy", "consulate", "territory", "waters", "airspace");

    private static final Set<String> PARTICLES = Set.of("forward", "up", "out", "down", "off", "through", "over");

    /**
     * The agent of a participle that follows the trigger's phrase: "the sanctions and expulsions announced by Joe
     * Biden", "new tariffs imposed by Washington".
     */
    private static List<Actor> participleAgent(SentenceView v, int npEnd) {
        int j = npEnd;
        while (j + 1 < v.size() && (v.lower(j).equals("and") || v.isComma(j)) && v.np(j + 1) != null
            && v.np(j + 1).start() == j + 1 && v.np(j + 1).headName() == null) {
            j = v.np(j + 1).end(); // "the sanctions and expulsions"
        }
        for (int hop = 0; hop < 2 && j + 1 < v.size() && v.isAdp(j) && !v.lower(j).equals("by") && v.np(j + 1) != null
            && v.np(j + 1).start() == j + 1; hop++) {
            j = v.np(j + 1).end(); // "the sanctions on Iran announced by Canada"
        }
        if (j + 3 < v.size() && v.isVerb(j) && PARTICLES.contains(v.lower(j + 1)) && v.lower(j + 2).equals("by")) {
            j++; // "the proposal put forward by Egypt"
        }
        if (j + 2 < v.size() && j > 0 && PARTICLES.contains(v.lower(j)) && v.lower(j + 1).equals("by")
            && v.np(j + 2) != null) {
            return v.actors(v.groupFrom(v.np(j + 2))); // the tagger took "put" into the phrase: "proposal put/NOUN"
        }
        if (j < v.size() && v.lexicon().triggers(v.lower(j)).stream().anyMatch(tr -> tr.pattern().cameo().endsWith("/045"))) {
            return List.of(); // "an exchange brokered by Qatar": the mediator is no party to it
        }
        if (j + 2 < v.size() && v.isVerb(j) && !v.isAux(j) && v.lower(j + 1).equals("by") && v.np(j + 2) != null
            && (v.lower(j).endsWith("ed") || v.lower(j).endsWith("en") || v.pos(j).equals("VERB") && j > 0
                && !v.isComma(j - 1))) {
            return v.actors(v.groupFrom(v.np(j + 2)));
        }
        return List.of();
    }

    /**
     * "Biden flew into Poland after an unannounced visit to Kyiv": a visit told as what came before or after the
     * clause's own act is its subject's, when that act is in the past.
     */
    private static List<Actor> travellerBefore(SentenceView v, int prep) {
        if (prep < 1 || !Set.of("after", "before", "following").contains(v.lower(prep))) {
            return List.of();
        }
        for (int q = prep - 1; q >= 0 && !v.isBoundary(q); q--) {
            // "Biden, who flew into Poland … after a visit to Kyiv": a relative clause's subject is its antecedent
            if (v.isVerb(q) && !v.isAux(q) && (v.lower(q).endsWith("ed") || Set.of("flew", "went", "met", "came", "left",
                "made", "held", "spoke", "told", "said", "began", "took").contains(v.lower(q)))) {
                return v.subjectActors(q);
            }
        }
        return List.of();
    }

    /**
     * A noun trigger in a phrase of time or cause ("since Russia's invasion", "after the attack", "over the
     * sanctions") refers back to an event as background; the sentence does not report it.
     */
    private static boolean background(SentenceView v, int npStart) {
        int k = npStart - 1;
        return k >= 0 && BACKGROUND_PREPOSITIONS.contains(v.lower(k));
    }

    private static final Set<String> BACKGROUND_PREPOSITIONS = Set.of("since", "after", "before", "following",
        "over", "amid", "during", "despite", "because", "until", "throughout", "like");

    /** A verb that can govern a noun trigger; "had talks" may be tagged as an auxiliary. */
    private static boolean isAmount(SentenceView v, Np n) {
        if (n == null) {
            return false;
        }
        for (int k = n.start(); k < n.end(); k++) {
            if (isNumber(v, k) || AMOUNT_WORDS.contains(v.lower(k))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> QUANTIFIERS = Set.of("both", "all", "each");
    private static final Set<String> APPROXIMATORS = Set.of("more", "less", "than", "about", "nearly", "almost",
        "some", "roughly", "around", "over", "least", "fewer");

    private static final Set<String> AMOUNT_WORDS = Set.of("dollars", "euros", "pounds", "yuan", "yen", "rubles",
        "roubles", "billions", "millions", "tens", "hundreds", "thousands");

    private static boolean isNumber(SentenceView v, int k) {
        return v.pos(k).equals("NUM") || v.pos(k).equals("SYM");
    }

    private static boolean isVerbToken(SentenceView v, int k) {
        return v.isVerb(k) || v.pos(k).equals("AUX") && !SentenceView.BE_FORMS.contains(v.lower(k));
    }

    // ------------------------------------------------------------------------------------------- shared

    /**
     * Whom a party's act on talks falls on: "suspended the talks between the army and the RSF" (both parties);
     * "The army pulled its delegation out of the talks" (the other party to them).
     */
    private static List<Actor> otherParties(SentenceView v, ArticleState state, List<SentenceView.Pp> pps,
                                            List<Actor> sources) {
        List<Actor> out = new ArrayList<>(prepositionActors(v, pps, Set.of("between"), sources));
        if (out.isEmpty() && sources.size() == 1) {
            for (Actor a : state.counterparts(sources.get(0).iri(), v.sentence.index(), 8)) {
                out.add(new Actor(a.iri(), a.evidence() * 0.6));
            }
        }
        String own = sources.size() == 1 ? state.actingCountry(sources.get(0).iri()) : null;
        if (out.isEmpty() && own != null) {
            // "Beijing recalled its ambassador … and demanded that Vilnius …": the one other country the sentence
            // names
            // (not one that opens a clause of its own: "…, and Honduras followed in early November")
            Set<String> actingApart = new HashSet<>();
            for (Mention m : v.mentions) {
                if (m.start() >= 2 && newClause(v, m.start() - 2) && m.end() < v.size() && v.isVerb(m.end())) {
                    actingApart.add(m.entity().metonymFor() != null ? m.entity().metonymFor() : m.entity().iri());
                }
            }
            List<String> others = state.countriesIn(v.sentence.index()).stream().filter(c -> !c.equals(own))
                .filter(c -> !actingApart.contains(c)).toList();
            if (others.size() == 1) {
                out.add(new Actor(others.get(0), 0.5));
            }
        }
        return out;
    }

    /**
     * The phrase a past participle with an agent modifies ("a public defender detained by the authorities"),
     * or, when that phrase is an apposition, the name it describes; null when the participle is not one.
     */
    private static Np reducedRelative(SentenceView v, EventPattern p, int i, int end) {
        if (i == 0 || end >= v.size() || !v.lower(i).endsWith("ed")) {
            return null;
        }
        boolean by = v.lower(end).equals("by");
        if (!by && !(p.personObject() && (v.lower(end).equals("in") || v.lower(end).equals("since")))) {
            return null;
        }
        Np before = v.np(i - 1);
        if (before == null || before.end() != i) {
            return null;
        }
        if (!by) {
            // "an Australian writer detained in China since 2019": a person, never a state ("Iran detained in 2015")
            String head = v.lower(before.head());
            boolean person = before.headName() != null ? before.headName().entity().kind() == EntityKind.PERSON
                : p.requires().stream().anyMatch(head::startsWith);
            if (!person) {
                return null;
            }
        }
        int k = before.start() - 1;
        if (k > 0 && v.isComma(k) && v.np(k - 1) != null && v.np(k - 1).headName() != null) {
            return v.np(k - 1);
        }
        return before;
    }

    /** Nouns that relate the person after "of" to someone else named: "an ally of X", "the wife of X". */
    private static final Set<String> RELATIONS = Set.of("ally", "allies", "associate", "son", "daughter", "wife",
        "husband", "friend", "adviser", "advisor", "aide", "confidant", "critic", "opponent", "rival", "brother",
        "sister", "father", "mother", "cousin", "nephew", "niece");

    private void emit(SentenceView v, ArticleState state, EventPattern p, String cameo, int i, int end,
                      List<Actor> sources, List<Actor> targets, List<SentenceView.Pp> pps, String content,
                      double factor, List<Found> out) {
        List<Entity> released = new ArrayList<>();
        if (p.cameo().startsWith("084")) {
            // Everyone named after the trigger, in lists, appositions and "among them …" alike — up to another
            // release ("in exchange for the release by the United States of Alex Saab" is the other side's).
            int stop = v.size();
            for (int k = end + 1; k < v.size() && stop == v.size(); k++) {
                String w = v.lower(k);
                if (k > i + 1 && lexicon.triggers(w).stream().anyMatch(tr -> tr.pattern() == p && !tr.verb())) {
                    stop = k;
                }
            }
            for (Mention m : v.mentions) {
                if (m.start() < end || m.start() >= stop) {
                    continue;
                }
                int before = m.start() - 1;
                while (before > 0 && v.t.get(before).isCapitalized() && lexicon.words("titles").contains(v.lower(before))) {
                    before--;
                }
                if (before > 0 && v.lower(before).equals("of") && RELATIONS.contains(v.lower(before - 1))) {
                    continue; // "Alex Saab, a close ally of President Nicolas Maduro": not the one released
                }
                Np n = v.np(m.start());
                if (m.entity().kind() != EntityKind.PERSON && n != null && n.headName() == m && !v.governed(n, true)) {
                    break; // "…, and Norway released …": another actor's clause begins
                }
                boolean agent = m.start() > 0 && v.lower(m.start() - 1).equals("by")
                    || sources.stream().anyMatch(a -> a.iri().equals(m.entity().iri()));
                boolean alias = m.start() > 1 && v.lower(m.start() - 1).equals("as");
                if (m.entity().kind() == EntityKind.PERSON && !released.contains(m.entity()) && !v.relative[m.start()]
                    && !agent && !alias) {
                    released.add(m.entity());
                }
            }
        }
        List<Actor> src = distinct(sources.isEmpty() ? v.frontedClauseSubject(i) : sources);
        // A mediator acts on no one: the parties it mediates between are the talks' actors, not its targets, so
        // "brokered by Qatar" and "Qatar mediated the talks between the US and Iran" are one event.
        List<Actor> tgt = cameo.equals("045") ? new ArrayList<>() : distinct(targets);
        Entity treaty = treaty(v, i);
        if (treaty == null) {
            for (int k = end; k < Math.min(v.size(), end + 8); k++) {
                if (Set.of("treaty", "pact", "accord").contains(v.lower(k)) && v.lower(k - 1).matches("the|its|this")) {
                    treaty = state.lastTreaty(v.sentence.index(), 6); // "the treaty" named before
                    break;
                }
            }
        }
        tgt.removeIf(a -> src.stream().anyMatch(s -> s.iri().equals(a.iri())));
        if (p.symmetric() && src.size() >= 2) {
            // "the two leaders agreed to relaunch the Japan-ROK dialogue": the parties act together, not on
            // their own countries
            tgt.removeIf(a -> src.stream().anyMatch(s -> sameSide(state, s, a)));
        }
        if (!p.symmetric()) {
            // "suspended contacts between London and Moscow" (said by London): the other side is the target;
            // an act towards one's own side is domestic, not diplomacy.
            boolean hadTarget = !tgt.isEmpty();
            tgt.removeIf(a -> src.stream().anyMatch(s -> sameSide(state, s, a)));
            if (hadTarget && tgt.isEmpty()) {
                return; // "he urged Somalis to stay calm": only his own side is addressed
            }
        }
        tgt.removeIf(a -> released.stream().anyMatch(r -> r.iri().equals(a.iri())));
        if (tgt.isEmpty() && !p.symmetric() && !src.isEmpty()) {
            // "imposed sanctions on Niger …, and threatened to use force": the same actor, the same target
            for (int f = out.size() - 1; f >= 0; f--) {
                Found o = out.get(f);
                if (o.start() < i && !o.targets().isEmpty() && !o.symmetric()
                    && o.sources().stream().map(Actor::iri).toList().equals(src.stream().map(Actor::iri).toList())
                    && java.util.stream.IntStream.range(o.end(), i).anyMatch(k -> v.lower(k).equals("and"))) {
                    o.targets().forEach(a -> tgt.add(new Actor(a.iri(), a.evidence() * 0.8)));
                    break;
                }
            }
        }
        if (tgt.isEmpty() && !src.isEmpty() && CameoKinds.isForce(cameo)) {
            // "Russian missiles struck grain terminals in Odesa": force used on a city is used on its country
            String hit = struckCountry(v, end);
            if (hit != null && src.stream().noneMatch(a -> hit.equals(a.iri()) || hit.equals(state.actingCountry(a.iri())))) {
                tgt.add(new Actor(hit, 0.6));
            }
        }
        if (src.isEmpty() && tgt.isEmpty() && released.isEmpty()) {
            return;
        }
        if (!p.symmetric() && tgt.isEmpty() && src.size() == 2 && !sameSide(state, src.get(0), src.get(1))
            && eachOther(v, end)) {
            // "India and Canada expelled each other's diplomats": two acts, one each way
            state.noteEvent(new ArticleState.EventNote(v.sentence.index(), p, src, tgt, tellsOfVote(v)));
            for (int a = 0; a < 2; a++) {
                out.add(new Found(p, cameo, i, end, List.of(src.get(a)), List.of(src.get(1 - a)), false, place(v, p, i),
                    treaty, released, content, factor));
            }
            return;
        }
        // "Canada and India suspended trade talks": two sides and no one else, so each acts towards the other.
        // But mediators who "suspended the talks between the army and the RSF" act on someone else's talks.
        // (but "Jordan and South Africa also recalled their ambassadors" joins an act against someone else)
        boolean mutual = p.reciprocal() && tgt.isEmpty() && src.size() == 2 && !sameSide(state, src.get(0), src.get(1))
            && !(i > 0 && JOINING_ADVERBS.contains(v.lower(i - 1)))
            && java.util.stream.IntStream.range(end, Math.min(v.size(), end + 6)).noneMatch(k -> v.lower(k).equals("between"));
        state.noteEvent(new ArticleState.EventNote(v.sentence.index(), p, src, tgt, tellsOfVote(v)));
        out.add(new Found(p, cameo, i, end, src, tgt, p.symmetric() || mutual, place(v, p, i), treaty, released, content,
            factor));
    }

    private static boolean sameSide(ArticleState state, Actor a, Actor b) {
        String ca = state.actingCountry(a.iri());
        return ca != null && ca.equals(state.actingCountry(b.iri()));
    }

    private static List<Actor> distinct(List<Actor> in) {
        List<Actor> out = new ArrayList<>();
        for (Actor a : in) {
            if (out.stream().noneMatch(x -> x.iri().equals(a.iri()))) {
                out.add(a);
            }
        }
        return out;
    }

    private static List<Actor> byAgent(SentenceView v, List<SentenceView.Pp> pps) {
        return prepositionActors(v, pps, Set.of("by"));
    }

    private static List<Actor> prepositionActors(SentenceView v, List<SentenceView.Pp> pps, Set<String> preps) {
        return prepositionActors(v, pps, preps, List.of());
    }

    /** As above, passing over the given actors: "cancelled a visit to Ankara by Sweden's minister" (Turkey cancels). */
    private static List<Actor> prepositionActors(SentenceView v, List<SentenceView.Pp> pps, Set<String> preps,
                                                 List<Actor> except) {
        List<Actor> out = new ArrayList<>();
        for (int k = 0; k < pps.size(); k++) {
            SentenceView.Pp pp = pps.get(k);
            if (preps.contains(v.lower(pp.prep()))) {
                out.addAll(v.actors(pp.group()));
                if (out.isEmpty()) {
                    // "tariffs on Russian aluminium", "a ban on Chinese apps": the qualifying country.
                    pp.group().forEach(n -> out.addAll(v.modifierActors(n)));
                }
                int end = pp.group().isEmpty() ? -1 : pp.group().get(pp.group().size() - 1).end();
                if (out.isEmpty() && end >= 0 && k + 1 < pps.size() && pps.get(k + 1).prep() == end
                    && (v.lower(end).equals("of") || v.lower(end).equals("in") && pp.group().stream()
                        .anyMatch(n -> TARGET_NOUNS.contains(v.lower(n.head()))))) {
                    // "support for the sovereignty and territorial integrity of Somalia": whose the thing is;
                    // "fired missiles at targets in Iraq and Syria": where the things hit are
                    out.addAll(v.actors(pps.get(k + 1).group()));
                    if (out.isEmpty() && v.lower(end).equals("of")) {
                        // "bans on a range of Australian goods": the country qualifying what the range is of
                        pps.get(k + 1).group().forEach(n -> out.addAll(v.modifierActors(n)));
                    }
                }
                if (out.isEmpty() && end >= 0 && pp.group().stream().noneMatch(n -> isTriggerWord(v, n.head()))) {
                    out.addAll(affiliated(v, end)); // not "talks backed by Saudi Arabia": whose talks those are
                }
                out.removeIf(a -> except.stream().anyMatch(x -> x.iri().equals(a.iri())));
                if (!out.isEmpty()) {
                    if (k + 1 < pps.size() && end >= 0 && v.lower(end).equals("and") && pps.get(k + 1).prep() == end + 1
                        && v.lower(pps.get(k + 1).prep()).equals(v.lower(pp.prep()))) {
                        out.addAll(v.actors(pps.get(k + 1).group())); // "sanctions on Ahmadinejad and on Iran's …"
                    }
                    break;
                }
            }
        }
        return out;
    }

    /**
     * "four companies linked to the Wagner Group", "militias backed by Iran": the actor a group of nameless
     * people or firms is tied to, by a participle of {@code lex:affiliationParticiples} right after the phrase.
     */
    private static List<Actor> affiliated(SentenceView v, int npEnd) {
        int k = npEnd;
        if (k < v.size() && v.isComma(k)) {
            k++; // "Western countries, led by the United States,"
        }
        if (k < v.size() && v.lower(k).equals("closely")) {
            k++;
        }
        if (k + 2 >= v.size() || !v.inList("affiliationParticiples", v.lower(k))
            || !Set.of("to", "with", "by").contains(v.lower(k + 1)) || v.np(k + 2) == null
            || v.np(k + 2).start() != k + 2) {
            return List.of();
        }
        List<Np> group = v.groupFrom(v.np(k + 2));
        List<Actor> out = new ArrayList<>(v.actors(group));
        if (out.isEmpty()) {
            group.forEach(n -> out.addAll(modifierActors(v, n))); // "linked to the Russian military"
        }
        return out.stream().map(a -> new Actor(a.iri(), a.evidence() * 0.85)).toList();
    }

    /**
     * "thanked the emir of Qatar, Sheikh Tamim bin Hamad Al Thani, and President Yoon": a role of a country, then
     * the person holding it (and whoever is coordinated with them). Empty when the object has no such shape.
     */
    private static List<Actor> roleThenName(SentenceView v, Np object) {
        if (object.headName() != null || !v.inList("roleNouns", v.lower(object.head())) || object.end() + 1 >= v.size()) {
            return List.of();
        }
        if (v.isComma(object.end())) {
            // "summoned Pakistan's high commissioner, Sohail Mahmood,": the apposition names the role's holder
            Np person = v.np(object.end() + 1);
            return person == null || person.start() != object.end() + 1 || person.headName() == null
                || person.headName().entity().kind() != EntityKind.PERSON ? List.of() : v.actors(v.groupFrom(person));
        }
        if (!v.lower(object.end()).equals("of")) {
            return List.of();
        }
        Np of = v.np(object.end() + 1);
        if (of == null || of.start() != object.end() + 1 || of.end() + 1 >= v.size() || !v.isComma(of.end())) {
            return List.of();
        }
        Np person = v.np(of.end() + 1);
        if (person == null || person.start() != of.end() + 1 || person.headName() == null
            || person.headName().entity().kind() != EntityKind.PERSON) {
            return List.of();
        }
        return v.actors(v.groupFrom(person));
    }

    /** "talks were held between A and B", "an agreement between A and B was signed": the parties named. */
    private static List<Actor> betweenParties(SentenceView v, int from, int to) {
        for (int k = from; k < to; k++) {
            if (v.lower(k).equals("between") && v.np(k + 1) != null && v.np(k + 1).start() == k + 1) {
                return v.actors(v.groupFrom(v.np(k + 1)));
            }
        }
        return List.of();
    }

    private static boolean isTriggerWord(SentenceView v, int k) {
        return !v.lexicon().triggers(v.lower(k)).isEmpty();
    }

    /** The countries qualifying a phrase: "US-Russian negotiations" → US, Russia; "23 Russian diplomats" → Russia. */
    private static List<Actor> modifierActors(SentenceView v, Np n) {
        List<Actor> out = new ArrayList<>();
        for (Mention m : n.modifiers()) {
            if (n.modifiers().size() > 1 && m.end() + 1 < v.size() && v.t.get(m.end()).text().equals("-")
                && v.inList("affiliationParticiples", v.lower(m.end() + 1))) {
                continue; // "the Iran-aligned Houthi movement" is the Houthis, whoever backs them
            }
            Actor a = v.actorOf(m);
            if (a != null) {
                out.add(new Actor(a.iri(), a.evidence() * 0.9));
            }
        }
        return out.isEmpty() ? v.modifierActors(n) : out; // "the country's assets"
    }

    /** "denied that it had interfered in the election": a word of the requirement in the that-clause's first words. */
    private static boolean thatClauseHas(SentenceView v, int at, Set<String> stems) {
        if (at >= v.size() || !v.lower(at).equals("that") || !v.pos(at).equals("SCONJ")) {
            return false;
        }
        for (int k = at + 1; k < Math.min(v.size(), at + 8) && !v.isBoundary(k); k++) {
            String w = v.lower(k);
            if (v.isVerb(k) && !v.isAux(k) && !v.lexicon().triggers(w).isEmpty()) {
                return true; // "denied that it had sent weapons": the clause names an act, which is denied
            }
            // the clause has the verb where the requirement names the noun: "interfered" for "interference"
            if (stems.stream().anyMatch(st -> st.indexOf(' ') < 0 && (w.startsWith(st)
                || commonPrefix(w, st) >= Math.max(5, Math.min(w.length(), st.length()) - 3)))) {
                return true;
            }
        }
        return false;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    private static boolean containsStem(SentenceView v, List<Np> scope, Set<String> stems, int from, int triggerEnd) {
        List<int[]> ranges = new ArrayList<>();
        for (Np n : scope) {
            ranges.add(new int[] {n.start(), n.end()});
        }
        // Multi-word requirements ("peace plan"), words right after the trigger ("suspend participation") and
        // the trigger's own tail ("spoke by phone").
        ranges.add(new int[] {from, Math.min(v.size(), triggerEnd + 3)});
        for (int[] r : ranges) {
            for (int k = r[0]; k < r[1]; k++) {
                String w = v.lower(k);
                for (String stem : stems) {
                    if (stem.indexOf(' ') < 0 ? w.startsWith(stem) : v.text(k, Math.min(v.size(), k + stem.split(" ").length))
                        .toLowerCase(java.util.Locale.ROOT).equals(stem)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether the act is only intended: agreed, offered or planned, or announced for the future when it is
     * cooperation that has yet to happen ("said they would hold summits"); an announced act of another kind
     * ("said it would expel 23 diplomats") is the decision itself.
     */
    private static boolean intended(EventPattern p, Modality mod) {
        return mod == Modality.INTENT
            || mod == Modality.DECISION && p.intentCameo() != null && p.intentCameo().startsWith("03");
    }

    /** The intention code for an act coded {@code code}: the refinement's own ("military" aid → 0332), else the pattern's. */
    private static String intentCode(EventPattern p, String code) {
        for (EventPattern.Refinement r : p.refinements()) {
            if (r.cameo().equals(code) && r.intentCameo() != null) {
                return r.intentCameo();
            }
        }
        return p.intentCameo();
    }

    /**
     * The most specific code a refinement modifier near the trigger selects, or {@code cameo}. A preposition
     * selects only when it introduces a target: "fired missiles at Israel" is an attack, "into the sea" is not.
     */
    private String refine(SentenceView v, EventPattern p, String cameo, int from, int to, boolean hasTarget) {
        // a few words past the object: "appealed to all sides to show “maximum restraint”"
        List<String> codes = refinements(v, p, from, Math.min(v.size(), to + 7), hasTarget);
        return codes.isEmpty() ? cameo : codes.get(0);
    }

    /** Every refinement code whose modifier occurs in tokens [from, to): "economic and military" → 071, 072. */
    private static List<String> refinements(SentenceView v, EventPattern p, int from, int to, boolean hasTarget) {
        Set<String> codes = new LinkedHashSet<>();
        for (int k = Math.max(0, from); k < Math.min(to, v.size()); k++) {
            String w = v.lower(k);
            if (!hasTarget && v.t.get(k).pos().equals("ADP")) {
                continue;
            }
            for (EventPattern.Refinement r : p.refinements()) {
                if (r.modifiers().contains(w)) {
                    codes.add(r.cameo());
                }
            }
        }
        return new ArrayList<>(codes);
    }

    /** Whether a word of the list occurs from {@code from} to the end of the clause (at most twelve words on). */
    private boolean cueInClause(SentenceView v, String list, int from) {
        WordList cues = lexicon.words(list);
        // twelve words of the clause itself: an apposition or relative clause in between does not count ("told
        // Iran's envoy, Reza Amiri Moghaddam, who had travelled home the day before, not to return")
        int counted = 0;
        for (int k = from; k < v.size() && counted < 12; k++) {
            if (k > from && (v.isBoundary(k) || v.lower(k).equals(".") || v.lower(k).equals(";"))) {
                return false;
            }
            if (cues.matchAt(v.t, k) > 0) {
                return true;
            }
            if (!v.apposition[k] && !v.relative[k]) {
                counted++;
            }
        }
        return false;
    }

    /** What follows the preposition to the end of the clause: "charged Washington with [taking part in …]". */
    private static String contentAfter(SentenceView v, int from, String prep) {
        for (int k = from; k < Math.min(v.size(), from + 2); k++) {
            if (v.lower(k).equals(prep)) {
                int e = k + 1;
                while (e < v.size() && !v.t.get(e).text().equals(".") && !v.isBoundary(e)) {
                    e++;
                }
                return v.text(k + 1, e);
            }
        }
        return null;
    }

    /** Where: a city (or, failing one, a country) after "in"/"at" near the trigger. */
    /** The country of the first city the phrases after a use of force name ("in Odesa", "the centre of Kharkiv"). */
    private static String struckCountry(SentenceView v, int end) {
        // "struck Okhmatdyt, Kyiv's largest children's hospital": the city that owns what was hit
        List<Np> hit = new ArrayList<>(v.firstObjectGroup(end));
        if (!hit.isEmpty()) {
            int after = hit.get(hit.size() - 1).end();
            Np apposition = after + 1 < v.size() && v.isComma(after) ? v.np(after + 1) : null;
            if (apposition != null && apposition.start() == after + 1) {
                hit.add(apposition);
            }
        }
        for (Np n : hit) {
            for (Mention m : n.modifiers()) {
                Entity e = m.entity();
                if (e.kind() == EntityKind.CITY) {
                    return e.metonymFor() != null ? e.metonymFor() : e.country();
                }
            }
        }
        for (SentenceView.Pp pp : v.ppsAfter(end)) {
            if (!Set.of("in", "on", "at", "of", "near", "against", "across").contains(v.lower(pp.prep()))) {
                continue;
            }
            for (Np n : pp.group()) {
                Entity e = n.headName() == null ? null : n.headName().entity();
                if (e != null && e.kind() == EntityKind.CITY && e.metonymFor() == null) {
                    return e.country(); // a capital stands for its government already ("hit out at Washington")
                }
            }
        }
        return null;
    }

    private static Entity place(SentenceView v, EventPattern p, int trigger) {
        Entity country = null;
        for (SentenceView.Pp pp : v.ppsAfter(trigger)) {
            String prep = v.lower(pp.prep());
            if (!prep.equals("in") && !prep.equals("at")) {
                continue;
            }
            Np n = pp.group().get(0);
            if (n.headName() != null) {
                Entity e = n.headName().entity();
                if (e.kind() == EntityKind.CITY) {
                    return e;
                }
                if (e.kind() == EntityKind.COUNTRY && country == null) {
                    country = e;
                }
            }
        }
        // "In Geneva, the two leaders met": a place opening the sentence.
        if (v.size() > 2 && (v.lower(0).equals("in") || v.lower(0).equals("at")) && v.np(1) != null
            && v.np(1).headName() != null && v.np(1).headName().entity().kind() == EntityKind.CITY) {
            return v.np(1).headName().entity();
        }
        return p.cameo().startsWith("19") || p.cameo().startsWith("04") ? country : null;
    }

    private static Entity treaty(SentenceView v, int trigger) {
        Entity best = null;
        int dist = Integer.MAX_VALUE;
        for (Mention m : v.mentions) {
            if (m.entity().kind() == EntityKind.TREATY && Math.abs(m.start() - trigger) < dist) {
                best = m.entity();
                dist = Math.abs(m.start() - trigger);
            }
        }
        return best;
    }

    /**
     * One event per root and actors in a sentence: "drew criticism from Moscow, which accused Washington" is
     * one accusation, not a criticism and an accusation. The stronger pattern wins.
     */
    private static List<Found> dedupe(List<Found> found) {
        List<Found> out = new ArrayList<>();
        for (Found f : found) {
            int same = -1;
            for (int k = 0; k < out.size(); k++) {
                Found o = out.get(k);
                // mediating talks (045) is not taking part in them: "the Qatar-brokered talks" are two acts
                boolean mediation = o.cameo().equals("045") != f.cameo().equals("045");
                if (o.cameo().substring(0, 2).equals(f.cameo().substring(0, 2)) && sameActors(o, f) && !mediation
                    && (o.cameo().equals(f.cameo()) || !isRefinedSibling(o, f))) {
                    same = k;
                    break;
                }
            }
            if (same < 0) {
                out.add(f);
            } else if (f.pattern().strength() > out.get(same).pattern().strength()) {
                out.set(same, f);
            }
        }
        return out;
    }

    /** Two codes a refinement split on purpose (economic 071 and military 072 aid) are kept apart. */
    private static boolean isRefinedSibling(Found a, Found b) {
        return a.pattern() == b.pattern() && a.start() == b.start();
    }

    /** "each other's diplomats", "one another's envoys" within the few words after the trigger. */
    private static boolean eachOther(SentenceView v, int end) {
        for (int k = end; k + 1 < Math.min(v.size(), end + 5); k++) {
            if (v.lower(k).equals("each") && v.lower(k + 1).equals("other")
                || v.lower(k).equals("one") && v.lower(k + 1).equals("another")) {
                return true;
            }
            if (v.isComma(k) || v.isBoundary(k)) {
                break;
            }
        }
        return false;
    }

    private static boolean sameActors(Found a, Found b) {
        return iris(a.sources()).equals(iris(b.sources())) && iris(a.targets()).equals(iris(b.targets()))
            && a.released().equals(b.released());
    }

    private static Set<String> iris(List<Actor> actors) {
        Set<String> s = new LinkedHashSet<>();
        actors.forEach(a -> s.add(a.iri()));
        return s;
    }
}
