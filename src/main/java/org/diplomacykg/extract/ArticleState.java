package org.diplomacykg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplomacykg.article.Article;
import org.diplomacykg.fact.ConflictingClaim;
import org.diplomacykg.fact.EntityFact;
import org.diplomacykg.lexicon.Entity;
import org.diplomacykg.lexicon.EntityKind;
import org.diplomacykg.lexicon.Lexicon;
import org.diplomacykg.lexicon.Post;

/**
 * What the extractor has learnt so far while reading one article: the entities met, how the article
 * describes them, family names and roles for later short mentions ("Peskov", "the Kremlin spokesman"), and
 * which countries it is mostly about. One per article; not shared between threads.
 */
final class ArticleState {
    final Article article;
    final Lexicon lexicon;
    final LocalDate published;
    final Map<String, Entity> entities = new LinkedHashMap<>();
    final Map<String, EntityFact> facts = new LinkedHashMap<>();
    final List<ConflictingClaim> conflicts = new ArrayList<>();
    private final Map<String, Entity> byFamilyName = new HashMap<>();
    private final Map<String, Entity> byFirstName = new HashMap<>();
    private final Map<String, Entity> acronyms = new HashMap<>();
    private final Map<String, Entity> orgTails = new HashMap<>();
    private final List<RoleNote> roles = new ArrayList<>();
    private final Map<String, Integer> countryMentions = new HashMap<>();
    private final List<PersonAt> persons = new ArrayList<>();

    private final List<OrgAt> orgs = new ArrayList<>();
    private final Map<Integer, String> firstNonPersonActor = new HashMap<>();
    private final Map<String, Integer> lastMentioned = new HashMap<>();
    private final Map<Integer, List<String>> countriesBySentence = new HashMap<>();
    private final Map<Integer, List<String>> actorCountriesBySentence = new HashMap<>();
    private Entity lastTreaty;
    private int lastTreatySentence = -100;

    private final List<EventNote> events = new ArrayList<>();
    /** The last two coordinated actors of each sentence ("the army … and the RSF"), for "the two sides". */
    private final Map<Integer, List<String>> pairs = new HashMap<>();

    /** Family names the article writes after a title somewhere ("Mr Protasevich"), read before any sentence. */
    final Set<String> titledNames = new HashSet<>();
    /** Words the article writes after the first word of a run of two to four proper nouns ("Muse Bihi Abdi"). */
    final Set<String> laterNameWords = new HashSet<>();

    void notePair(int sentence, String a, String b) {
        pairs.put(sentence, List.of(a, b));
    }

    /** The pair of coordinated actors named last in the {@code window} sentences before {@code sentence}. */
    List<String> lastPair(int sentence, int window) {
        for (int k = sentence - 1; k >= Math.max(0, sentence - window); k--) {
            List<String> p = pairs.get(k);
            if (p != null) {
                return p;
            }
        }
        return List.of();
    }

    /** An event found so far, for objects that name it later ("welcomed the vote"). */
    /** An act the extractor found, kept for later references to it; {@code voted} when its sentence tells of a vote. */
    record EventNote(int sentence, org.diplomacykg.lexicon.EventPattern pattern, List<Actor> sources,
                     List<Actor> targets, boolean voted) {}

    /** The latest noted act with a known doer, in the last {@code window} sentences, that {@code which} accepts. */
    EventNote lastNote(java.util.function.Predicate<EventNote> which, int sentence, int window) {
        for (int i = events.size() - 1; i >= 0; i--) {
            EventNote e = events.get(i);
            if (e.sentence() < sentence - window) {
                return null;
            }
            if (!e.sources().isEmpty() && which.test(e)) {
                return e;
            }
        }
        return null;
    }

    void noteEvent(EventNote e) {
        events.add(e);
    }

