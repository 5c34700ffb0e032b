package org.diplomacykg.lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * Everything the extractor knows about words: the gazetteer, the event patterns and the cue word lists.
 * Immutable and thread-safe; load once and share.
 */
public final class Lexicon {
    public static final String LEX = "https://w3id.org/diplomacy-kg/lexicon#";
    static final String PATTERNS = "/org/diplomacykg/lexicon/patterns";

    private static final Resource EVENT_PATTERN = ResourceFactory.createResource(LEX + "EventPattern");
    private static final Resource WORD_LIST = ResourceFactory.createResource(LEX + "WordList");

    private final Gazetteer gazetteer;
    private final List<EventPattern> patterns;
    private final Map<String, List<Trigger>> triggers;
    private final Map<String, WordList> wordLists;

    private Lexicon(Gazetteer gazetteer, List<EventPattern> patterns, Map<String, List<Trigger>> triggers,
                    Map<String, WordList> wordLists) {
        this.gazetteer = gazetteer;
        this.patterns = patterns;
        this.triggers = triggers;
        this.wordLists = wordLists;
    }

    /** The built-in lexicon, loaded once per JVM (it is immutable) and shared. */
    public static Lexicon builtIn() {
        return BuiltIn.INSTANCE;
    }

    private static final class BuiltIn {
        static final Lexicon INSTANCE = load(List.of(), List.of());
    }

    /**
     * The built-in lexicon extended by the user's files.
     *
     * @param gazetteerPaths Turtle files or folders with more gazetteer entries
     * @param patternPaths   Turtle files or folders with more event patterns and word-list entries
     */
    public static Lexicon load(List<Path> gazetteerPaths, List<Path> patternPaths) {
        Gazetteer g = Gazetteer.load(gazetteerPaths);
        Model m = ModelFactory.createDefaultModel();
        TurtleFiles.readBuiltIn(PATTERNS, m);
        for (Path p : patternPaths) {
            TurtleFiles.readPath(p, m);
        }
        Inflector inflector = Inflector.load();
        List<EventPattern> patterns = new ArrayList<>();
        Map<String, List<Trigger>> triggers = new HashMap<>();
        List<Resource> subjects = m.listSubjectsWithProperty(RDF.type, EVENT_PATTERN).toList();
        subjects.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        for (Resource r : subjects) {
            EventPattern p = pattern(r, inflector);
            patterns.add(p);
            for (String v : strings(r, "verb")) {
                addTrigger(triggers, p, true, v, inflector);
            }
            for (String n : strings(r, "noun")) {
                addTrigger(triggers, p, false, n, inflector);
            }
        }
        Map<String, WordList> lists = new HashMap<>();
        for (Resource r : m.listSubjectsWithProperty(RDF.type, WORD_LIST).toList()) {
            String name = r.getLocalName();
            WordList wl = new WordList(name);
            boolean verbs = name.endsWith("Verbs");
            for (String w : strings(r, "word")) {
                if (verbs) {
                    String[] parts = w.split(" ", 2);
                    for (String f : inflector.verbForms(parts[0])) {
                        wl.add(parts.length > 1 ? f + " " + parts[1] : f);
                    }
                } else {
                    wl.add(w);
                }
            }
            lists.put(name, wl);
        }
        // Built from irregular-verbs.tsv, for telling a simple past ("met") from other forms.
        WordList past = new WordList("irregularPastForms");
        inflector.irregularPastForms().forEach(past::add);
        lists.putIfAbsent("irregularPastForms", past);
        for (EventPattern p : patterns) {
            if (p.requiresCue() != null && !lists.containsKey(p.requiresCue())) {
                throw new LexiconException(p.id() + ": lex:requiresCue names lex:" + p.requiresCue()
                    + ", which is no lex:WordList");
            }
        }
        Map<String, List<Trigger>> frozen = new HashMap<>();
        triggers.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new Lexicon(g, List.copyOf(patterns), Map.copyOf(frozen), Map.copyOf(lists));
    }