    /** The latest event of code {@code cameo} done to {@code target}, in the {@code window} sentences up to this one. */
    EventNote lastEventTo(String cameo, String target, int sentence, int window) {
        for (int i = events.size() - 1; i >= 0; i--) {
            EventNote e = events.get(i);
            if (e.sentence() < sentence - window) {
                return null;
            }
            if (e.pattern().cameo().equals(cameo) && e.targets().stream().anyMatch(a -> a.iri().equals(target))) {
                return e;
            }
        }
        return null;
    }

    /** The targets of every event noted in the same sentence by the same pattern and sources as {@code e}. */
    List<Actor> sameActTargets(EventNote e) {
        List<Actor> out = new ArrayList<>();
        for (EventNote o : events) {
            if (o.sentence() == e.sentence() && o.pattern() == e.pattern() && o.sources().equals(e.sources())) {
                out.addAll(o.targets());
            }
        }
        return out;
    }

    /** The latest event of a matching pattern in this sentence or the {@code window} before it, or null. */
    EventNote lastEvent(java.util.function.Predicate<org.diplomacykg.lexicon.EventPattern> which, int sentence,
                        int window) {
        return lastEvent(which, sentence, window, false);
    }

    /** As above; with {@code withSources}, only an act someone is known to have done ("the execution … would" is not). */
    EventNote lastEvent(java.util.function.Predicate<org.diplomacykg.lexicon.EventPattern> which, int sentence,
                        int window, boolean withSources) {
        for (int i = events.size() - 1; i >= 0; i--) {
            EventNote e = events.get(i);
            if (e.sentence() < sentence - window) {
                return null;
            }
            if (which.test(e.pattern()) && (!withSources || !e.sources().isEmpty())) {
                return e;
            }
        }
        return null;
    }

    /**
     * "The army pulled its delegation out of the talks": the parties that last took part together with
     * {@code actor} (as joint sources of a symmetric act, or joint targets of any), within {@code window}
     * sentences; empty when there were none.
     */
    List<Actor> counterparts(String actor, int sentence, int window) {
        Set<String> own = sides(List.of(new Actor(actor, 1.0)));
        for (int i = events.size() - 1; i >= 0 && events.get(i).sentence() >= sentence - window; i--) {
            EventNote e = events.get(i);
            List<Actor> together = e.pattern().symmetric() ? concatActors(e.sources(), e.targets()) : e.targets();
            if (together.size() >= 2 && together.stream().anyMatch(a -> own.contains(a.iri()))) {
                return together.stream().filter(a -> !own.contains(a.iri())).toList();
            }
        }
        return List.of();
    }