    private static void addTrigger(Map<String, List<Trigger>> triggers, EventPattern p, boolean verb, String lemma,
                                   Inflector inflector) {
        String[] words = lemma.toLowerCase(Locale.ROOT).split("\\s+");
        List<String> tail = List.of(words).subList(1, words.length);
        Set<String> forms = verb ? inflector.verbForms(words[0]) : inflector.nounForms(words[0]);
        if (!verb && words.length > 1) {
            // Multi-word nouns ("air strike", "asset freeze") inflect their last word.
            forms = Set.of(words[0]);
            tail = new ArrayList<>(tail);
            String last = words[words.length - 1];
            List<String> head = List.of(words).subList(1, words.length - 1);
            for (String f : inflector.nounForms(last)) {
                List<String> t = new ArrayList<>(head);
                t.add(f);
                triggers.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Trigger(p, false, lemma, t));
            }
            return;
        }
        for (String f : forms) {
            triggers.computeIfAbsent(f, k -> new ArrayList<>()).add(new Trigger(p, verb, lemma, tail));
        }
    }

    private static EventPattern pattern(Resource r, Inflector inflector) {
        String id = r.getURI();
        Resource cameo = r.getPropertyResourceValue(lex("cameo"));
        if (cameo == null) {
            throw new LexiconException(id + ": event pattern without lex:cameo");
        }
        List<EventPattern.Refinement> refinements = new ArrayList<>();
        for (RDFNode n : r.getModel().listObjectsOfProperty(r, lex("refinement")).toList()) {
            Resource ref = n.asResource();
            Resource c = ref.getPropertyResourceValue(lex("cameo"));
            if (c == null) {
                throw new LexiconException(id + ": refinement without lex:cameo");
            }
            Resource ic = ref.getPropertyResourceValue(lex("intentCameo"));
            refinements.add(new EventPattern.Refinement(strings(ref, "modifier"), code(c), ic == null ? null : code(ic)));
        }
        refinements.sort((a, b) -> a.cameo().compareTo(b.cameo()));
        Resource intent = r.getPropertyResourceValue(lex("intentCameo"));
        Resource reject = r.getPropertyResourceValue(lex("rejectCameo"));
        Resource cue = r.getPropertyResourceValue(lex("requiresCue"));
        String reqPrep = strings(r, "requiresPreposition").stream().findFirst().orElse(null);
        String exclPrep = strings(r, "excludesPreposition").stream().findFirst().orElse(null);
        Literal strength = r.hasProperty(lex("strength")) ? r.getProperty(lex("strength")).getLiteral() : null;
        return new EventPattern(id, code(cameo), strings(r, "requires"), strings(r, "excludes"), reqPrep, exclPrep,
            strings(r, "targetPreposition"),
            strings(r, "sourcePreposition"), verbForms(r, "supportVerb", inflector),
            verbForms(r, "reverseSupportVerb", inflector),
            bool(r, "symmetric"), bool(r, "reciprocal"), bool(r, "bareNoun"), bool(r, "requiresModifier"),
            bool(r, "targetFromObjectModifier"), bool(r, "sourceFromObjectModifier"), bool(r, "personObject"),
            bool(r, "organisationObject"),
            bool(r, "targetFromClause"), bool(r, "targetFromEvent"), bool(r, "targetFromAccuser"),
            bool(r, "targetFromAdversary"), cue == null ? null : cue.getLocalName(),
            bool(r, "requiresInfinitive"), bool(r, "requiresTarget"), bool(r, "activeOnly"), bool(r, "gerundObject"),
            bool(r, "hyphenAgent"), bool(r, "targetFromEarlier"), refinements,
            intent == null ? null : code(intent),
            reject == null ? null : code(reject), strength == null ? 0.7 : strength.getDouble());
    }

    private static String code(Resource cameo) {
        String uri = cameo.getURI();
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    private static Property lex(String local) {
        return ResourceFactory.createProperty(LEX + local);
    }

    private static Set<String> strings(Resource r, String local) {
        Set<String> out = new LinkedHashSet<>();
        r.listProperties(lex(local)).forEach(s -> out.add(s.getString().toLowerCase(Locale.ROOT)));
        return out;
    }

    /** Every inflected form of the first word of each verb lemma ("carry out" → carry, carries, carried…). */
    private static Set<String> verbForms(Resource r, String local, Inflector inflector) {
        Set<String> out = new LinkedHashSet<>();
        for (String lemma : strings(r, local)) {
            out.addAll(inflector.verbForms(lemma.split(" ", 2)[0]));
        }
        return out;
    }

    private static boolean bool(Resource r, String local) {
        return r.hasProperty(lex(local)) && r.getProperty(lex(local)).getBoolean();
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public List<EventPattern> patterns() {
        return patterns;
    }

    /** Triggers whose first word has this lower-case form. */
    public List<Trigger> triggers(String lowerForm) {
        return triggers.getOrDefault(lowerForm, List.of());
    }

    /** Whether the lexicon has a word list of this local name (user lexicons may lack optional ones). */
    public boolean hasWords(String name) {
        return wordLists.containsKey(name);
    }

    /** A word list by its local name ({@code speechVerbs}, {@code pessimisticCues}, …). */
    public WordList words(String name) {
        WordList wl = wordLists.get(name);
        if (wl == null) {
            throw new LexiconException("no word list lex:" + name + " in the lexicon");
        }
        return wl;
    }
}