    private static List<Actor> concatActors(List<Actor> a, List<Actor> b) {
        List<Actor> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Where a person was named, for resolving "he" and "she". */
    private record PersonAt(int sentence, int token, Entity person) {}

    /** Where an organisation was named, for resolving "the bloc". */
    private record OrgAt(int sentence, Entity org) {}

    /** A person the article gave a role: "Kremlin spokesman Dmitry Peskov" → (Peskov, spokesman, [Kremlin]). */
    private record RoleNote(Entity person, String role, List<String> qualifiers, int sentence) {}

    ArticleState(Article article, Lexicon lexicon) {
        this.article = article;
        this.lexicon = lexicon;
        this.published = article.published();
    }

    /** An entity the article refers to by its post alone ("the Pakistani prime minister"): described like a named one. */
    void referred(Entity e) {
        entities.putIfAbsent(e.iri(), e);
    }

    void met(Mention m, int sentence) {
        Entity e = m.entity();
        entities.putIfAbsent(e.iri(), e);
        if (e.kind() == EntityKind.TREATY) {
            lastTreaty = e;
            lastTreatySentence = sentence;
        }
        if (e.metonymFor() != null) {
            firstNonPersonActor.putIfAbsent(sentence, e.metonymFor());
        } else if (e.kind().isActor() && e.kind() != EntityKind.PERSON) {
            firstNonPersonActor.putIfAbsent(sentence, e.iri());
        }
        if (e.metonymFor() != null) {
            // "Moscow said": the actor is Russia, which the article thus names too.
            lexicon.gazetteer().entity(e.metonymFor()).ifPresent(x -> entities.putIfAbsent(x.iri(), x));
        }
        if (e.kind() == EntityKind.PERSON) {
            persons.add(new PersonAt(sentence, m.start(), e));
        }
        if (e.kind().isOrganization()) {
            orgs.add(new OrgAt(sentence, e));
        } else if (e.metonymFor() != null) {
            lexicon.gazetteer().entity(e.metonymFor()).filter(x -> x.kind().isOrganization())
                .ifPresent(x -> orgs.add(new OrgAt(sentence, x)));
        }
        // a one-word name found from context ("Vucic and Kurti") is that person's family name from now on
        if (e.kind() == EntityKind.PERSON && (m.end() - m.start() >= 2 || !e.label().contains(" "))) {
            String[] words = e.label().split("\\s+");
            byFamilyName.putIfAbsent(words[words.length - 1], e);
            // "Lee Hsien Loong", then "Lee": in many naming orders the family name comes first (looked up only
            // when no one named earlier has it last)
            byFirstName.putIfAbsent(words[0], e);
        }
        String country = actingCountry(e);
        if (country != null) {
            countryMentions.merge(country, 1, Integer::sum);
            lastMentioned.put(country, sentence);
            List<String> inSentence = countriesBySentence.computeIfAbsent(sentence, k -> new ArrayList<>());
            if (!inSentence.contains(country)) {
                inSentence.add(country);
            }
            if (e.kind() != EntityKind.CITY) {
                List<String> actors = actorCountriesBySentence.computeIfAbsent(sentence, k -> new ArrayList<>());
                if (!actors.contains(country)) {
                    actors.add(country);
                }
            }
        }
    }

    /**
     * The person "he" or "she" at (sentence, token) most likely refers to: the last person named before it in
     * the same or the previous two sentences.
     */
    private final Map<Integer, Entity> subjectPerson = new HashMap<>();

    /** The person who is the subject of a sentence's main clause, for "he" opening the next one. */
    void noteSubjectPerson(int sentence, Entity person) {
        subjectPerson.putIfAbsent(sentence, person);
    }

    Entity subjectPerson(int sentence) {
        return subjectPerson.get(sentence);
    }

    Entity lastPersonBefore(int sentence, int token) {
        for (int i = persons.size() - 1; i >= 0; i--) {
            PersonAt p = persons.get(i);
            boolean before = p.sentence() < sentence || p.sentence() == sentence && p.token() < token;
            if (before && sentence - p.sentence() <= 2) {
                return p.person();
            }
            if (before) {
                return null;
            }
        }
        return null;
    }

    /** The treaty named last, if within {@code window} sentences before {@code sentence}: what "the treaty" is. */
    Entity lastTreaty(int sentence, int window) {
        return sentence - lastTreatySentence <= window ? lastTreaty : null;
    }

    /** The first country or organisation a sentence names, usually its subject: what "it" in the next one is. */
    String firstNonPersonActorIn(int sentence) {
        return firstNonPersonActor.get(sentence);
    }

    /** The distinct people named from sentence {@code from} up to (sentence, token), most recent first. */
    List<Entity> personsNamedSince(int from, int sentence, int token) {
        List<Entity> out = new ArrayList<>();
        for (int i = persons.size() - 1; i >= 0; i--) {
            PersonAt p = persons.get(i);
            boolean before = p.sentence() < sentence || p.sentence() == sentence && p.token() < token;
            if (before && p.sentence() >= from && !out.contains(p.person())) {
                out.add(p.person());
            }
        }
        return out;
    }

    /**
     * The {@code count} most recently named distinct people before (sentence, token), within five sentences: a
     * readout names them, then says "the two leaders" under a few headings.
     */
    List<Entity> lastPersonsBefore(int sentence, int token, int count) {
        List<Entity> out = new ArrayList<>();
        for (int i = persons.size() - 1; i >= 0 && out.size() < count; i--) {
            PersonAt p = persons.get(i);
            boolean before = p.sentence() < sentence || p.sentence() == sentence && p.token() < token;
            if (before && sentence - p.sentence() <= 5 && !out.contains(p.person())) {
                out.add(p.person());
            }
        }
        return out;
    }

    /** Nouns that refer back to the last organisation of a kind: "the bloc" is the EU named before. */
    private static final Map<String, List<EntityKind>> ANAPHORA = Map.of(
        "bloc", List.of(EntityKind.INTERGOVERNMENTAL_ORGANIZATION),
        "alliance", List.of(EntityKind.INTERGOVERNMENTAL_ORGANIZATION),
        "organisation", List.of(EntityKind.INTERGOVERNMENTAL_ORGANIZATION, EntityKind.ORGANIZATION),
        "organization", List.of(EntityKind.INTERGOVERNMENTAL_ORGANIZATION, EntityKind.ORGANIZATION),
        "agency", List.of(EntityKind.AGENCY, EntityKind.INTERGOVERNMENTAL_ORGANIZATION),
        "ministry", List.of(EntityKind.GOVERNMENT_ORGANIZATION),
        "watchdog", List.of(EntityKind.INTERGOVERNMENTAL_ORGANIZATION, EntityKind.AGENCY));

    /** The entity "the bloc" (and the like) in a sentence refers to, or null. */
    Entity anaphor(String noun, int sentence) {
        List<EntityKind> kinds = ANAPHORA.get(noun);
        if (kinds == null) {
            return null;
        }
        Entity found = null;
        for (OrgAt o : orgs) {
            if (o.sentence() <= sentence && kinds.contains(o.org().kind())
                && (!noun.equals("ministry") || MINISTRY_NAME.matcher(o.org().label()).find())) {
                found = o.org(); // "the ministry" is a ministry, not Downing Street
            }
        }
        return found;
    }

    private static final java.util.regex.Pattern MINISTRY_NAME =
        java.util.regex.Pattern.compile("(?i)\\b(ministry|ministerio|department|office)\\b");

    /**
     * "The board" after "the IAEA Board of Governors", "the court" after "the International Court of Justice":
     * the organisation named last, within ten sentences, whose name has that word; null when there is none.
     */
    Entity namedWithHead(String noun, int sentence) {
        if (!lexicon.words("orgHeads").contains(noun)) {
            return null;
        }
        for (int k = orgs.size() - 1; k >= 0; k--) {
            OrgAt o = orgs.get(k);
            if (o.sentence() > sentence) {
                continue;
            }
            if (sentence - o.sentence() > 10) {
                return null;
            }
            for (String w : o.org().label().split("[\\s,]+")) {
                if (w.equalsIgnoreCase(noun)) {
                    if (o.sentence() < sentence) {
                        orgs.add(new OrgAt(sentence, o.org())); // each "the council" keeps the council in mind
                    }
                    return o.org();
                }
            }
        }
        return null;
    }

    /** For each proxy noun, the actor it stood for, by sentence: mentions are found before events are. */
    private final Map<String, java.util.TreeMap<Integer, String>> proxies = new HashMap<>();

    void noteProxy(String noun, String actor, int sentence) {
        proxies.computeIfAbsent(noun, k -> new java.util.TreeMap<>()).put(sentence, actor);
    }

    /** The actor the last "X's …" phrase with this head noun stood for, within six sentences, or null. */
    String proxyAnaphor(String noun, int sentence) {
        java.util.TreeMap<Integer, String> by = proxies.get(noun);
        Map.Entry<Integer, String> e = by == null ? null : by.floorEntry(sentence);
        return e != null && sentence - e.getKey() <= 6 ? e.getValue() : null;
    }

    /** The person an earlier full mention introduced with this family name. */
    Entity byFamilyName(String word) {
        Entity e = byFamilyName.get(word);
        return e != null ? e : byFirstName.get(word);
    }

    /** "China's Commerce Ministry", later "the Commerce Ministry": an organisation named without its country. */
    void noteOrgTail(String tail, Entity e) {
        orgTails.putIfAbsent(tail, e);
    }

    Entity byOrgTail(String tail) {
        return orgTails.get(tail);
    }

    /** "the Rapid Support Forces (RSF)": the article's own short name for an organisation. */
    void noteAcronym(String acronym, Entity e) {
        acronyms.putIfAbsent(acronym, e);
    }

    Entity byAcronym(String word) {
        return acronyms.get(word);
    }

    /** The country an entity acts for: itself, its country, or what a capital stands for. */
    String actingCountry(Entity e) {
        if (e.kind() == EntityKind.COUNTRY) {
            return e.iri();
        }
        if (e.kind() == EntityKind.CITY && e.metonymFor() != null) {
            return e.metonymFor();
        }
        if (e.country() != null) {
            return e.country();
        }
        EntityFact f = facts.get(e.iri());
        return f == null ? null : f.country();
    }

    /** The actors and the countries they act for: whose side an act comes from. */
    Set<String> sides(List<Actor> actors) {
        Set<String> out = new java.util.HashSet<>();
        for (Actor a : actors) {
            out.add(a.iri());
            String c = actingCountry(a.iri());
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The side {@code actors} are at odds with, by the latest hostile act or criticism (11–20) of the last
     * {@code window} sentences that involves them: its doers when it was done to them, its targets when they did it.
     */
    List<Actor> adversary(List<Actor> actors, int sentence, int window) {
        Set<String> own = sides(actors);
        for (int i = events.size() - 1; i >= 0; i--) {
            EventNote e = events.get(i);
            if (e.sentence() < sentence - window) {
                return List.of();
            }
            String code = e.pattern().cameo();
            if (code.compareTo("11") < 0 || code.compareTo("21") >= 0) {
                continue;
            }
            boolean against = e.targets().stream().anyMatch(a -> own.contains(a.iri()) || own.contains(actingCountry(a.iri())));
            boolean by = e.sources().stream().anyMatch(a -> own.contains(a.iri()) || own.contains(actingCountry(a.iri())));
            List<Actor> other = against && !by ? e.sources() : by && !against ? e.targets() : List.of();
            List<Actor> out = new ArrayList<>();
            for (Actor a : other) {
                if (!own.contains(a.iri()) && !own.contains(actingCountry(a.iri()))) {
                    out.add(new Actor(a.iri(), a.evidence() * 0.7));
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return List.of();
    }

    String actingCountry(String iri) {
        Entity e = entity(iri);
        return e == null ? null : actingCountry(e);
    }

    Entity entity(String iri) {
        Entity e = entities.get(iri);
        return e != null ? e : lexicon.gazetteer().entity(iri).orElse(null);
    }

    void describe(Entity person, String description, String country, String post) {
        EntityFact old = facts.get(person.iri());
        if (old == null) {
            facts.put(person.iri(), new EntityFact(person.iri(), description, country, post));
        } else {
            facts.put(person.iri(), new EntityFact(person.iri(),
                old.description() != null ? old.description() : description,
                old.country() != null ? old.country() : country,
                old.postClaimed() != null ? old.postClaimed() : post));
        }
    }

    void noteRole(Entity person, String role, List<String> qualifiers, int sentence) {
        roles.add(new RoleNote(person, role, List.copyOf(qualifiers), sentence));
    }

    /**
     * The person a role phrase refers to: first someone this article gave that role with the same
     * qualifier, then the gazetteer's holder of such a post on the publication date.
     */
    private static final Set<String> LEADER_NOUNS = Set.of("leader", "head of state", "head of government");
    private static final List<String> LEADER_ROLES = List.of("president", "prime minister", "premier", "chancellor",
        "supreme leader", "king", "emir", "crown prince");

    /**
     * "the emir", "the chancellor": the one person the article gave this role up to {@code sentence}, or null when
     * it gave it to none or to several.
     */
    Entity soleHolder(String role, int sentence) {
        Map<String, Entity> holders = new java.util.LinkedHashMap<>();
        for (RoleNote r : roles) {
            if (r.role().equals(role) && r.sentence() <= sentence) {
                holders.putIfAbsent(r.person().iri(), r.person());
            }
        }
        if (holders.size() <= 1) {
            return holders.isEmpty() ? null : holders.values().iterator().next();
        }
        // "President Donald Trump" and "South Korean President Moon Jae-in", then "the president": the one the
        // article is about, when it names him at least three times as often as anyone else with that role
        Map<String, Integer> named = new HashMap<>();
        for (PersonAt p : persons) {
            if (p.sentence() <= sentence && holders.containsKey(p.person().iri())) {
                named.merge(p.person().iri(), 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(named.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        if (ranked.isEmpty() || ranked.size() > 1 && ranked.get(0).getValue() < 3 * ranked.get(1).getValue()) {
            return null;
        }
        return holders.get(ranked.get(0).getKey());
    }

    /** The holder, on the publication day, of the post called {@code role} in a country (or its government). */
    Entity resolveRoleOf(String role, String country) {
        if (published == null || country == null) {
            return null;
        }
        List<Entity> holders = new ArrayList<>();
        for (Post p : lexicon.gazetteer().postsCalled(role)) {
            String in = p.postIn();
            if (in != null && (in.equals(country) || country.equals(actingCountry(in)))) {
                holders.addAll(lexicon.gazetteer().holders(p.iri(), published));
            }
        }
        return holders.size() == 1 ? holders.get(0) : null;
    }

    Entity resolveRole(String role, List<Mention> qualifierMentions) {
        if (LEADER_NOUNS.contains(role)) {
            // "the Argentine leader": whoever leads that country, preferring the one the article has named
            List<Entity> leaders = new ArrayList<>();
            for (String r : LEADER_ROLES) {
                Entity e = resolveRole(r, qualifierMentions);
                if (e != null && !leaders.contains(e)) {
                    leaders.add(e);
                }
            }
            List<Entity> named = leaders.stream().filter(e -> entities.containsKey(e.iri())).toList();
            return named.size() == 1 ? named.get(0) : leaders.size() == 1 ? leaders.get(0) : null;
        }
        List<String> qualifiers = new ArrayList<>();
        for (Mention m : qualifierMentions) {
            qualifiers.add(m.entity().iri());
            String c = actingCountry(m.entity());
            if (c != null) {
                qualifiers.add(c);
            }
        }
        for (RoleNote r : roles) {
            if (r.role().equals(role) && r.qualifiers().stream().anyMatch(qualifiers::contains)) {
                return r.person();
            }
        }
        if (published == null) {
            return null;
        }
        List<Entity> holders = new ArrayList<>();
        for (Post p : lexicon.gazetteer().postsCalled(role)) {
            if (p.postIn() != null && qualifiers.contains(p.postIn())) {
                holders.addAll(lexicon.gazetteer().holders(p.iri(), published));
            }
        }
        return holders.size() == 1 ? holders.get(0) : null;
    }

    /**
     * The article's main pair of countries, by how often they are named: the actors of "bilateral ties"
     * and "the two countries" when the sentence names no one.
     */
    List<String> dyad() {
        return mainCountries(2);
    }

    /** The countries a sentence names or names actors of, in order, leaving out those only a place in them stands for. */
    List<String> actorCountriesIn(int sentence) {
        return actorCountriesBySentence.getOrDefault(sentence, List.of());
    }

    /** The countries a sentence names (or names actors of), in order. */
    List<String> countriesIn(int sentence) {
        return countriesBySentence.getOrDefault(sentence, List.of());
    }

    /** The {@code count} countries the article mentions most: "the three governments" of a trilateral summit. */
    List<String> mainCountries(int count) {
        List<Map.Entry<String, Integer>> e = new ArrayList<>(countryMentions.entrySet());
        e.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(count, e.size()); i++) {
            out.add(e.get(i).getKey());
        }
        return out;
    }

    /** Entities in first-mention order. */
    List<Entity> entitiesInOrder() {
        return new ArrayList<>(entities.values());
    }
}
