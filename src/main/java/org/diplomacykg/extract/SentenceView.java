package org.diplomacykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.diplomacykg.lexicon.Entity;
import org.diplomacykg.lexicon.EntityKind;
import org.diplomacykg.lexicon.Lexicon;
import org.diplomacykg.text.Sentence;
import org.diplomacykg.text.Token;

/**
 * One sentence with its mentions and noun phrases, and the shallow-syntax questions the event rules ask:
 * the subject of a verb, its objects, the prepositional phrases after a word. There is no parser: these are
 * heuristics over part-of-speech tags, noun-phrase chunks and punctuation, tuned for news prose.
 */
final class SentenceView {
    static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "whom");
    /** Words tagged as adverbs that introduce a phrase, not an object: "applied to join alongside Finland". */
    static final Set<String> PREPOSITION_LIKE = Set.of("alongside", "along", "together", "besides", "including");
    static final Set<String> SUBORDINATORS = Set.of("when", "after", "before", "while", "because", "although",
        "though", "as", "since", "if", "unless", "whereas", "whether", "once", "until");
    /** Words tagged as adjectives that sit between a subject and its verb: "who last spoke". */
    static final Set<String> ADVERBIAL_ADJECTIVES = Set.of("last", "first", "later", "earlier", "once", "already",
        "also", "then", "reportedly", "jointly");
    static final Set<String> POSSESSIVE_MARKS = Set.of("'s", "’s", "'", "’");
    static final Set<String> POSSESSIVE_PRONOUNS = Set.of("its", "their", "his", "her", "our", "my", "your");
    static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "be", "been", "being", "'s", "’s", "get",
        "gets", "got", "gotten", "getting", "am");

    final Sentence sentence;
    final List<Token> t;
    final List<Mention> mentions;
    final Mention[] mentionAt;
    final List<Np> nps;
    final int[] npAt;
    final boolean[] apposition;
    final boolean[] relative;
    private final Lexicon lexicon;
    private final ArticleState state;

    /** "with the emir/ADJ": a lower-case role noun after a determiner is a noun, whatever the tagger guessed. */
    private static List<Token> roleNounsAsNouns(List<Token> tokens, Lexicon lexicon) {
        List<Token> out = null;
        if (tokens.size() > 2 && tokens.get(0).pos().equals("VERB") && tokens.get(0).lower().endsWith("s")
            && tokens.get(1).pos().equals("ADP") && lexicon.triggers(tokens.get(0).lower()).stream().anyMatch(t -> !t.verb())) {
            // "Talks/VERB between Egypt and Ethiopia broke up": a sentence opens with a plural noun trigger, not a verb
            out = new ArrayList<>(tokens);
            out.set(0, tokens.get(0).withPos("NOUN"));
        }
        for (int i = 1; i < tokens.size(); i++) {
            Token k = tokens.get(i);
            String pos = k.pos();
            // "the UN chief/ADJ condemned": after a name too, unless a noun follows ("the UN chief negotiator")
            boolean afterName = tokens.get(i - 1).pos().equals("PROPN") && tokens.get(i - 1).isCapitalized()
                && (i + 1 >= tokens.size() || !Set.of("NOUN", "PROPN").contains(tokens.get(i + 1).pos()));
            if ((pos.equals("ADJ") || pos.equals("ADV") || pos.equals("VERB")) && !k.isCapitalized()
                && (tokens.get(i - 1).pos().equals("DET") || afterName) && lexicon.words("roleNouns").contains(k.lower())) {
                if (out == null) {
                    out = new ArrayList<>(tokens);
                }
                out.set(i, k.withPos("NOUN"));
            } else if (!pos.equals("ADJ") && !k.isCapitalized() && i + 1 < tokens.size()
                && lexicon.words("rankModifiers").contains(k.lower())
                && Set.of("ADJ", "NOUN").contains(tokens.get(i + 1).pos())) {
                // "Pakistan's acting/NOUN high commissioner": a rank before a post qualifies it
                if (out == null) {
                    out = new ArrayList<>(tokens);
                }
                out.set(i, k.withPos("ADJ"));
            }
        }
        return out == null ? tokens : List.copyOf(out);
    }

    /**
     * "agreed to/ADP resume/NOUN direct flights": after a verb of intention, "to" and a word that is a verb
     * trigger make an infinitive, whatever the tagger guessed.
     */
    private static List<Token> infinitivesAfterIntent(List<Token> tokens, Lexicon lexicon) {
        List<Token> out = null;
        for (int i = 1; i + 1 < tokens.size(); i++) {
            Token next = tokens.get(i + 1);
            String before = tokens.get(i - 1).lower();
            if (tokens.get(i).lower().equals("to") && !next.pos().equals("VERB") && !next.isCapitalized()
                && (lexicon.words("intentVerbs").contains(before) || lexicon.words("decisionNouns").contains(before)
                    || lexicon.words("hypotheticalNouns").contains(before))
                && (lexicon.triggers(next.lower()).stream().anyMatch(tr -> tr.verb())
                    || !next.lower().endsWith("s") && lexicon.patterns().stream()
                        .anyMatch(p -> p.supportVerbs().contains(next.lower())))) {
                // "China's move to/ADP impose/ADJ sanctions": the infinitive of a verb the patterns know
                if (out == null) {
                    out = new ArrayList<>(tokens);
                }
                out.set(i, tokens.get(i).withPos("PART"));
                out.set(i + 1, next.withPos("VERB"));
            }
        }
        return out == null ? tokens : List.copyOf(out);
    }

    /**
     * "China sanctions/NOUN Pelosi", "Turkey slams/NOUN Sweden": in the present tense of bullets and ledes the
     * tagger takes a verb's third person for a plural noun. A name opening the clause, then a word ending in -s
     * that is a verb trigger, then the start of an object (a name, a determiner, a demonym) make it a verb.
     */
    private static List<Token> presentTenseVerbs(List<Token> tokens, Lexicon lexicon) {
        List<Token> out = null;
        for (int i = 1; i + 1 < tokens.size(); i++) {
            Token w = tokens.get(i);
            Token next = tokens.get(i + 1);
            if (i == 1 && tokens.get(0).pos().equals("VERB") && tokens.get(0).lower().endsWith("s")
                && w.pos().equals("AUX") && !lexicon.triggers(tokens.get(0).lower()).isEmpty()) {
                // "Talks/VERB were held in Doha": a sentence does not open with a verb and then an auxiliary
                if (out == null) {
                    out = new ArrayList<>(tokens);
                }
                out.set(0, tokens.get(0).withPos("NOUN"));
            }
            if ((w.lower().equals("said") || w.lower().equals("told")) && !w.pos().equals("VERB")
                && !w.pos().equals("AUX")) {
                // ", the Kremlin said/NOUN.": these forms are verbs wherever they stand
                if (out == null) {
                    out = new ArrayList<>(tokens);
                }
                out.set(i, w.withPos("VERB"));
                continue;
            }
            boolean objectNext = Set.of("NOUN", "DET", "PROPN", "PRON", "NUM").contains(next.pos())
                || Set.of("more", "dozens", "hundreds", "scores").contains(next.lower()) // "struck more than 85 targets"
                || Set.of("up", "out", "off", "down").contains(next.lower()) && i + 2 < tokens.size()
                && Set.of("NOUN", "DET", "PROPN", "PRON").contains(tokens.get(i + 2).pos());
            if ((w.pos().equals("NOUN") || w.pos().equals("ADJ")) && !w.isCapitalized() && pastForm(w.lower(), lexicon)
                && (tokens.get(i - 1).pos().equals("NOUN") || tokens.get(i - 1).pos().equals("PROPN")
                    // "the US military/ADJ struck/NOUN targets": a proxy noun the tagger read as an adjective
                    || lexicon.words("proxyHeads").contains(tokens.get(i - 1).lower())) && objectNext) {
                // "Israeli jets struck/NOUN militias", "the army kept/NOUN up its shelling", "the African Union
                // mediated/ADJ talks": a past form after a name and before an object is the verb
                if (out == null) {
                    out = new ArrayList<>(tokens);
                }
                out.set(i, w.withPos("VERB"));
                continue;
            }
            if (w.pos().equals("VERB") && !w.isCapitalized() && i > 1
                && (tokens.get(i - 1).lower().equals("'s") || tokens.get(i - 1).lower().equals("’s"))
                && (tokens.get(i - 2).pos().equals("PROPN") || tokens.get(i - 2).pos().equals("NOUN"))) {
                // "the European Union's demand/VERB": a possessive is followed by a noun
                if (out == null) {
                    out = new ArrayList<>(tokens);
                }
                out.set(i, w.withPos("NOUN"));
                continue;
            }
            if (w.pos().equals("NOUN") && w.lower().endsWith("ing") && tokens.get(i - 1).pos().equals("ADP")
                && Set.of("NUM", "DET", "PROPN", "PRON", "ADJ").contains(next.pos())
                && !lexicon.triggers(w.lower()).isEmpty()
                && lexicon.triggers(w.lower()).stream().allMatch(tr -> tr.verb())) {
                // "retaliated by expelling/NOUN 10 German diplomats": a gerund with an object is a verb
                if (out == null) {
                    out = new ArrayList<>(tokens);
                }
                out.set(i, w.withPos("VERB"));
                continue;
            }
            if (!w.pos().equals("NOUN") || w.isCapitalized() || !w.lower().endsWith("s")
                || !tokens.get(i - 1).pos().equals("PROPN")
                || !(next.pos().equals("PROPN") || next.pos().equals("DET") || next.pos().equals("PRON")
                || (next.pos().equals("ADJ") || next.pos().equals("NOUN")) && next.isCapitalized())
                || lexicon.triggers(w.lower()).stream().noneMatch(tr -> tr.verb())) {
                continue;
            }
            int j = i - 1;
            while (j > 0 && tokens.get(j - 1).pos().equals("PROPN")) {
                j--;
            }
            if (j > 0 && !tokens.get(j - 1).pos().equals("PUNCT") && !tokens.get(j - 1).pos().equals("CCONJ")) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(tokens);
            }
            out.set(i, w.withPos("VERB"));
        }
        return out == null ? tokens : List.copyOf(out);
    }

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> FRESH = Set.of("further", "fresh", "new");
    private static final Set<String> HAVE = Set.of("have", "has", "had");
    private static final Set<String> PERFECT_INSERTS = Set.of("both", "all", "each", "also", "already", "now", "just",
        "since", "repeatedly", "jointly");

    /** "announced a/SCONJ further/ADV $2.5 billion": an article is a determiner, and a word after it no adverb. */
    private static List<Token> articles(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token k = tokens.get(i);
            boolean article = ARTICLES.contains(k.text()) && !k.pos().equals("DET");
            boolean further = i > 0 && k.pos().equals("ADV") && FRESH.contains(k.lower())
                && ARTICLES.contains(tokens.get(i - 1).lower());
            if (article || further) {
                if (out == null) {
                    out = new ArrayList<>(tokens);
                }
                out.set(i, k.withPos(article ? "DET" : "ADJ"));
            }
        }
        return out == null ? tokens : List.copyOf(out);
    }

    /**
     * "have/VERB both/DET restored/ADJ ties": "have" and a past participle, with at most an adverb or "both" between,
     * make a perfect tense, whatever the tagger guessed.
     */
    private static List<Token> perfects(List<Token> tokens, Lexicon lexicon) {
        List<Token> out = null;
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (!HAVE.contains(tokens.get(i).lower())) {
                continue;
            }
            int j = i + 1;
            if (PERFECT_INSERTS.contains(tokens.get(j).lower())
                || tokens.get(j).lower().endsWith("ly") && tokens.get(j).pos().equals("ADV")) {
                j++; // "have both expelled", "had secretly shipped"
            }
            Token w = tokens.get(j);
            boolean participle = (w.lower().endsWith("ed") || pastForm(w.lower(), lexicon)) && !w.isCapitalized()
                && (w.pos().equals("ADJ") || w.pos().equals("NOUN")
                    || w.pos().equals("VERB") && !tokens.get(i).pos().equals("AUX") && !tokens.get(i).pos().equals("VERB"));
            if (participle && j + 1 < tokens.size() && !tokens.get(j + 1).pos().equals("PUNCT")) {
                if (out == null) {
                    out = new ArrayList<>(tokens);
                }
                out.set(i, tokens.get(i).withPos("AUX"));
                out.set(j, w.withPos("VERB"));
            }
        }
        return out == null ? tokens : List.copyOf(out);
    }

    /**
     * An irregular past ("kept", "held") or a verb trigger's past form ("attacked"), which no noun trigger shares.
     */
    /** Irregular pasts that are also common nouns or adjectives: "the left", "a rose", "on the ground". */
    private static final Set<String> PAST_NOUNS = Set.of("left", "saw", "rose", "fell", "ground", "wound", "lay", "bore",
        "felt", "bound", "spoke", "lit", "shed", "cast", "hit", "cut", "set", "put", "bid", "quit", "spread", "cost",
        "hurt", "read", "lead", "fed", "won", "got");

    /**
     * "the RSF began/NOUN fighting": an irregular simple past right after a noun phrase, before a verb, a
     * determiner or "to", is the verb of that phrase.
     */
    private static List<Token> irregularPasts(List<Token> tokens, Lexicon lexicon) {
        List<Token> out = null;
        for (int i = 1; i + 1 < tokens.size(); i++) {
            Token w = tokens.get(i);
            String prev = tokens.get(i - 1).pos();
            String next = tokens.get(i + 1).pos();
            if ((w.pos().equals("NOUN") || w.pos().equals("ADJ")) && !w.isCapitalized() && !PAST_NOUNS.contains(w.lower())
                && !w.lower().endsWith("ed") && lexicon.words("irregularPastForms").contains(w.lower())
                && (prev.equals("NOUN") || prev.equals("PROPN"))
                && (next.equals("VERB") || next.equals("DET") || tokens.get(i + 1).lower().equals("to")
                    || tokens.get(i + 1).isCapitalized() && tokens.get(i + 1).isWord())) { // "met/NOUN Prime Minister X"
                if (out == null) {
                    out = new ArrayList<>(tokens);
                }
                out.set(i, w.withPos("VERB"));
            } else if (w.pos().equals("VERB") && w.lower().endsWith("s") && i >= 2 && tokens.get(i - 1).lower().equals("and")
                && tokens.get(i - 2).pos().equals("NOUN") && tokens.get(i - 2).lower().endsWith("s") && next.equals("VERB")) {
                // "missiles and drones/VERB hit": a plural coordinated with a plural noun, before the verb, is a noun
                if (out == null) {
                    out = new ArrayList<>(tokens);
                }
                out.set(i, w.withPos("NOUN"));
            } else if (w.pos().equals("NOUN") && PAST_NOUNS.contains(w.lower()) && prev.equals("NOUN")
                && tokens.get(i - 1).lower().endsWith("s") && (next.equals("DET") || tokens.get(i + 1).lower().equals("what"))) {
                // "Iranian missiles and drones hit/NOUN what …", "the two countries cut/NOUN the ties": after a plural
                // subject and before its object, the word a noun could be is the verb
                if (out == null) {
                    out = new ArrayList<>(tokens);
                }
                out.set(i, w.withPos("VERB"));
            }
        }
        return out == null ? tokens : List.copyOf(out);
    }

    /** A regular or irregular simple-past form ("expelled", "met"), whatever else the word may be. */
    static boolean simplePastForm(String w, Lexicon lexicon) {
        return w.endsWith("ed") || lexicon.words("irregularPastForms").contains(w);
    }

    private static boolean pastForm(String w, Lexicon lexicon) {
        var triggers = lexicon.triggers(w);
        if (triggers.stream().anyMatch(tr -> !tr.verb())) {
            return false;
        }
        return lexicon.words("irregularPastForms").contains(w) || !triggers.isEmpty() && !w.endsWith("s")
            && !w.endsWith("ing") && triggers.stream().noneMatch(tr -> tr.lemma().equals(w));
    }

    /**
     * "he urged Tokyo/ADV to stop", "Wang/VERB Wenbin told": a capitalised word inside a name the gazetteer or the
     * article knows is part of that name, whatever the tagger guessed.
     */
    private static List<Token> namesAsProperNouns(List<Token> tokens, List<Mention> mentions) {
        List<Token> out = null;
        for (Mention m : mentions) {
            if (m.isDemonym()) {
                continue;
            }
            for (int i = m.start(); i < m.end() && i < tokens.size(); i++) {
                Token k = tokens.get(i);
                if (k.isCapitalized() && Set.of("ADV", "VERB", "ADJ", "AUX", "PRON", "SCONJ", "NUM").contains(k.pos())) {
                    if (out == null) {
                        out = new ArrayList<>(tokens);
                    }
                    out.set(i, k.withPos("PROPN"));
                }
            }
        }
        return out == null ? tokens : List.copyOf(out);
    }

    SentenceView(Sentence sentence, List<Mention> mentions, Lexicon lexicon, ArticleState state) {
        this.sentence = sentence;
        this.t = irregularPasts(perfects(presentTenseVerbs(infinitivesAfterIntent(roleNounsAsNouns(namesAsProperNouns(
            articles(sentence.tokens()), mentions), lexicon), lexicon), lexicon), lexicon), lexicon);
        this.mentions = List.copyOf(mentions);
        this.lexicon = lexicon;
        this.state = state;
        this.mentionAt = new Mention[t.size()];
        for (Mention m : mentions) {
            for (int i = m.start(); i < m.end(); i++) {
                mentionAt[i] = m;
            }
        }
        this.nps = Chunker.chunk(t, mentionAt);
        this.npAt = new int[t.size()];
        java.util.Arrays.fill(npAt, -1);
        for (int k = 0; k < nps.size(); k++) {
            for (int i = nps.get(k).start(); i < nps.get(k).end(); i++) {
                npAt[i] = k;
            }
        }
        this.apposition = new boolean[t.size()];
        this.relative = new boolean[t.size()];
        // ", who last hosted X and Y in Brussels," — a relative clause between commas is not the main clause.
        for (int i = 1; i < t.size(); i++) {
            if ((lower(i).equals("who") || lower(i).equals("which")) && isComma(i - 1)) {
                int e = i + 1;
                while (e < t.size() && !isComma(e) && !isBoundary(e) && !t.get(e).text().equals(".")) {
                    e++;
                }
                if (e < t.size() && isComma(e)) {
                    for (int k = i - 1; k <= e; k++) {
                        relative[k] = true;
                    }
                }
            }
        }
    }

    /** Records the person the main clause is about, once the sentence is read ("he" in the next one). */
    void noteMainSubject() {
        for (Np n : nps) {
            if (!governed(n, true) && !apposition[n.start()] && !relative[n.start()]) {
                if (n.headName() != null && n.headName().entity().kind() == EntityKind.PERSON) {
                    state.noteSubjectPerson(sentence.index(), n.headName().entity());
                }
                return;
            }
        }
    }

    int size() {
        return t.size();
    }

    String lower(int i) {
        return t.get(i).lower();
    }

    String pos(int i) {
        return t.get(i).pos();
    }

    boolean isAdp(int i) {
        // "concern about/SCONJ US restrictions": the tagger takes "about" before a noun phrase for a subordinator
        return pos(i).equals("ADP") || lower(i).equals("of") || lower(i).equals("between")
            || lower(i).equals("about") && pos(i).equals("SCONJ");
    }

    /** A verb: so tagged, and not part of a name or a capitalised title ("Wang/VERB Yi" is a name). */
    boolean isVerb(int i) {
        return pos(i).equals("VERB") && mentionAt[i] == null && !(i > 0 && t.get(i).isCapitalized());
    }

    boolean isAux(int i) {
        if (mentionAt[i] != null) {
            return false; // "the bloc ECOWAS/AUX imposed": a name the tagger misread
        }
        String w = lower(i);
        return pos(i).equals("AUX") || BE_FORMS.contains(w) || w.equals("has") || w.equals("have") || w.equals("had")
            || w.equals("will") || w.equals("would") || w.equals("could") || w.equals("did") || w.equals("do")
            || w.equals("does");
    }

    boolean isBoundary(int i) {
        String w = t.get(i).text();
        return w.equals(";") || w.equals(":") || w.equals("—") || w.equals("(") || w.equals(")") || w.equals("?")
            || w.equals("!");
    }

    boolean isComma(int i) {
        return t.get(i).text().equals(",");
    }

    Np np(int token) {
        return token >= 0 && token < t.size() && npAt[token] >= 0 ? nps.get(npAt[token]) : null;
    }

    /** The noun phrase that ends right before token {@code i} (skipping nothing), or null. */
    Np npEndingBefore(int i) {
        return i > 0 ? npEndingAt(i - 1) : null;
    }

    /**
     * "Xi Jinping, whom he met in Bali": the phrase an object relative pronoun stands for, when the subject of
     * {@code verb} follows "whom"; null otherwise.
     */
    /**
     * "a move that Guyana denounced as a provocation": what a verb with no object of its own acts on, when its
     * subject follows "that" or "which"; null otherwise.
     */
    Np thatRelativeAntecedent(int verb) {
        List<Np> subject = subjectOf(verb);
        if (subject.isEmpty() || verb + 1 < size() && np(verb + 1) != null && np(verb + 1).start() == verb + 1) {
            return null;
        }
        int k = subject.get(0).start() - 1;
        if (k < 1 || !(lower(k).equals("that") || lower(k).equals("which"))) {
            return null;
        }
        int a = k - 1;
        while (a >= 0 && isComma(a)) {
            a--;
        }
        return a >= 0 ? npEndingAt(a) : null;
    }

    Np objectRelativeAntecedent(int verb) {
        List<Np> subject = subjectOf(verb);
        if (subject.isEmpty()) {
            return null;
        }
        int k = subject.get(0).start() - 1;
        if (k < 1 || !lower(k).equals("whom")) {
            return null;
        }
        int a = k - 1;
        while (a >= 0 && isComma(a)) {
            a--;
        }
        Np ante = a >= 0 ? npEndingAt(a) : null;
        // "Ursula von der Leyen, the president of the European Commission, whom …": past the apposition
        for (int hop = 0; hop < 3 && ante != null && ante.start() > 1; hop++) {
            int b = ante.start() - 1;
            if (!(isAdp(b) || isComma(b) || apposition[ante.start()])) {
                break;
            }
            while (b >= 0 && (isAdp(b) || isComma(b))) {
                b--;
            }
            Np prev = b >= 0 ? npEndingAt(b) : null;
            if (prev == null) {
                break;
            }
            ante = prev;
            if (ante.headName() != null && ante.headName().entity().kind() == EntityKind.PERSON) {
                break;
            }
        }
        return ante;
    }

    Np npEndingAt(int last) {
        Np n = np(last);
        return n != null && n.end() == last + 1 ? n : null;
    }

    /** Whether the phrase is the object of a preposition (or of another verb, when {@code verbsToo}). */
    boolean governed(Np n, boolean verbsToo) {
        int i = n.start() - 1;
        while (i >= 0 && (pos(i).equals("ADV") && !SUBORDINATORS.contains(lower(i)) && !lower(i).equals("where")
            || t.get(i).text().equals("\"") || t.get(i).text().equals("“"))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        if (isAdp(i)) {
            return true;
        }
        return verbsToo && (isVerb(i) || lower(i).equals("to"));
    }

    // ------------------------------------------------------------------------------------------ actors

    /**
     * Records now, in reading order, whom this sentence's proxy phrases stand for ("Sudan's army", then "the
     * army"): the extractor reads every sentence's names before it looks for events.
     */
    void noteProxies() {
        for (Np n : nps) {
            // "the council adopted the text": resolved now, each such phrase keeps the council in mind
            boolean orgAnaphor = n.end() - n.start() == 2 && lower(n.start()).equals("the")
                && inList("orgHeads", lower(n.head()));
            if (n.headName() == null && (inList("proxyHeads", lower(n.head())) || orgAnaphor)) {
                actors(n);
            }
        }
        for (Np n : nps) {
            List<Np> group = coordinated(n, true);
            if (group.size() == 2 && group.get(1) == n) {
                List<Actor> a = actors(group.get(0));
                List<Actor> b = actors(n);
                String x = a.isEmpty() ? null : side(a.get(0).iri());
                String y = b.isEmpty() ? null : side(b.get(0).iri());
                if (x != null && y != null && !x.equals(y)) {
                    state.notePair(sentence.index(), x, y);
                }
            }
        }
    }

    /** A person stands for the country he acts for; a country or an organisation for itself. */
    private String side(String iri) {
        Entity e = state.entity(iri);
        String c = e != null && e.kind() == EntityKind.PERSON ? state.actingCountry(iri) : null;
        return c != null ? c : iri;
    }

    /** The actors a noun phrase stands for: its head name, or the countries qualifying a proxy or role noun. */
    List<Actor> actors(Np n) {
        List<Actor> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        List<Actor> pair = pairReference(n);
        if (!pair.isEmpty()) {
            return pair;
        }
        if (n.headName() == null && n.end() - n.start() == 2 && lower(n.head()).equals("host")
            && POSSESSIVE_PRONOUNS.contains(lower(n.start()))) {
            // "Mr Putin thanked his host": the person the visit just reported was to, or who hosted it
            ArticleState.EventNote visit = state.lastNote(e -> e.pattern().cameo().equals("042")
                || e.pattern().cameo().equals("043"), sentence.index(), 10);
            List<Actor> host = visit == null ? List.of()
                : visit.pattern().cameo().equals("043") ? visit.sources() : visit.targets();
            for (Actor a : host) {
                if (state.entity(a.iri()) != null && state.entity(a.iri()).kind() == EntityKind.PERSON) {
                    out.add(new Actor(a.iri(), 0.6));
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        if (n.headName() == null && n.end() - n.start() == 1 && lower(n.head()).equals("it")) {
            // "it" refers to the organisation or country last standing as a subject in this sentence, but not
            // inside the quote it speaks: "“The Lithuanian side must bear the consequences,” it warned."
            boolean afterQuote = n.start() >= 2 && (QUOTES.contains(t.get(n.start() - 1).text())
                || QUOTES.contains(t.get(n.start() - 2).text()) && isComma(n.start() - 1));
            for (int k = afterQuote ? -1 : npAt[n.head()] - 1; k >= 0; k--) {
                Np prior = nps.get(k);
                if (!governed(prior, true) && !apposition[prior.start()]) {
                    for (Actor a : actors(prior)) {
                        Entity e = state.entity(a.iri());
                        if (e != null && e.kind() != EntityKind.PERSON) {
                            out.add(new Actor(a.iri(), a.evidence() * 0.8));
                            return out;
                        }
                    }
                }
            }
            // "Russia rejected the claims. It accuses …": the country or organisation that led the sentence before,
            // or, after a quote, the one that acted in it ("the ministry accused Lithuania …. “…,” it warned").
            String previous = sentence.index() > 0 ? state.firstNonPersonActorIn(sentence.index() - 1) : null;
            ArticleState.EventNote before = afterQuote ? state.lastEvent(q -> true, sentence.index(), 1) : null;
            if (before != null && before.sentence() == sentence.index() - 1 && !before.sources().isEmpty()
                && state.entity(before.sources().get(0).iri()) != null
                && state.entity(before.sources().get(0).iri()).kind() != EntityKind.PERSON) {
                previous = before.sources().get(0).iri();
            }
            if (previous != null) {
                out.add(new Actor(previous, 0.6));
            }
            return out;
        }
        if (n.headName() == null && n.end() - n.start() == 1 && (lower(n.head()).equals("they")
            || lower(n.head()).equals("them"))) {
            // "Spain, Ireland and Norway announced that they would …": the coordinated subject of this sentence
            for (int k = 0; k < npAt[n.head()]; k++) {
                Np prior = nps.get(k);
                if (!governed(prior, true) && !apposition[prior.start()]) {
                    List<Np> group = groupFrom(prior);
                    List<Actor> subject = group.size() >= 2 ? actors(group) : List.of();
                    if (subject.size() >= 2 && subject.size() <= 6) {
                        return subject.stream().map(a -> new Actor(a.iri(), a.evidence() * 0.8)).toList();
                    }
                    break;
                }
            }
            // "In a joint declaration … they agreed to meet again": the parties of the joint act just reported,
            // or the two or three people the sentence before named
            ArticleState.EventNote last = state.lastEvent(q -> q.symmetric(), sentence.index(), 2);
            List<Actor> parties = new ArrayList<>();
            if (last != null) {
                for (Actor a : last.sources()) {
                    parties.add(new Actor(a.iri(), 0.55));
                }
                // "Campbell and Kritenbrink met Bainimarama. In Port Moresby, they met Marape": two or more who
                // acted together are "they"; one who met another makes the pair
                for (Actor a : last.sources().size() >= 2 ? List.<Actor>of() : last.targets()) {
                    parties.add(new Actor(a.iri(), 0.55));
                }
            } else {
                List<Entity> people = state.personsNamedSince(sentence.index() - 1, sentence.index(), n.start());
                if (people.size() >= 2 && people.size() <= 3) {
                    people.forEach(p -> parties.add(new Actor(p.iri(), 0.5)));
                }
            }
            return parties.size() >= 2 && parties.size() <= 4 ? parties : out;
        }
        if (n.headName() == null && n.end() - n.start() == 1 && (lower(n.head()).equals("he") || lower(n.head()).equals("she"))
            && sentence.index() > 0 && state.subjectPerson(sentence.index() - 1) != null
            && mentions.stream().noneMatch(m -> m.start() < n.start() && m.entity().kind() == EntityKind.PERSON)
            && java.util.stream.IntStream.range(0, n.start()).noneMatch(k -> isVerb(k))) {
            // "Viktor Orban, …, who has cultivated ties with Vladimir Putin, is in no hurry. On Tuesday he invited
            // Mr Kristersson": "he" opening a sentence is the previous sentence's subject, not the last name
            out.add(new Actor(state.subjectPerson(sentence.index() - 1).iri(), 0.75));
            return out;
        }
        if (n.headName() == null && n.end() - n.start() == 1 && (lower(n.head()).equals("he") || lower(n.head()).equals("she"))) {
            // "Grossi handed the report to Kishida and later travelled to Seoul, where he met …": a subject pronoun
            // prefers the person who is the subject of the sentence's main clause
            for (int k = 0; k < npAt[n.head()]; k++) {
                Np prior = nps.get(k);
                if (!governed(prior, true) && !apposition[prior.start()]) {
                    if (prior.headName() != null && prior.headName().entity().kind() == EntityKind.PERSON
                        && coordinated(prior, false).size() == 1 && groupFrom(prior).size() == 1) {
                        out.add(new Actor(prior.headName().entity().iri(), 0.75));
                        return out;
                    }
                    break;
                }
            }
        }
        if (n.headName() == null && n.end() - n.start() == 1 && Chunker.PERSONAL_PRONOUNS.contains(lower(n.head()))) {
            Entity p = state.lastPersonBefore(sentence.index(), n.head());
            if (p != null) {
                out.add(new Actor(p.iri(), 0.75));
            }
            return out;
        }
        if (n.headName() != null && !n.headName().isDemonym()) {
            Actor a = actorOf(n.headName());
            if (a != null) {
                out.add(a);
            }
            return out;
        }
        if (n.end() - n.start() == 1 && n.modifiers().size() == 1 && n.modifiers().get(0).isDemonym()
            && n.end() + 1 < t.size() && (lower(n.end()).equals("and") || lower(n.end()).equals("or"))
            && np(n.end() + 1) != null && inList("proxyHeads", lower(np(n.end() + 1).head()))) {
            // "between American and Taliban officials": the demonym shares the next phrase's head
            Actor a = actorOf(n.modifiers().get(0));
            if (a != null) {
                out.add(new Actor(a.iri(), a.evidence() * 0.9));
            }
            return out;
        }
        String head = lower(n.head());
        boolean proxy = inList("proxyHeads", head);
        boolean role = inList("roleNouns", head);
        // "the government of Qatar" says whose; so does "the government in Taipei" (a seat of government)
        Np after = n.end() + 1 < t.size() ? np(n.end() + 1) : null;
        Entity afterName = after != null && after.headName() != null ? after.headName().entity() : null;
        boolean ownerNamed = proxy && afterName != null
            && (!role && lower(n.end()).equals("in") && afterName.metonymFor() != null
                // "a delegation from Hamas", "officials from Iran"
                || lower(n.end()).equals("from") && afterName.kind().isActor() && afterName.kind() != EntityKind.PERSON
                // "judges at the International Criminal Court", "officials at the State Department"
                || lower(n.end()).equals("at") && afterName.kind().isActor() && afterName.kind() != EntityKind.PERSON
                && afterName.kind() != EntityKind.COUNTRY);
        boolean ofName = afterName != null && (lower(n.end()).equals("of") || ownerNamed);
        if ((role || MINISTRY_HEADS.contains(head) || STATE_PROXIES.contains(head)) && n.modifiers().isEmpty()
            && n.headName() == null && lower(n.start()).equals("its") && !ofName) {
            // "Azerbaijan expelled two diplomats. Its foreign ministry accused Paris …": the body of whatever "it" is
            // (in this sentence, the side it opens with: "France expelled two Azerbaijani diplomats, its foreign
            // ministry announced")
            String owner = null;
            for (Mention m : mentions) {
                Actor a = m.end() <= n.start() ? actorOf(m) : null;
                Entity e = a == null ? null : state.entity(a.iri());
                if (e != null && e.kind() != EntityKind.PERSON && e.kind() != EntityKind.CITY) {
                    owner = a.iri();
                    break;
                }
            }
            if (owner == null && sentence.index() > 0) {
                owner = state.firstNonPersonActorIn(sentence.index() - 1);
            }
            if (owner != null) {
                Entity holder = role ? state.resolveRoleOf(postNoun(n, head), owner) : null;
                if (holder != null) {
                    state.referred(holder);
                }
                out.add(new Actor(holder != null ? holder.iri() : owner, 0.6));
                return out;
            }
        }
        String fronted = (proxy || role) && n.modifiers().isEmpty() && n.headName() == null
            && (lower(n.start()).equals("the") || n.end() - n.start() == 1) ? frontedCapital(n.start()) : null;
        if (fronted != null) {
            // "In Taipei, the foreign ministry condemned …": the government seated in the city the sentence opens with
            if (role) {
                Entity holder = state.resolveRoleOf(postNoun(n, head), fronted);
                if (holder != null) {
                    state.referred(holder);
                    out.add(new Actor(holder.iri(), 0.75));
                    return out;
                }
            } else {
                out.add(new Actor(fronted, 0.75));
                return out;
            }
        }
        // "the foreign minister" after "Pakistan's foreign minister, Shah Mahmood Qureshi": the one named with it
        String twoWord = n.end() - n.start() == 3 ? lower(n.start() + 1) + " " + head : null;
        if (n.modifiers().isEmpty() && lower(n.start()).equals("the") && twoWord != null
            && lexicon.words("roleNouns").matchAt(t, n.start() + 1) == 2 && !ofName) {
            Entity holder = state.soleHolder(twoWord, sentence.index());
            if (holder != null) {
                out.add(new Actor(holder.iri(), 0.7));
                return out;
            }
        }
        if (isBareMinistry(n) && !ofName) {
            // "Iraqi officials said 16 people had died. The foreign ministry summoned …": a ministry the story does
            // not qualify is of the country it was just about, unless that country is the one acted on
            String country = null;
            for (Mention m : mentions) {
                // a capital counts when a clause of its own came first: "The reaction in Berlin was swift: the
                // foreign ministry summoned …"
                boolean place = m.entity().kind() == EntityKind.CITY
                    && java.util.stream.IntStream.range(m.end(), n.start()).noneMatch(this::isBoundary);
                Actor a = m.start() < n.start() && !place ? actorOf(m) : null;
                if (a != null && state.actingCountry(a.iri()) != null) {
                    country = state.actingCountry(a.iri());
                }
            }
            List<String> before = sentence.index() > 0 ? state.actorCountriesIn(sentence.index() - 1) : List.of();
            if (country == null && !before.isEmpty()) {
                country = before.get(0); // the side the sentence before led with, not a place it passed through
            }
            String side = country;
            // "summoned the envoy in Baghdad" is not done to Iraq, nor is "a violation of Pakistan's airspace"
            boolean actedOn = side != null && mentions.stream().anyMatch(m -> m.start() >= n.end()
                && m.entity().kind() != EntityKind.CITY && !(m.end() < t.size() && POSSESSIVE_MARKS.contains(lower(m.end())))
                && (side.equals(m.entity().iri()) || side.equals(state.actingCountry(m.entity().iri()))));
            if (side != null && !actedOn) {
                out.add(ministryOf(side, n));
                return out;
            }
        }
        if (n.modifiers().isEmpty() && lower(n.start()).equals("the") && n.end() - n.start() == 2 && !ofName) {
            // "the bloc", "the alliance", "the agency": the organisation of that kind named last.
            Entity e = state.anaphor(head, sentence.index());
            if (e != null) {
                out.add(new Actor(e.iri(), 0.7));
                return out;
            }
            if (COUNTRY_NOUNS.contains(head)) { // "the country", "accusing the kingdom of hostile actions"
                String last = countryNamedBefore(n.start());
                if (last != null) {
                    out.add(new Actor(last, 0.6));
                    return out;
                }
            }
            String proxied = state.proxyAnaphor(head, sentence.index());
            if (proxied != null) {
                state.noteProxy(head, proxied, sentence.index()); // each use keeps "the army" in mind
                out.add(new Actor(proxied, 0.65));
                return out;
            }
            Entity holder = role ? state.soleHolder(head, sentence.index()) : null;
            if (holder != null) {
                out.add(new Actor(holder.iri(), 0.7)); // "the emir" after "Qatar's emir, Sheikh Tamim"
                return out;
            }
            Entity named = state.namedWithHead(head, sentence.index());
            if (named != null) {
                out.add(new Actor(named.iri(), 0.65)); // "the court" after "the International Court of Justice"
                return out;
            }
        }
        if ((proxy || role) && n.end() + 1 < t.size() && (lower(n.end()).equals("of") || ownerNamed)) {
            // "U.S. Secretary of State Antony Blinken", "leaders of the Group of Seven", "agents of the FSB"
            Np of = np(n.end() + 1);
            if (of != null && of.start() == n.end() + 1 && of.headName() != null) {
                Actor a = actorOf(of.headName());
                boolean person = of.headName().entity().kind() == EntityKind.PERSON;
                if (a != null && (person || n.modifiers().isEmpty())) {
                    out.add(new Actor(a.iri(), a.evidence() * (person ? 1.0 : 0.9)));
                    if (!person && proxy && !role) {
                        state.noteProxy(head, a.iri(), sentence.index()); // "the judges" later are the court's
                    }
                    return out;
                }
            }
        }
        if ((proxy || role) && !n.modifiers().isEmpty()) {
            if (role) {
                Entity holder = state.resolveRole(postNoun(n, head), n.modifiers());
                if (holder != null) {
                    state.referred(holder);
                    out.add(new Actor(holder.iri(), 0.85));
                    return out;
                }
            }
            for (Mention m : n.modifiers()) {
                Actor a = actorOf(m);
                if (a != null && !role && STATE_PROXIES.contains(head) && m.entity().kind() == EntityKind.PERSON
                    && state.actingCountry(a.iri()) != null) {
                    // "Sogavare's government", "Putin's army": the state the person leads
                    a = new Actor(state.actingCountry(a.iri()), a.evidence() * 0.9);
                }
                Actor found = a;
                if (a != null && out.stream().noneMatch(x -> x.iri().equals(found.iri()))) {
                    out.add(new Actor(a.iri(), a.evidence() * 0.9));
                }
            }
            if (out.size() == 1 && !role) {
                state.noteProxy(head, out.get(0).iri(), sentence.index());
            }
        }
        return out;
    }

    /**
     * "the foreign ministry" of a country: its body in the gazetteer when exactly one is called so (the Russian
     * Ministry of Foreign Affairs), else the country itself.
     */
    Actor ministryOf(String country, Np n) {
        String kind = lower(n.start() + 1);
        String stem = kind.startsWith("defen") ? "defen" : kind;
        String head = lower(n.head());
        List<String> words = head.equals("ministry") ? List.of(stem, "minist") : List.of(stem, head);
        return lexicon.gazetteer().organ(country, words).map(e -> new Actor(e.iri(), 0.55))
            .orElse(new Actor(country, 0.55));
    }

    /** Whether {@code n} is "the foreign ministry", "the defence ministry", … with no country named. */
    boolean isBareMinistry(Np n) {
        return n.modifiers().isEmpty() && n.end() - n.start() == 3 && lower(n.start()).equals("the")
            && MINISTRY_HEADS.contains(lower(n.head())) && MINISTRY_KINDS.contains(lower(n.start() + 1));
    }

    private static final Set<String> QUOTING_VERBS = Set.of("quoted", "quotes", "quote", "cited", "cites", "cite");

    /** Verbs that give something a name ("what New Delhi described as", "the shoal, which it calls Ren'ai Jiao"). */
    static final Set<String> NAMING_VERBS = Set.of("call", "calls", "called", "calling", "describe", "describes",
        "described", "brand", "brands", "branded", "label", "labels", "labelled", "labeled", "term", "terms", "termed",
        "dub", "dubs", "dubbed", "name", "names", "named");

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "inside", "near", "across", "throughout");

    /** Whether a country is named as where something is or happens ("any military intervention in Niger"). */
    boolean namedAsPlace(Mention m) {
        return m.start() > 0 && m.entity().kind() == EntityKind.COUNTRY && PLACE_PREPOSITIONS.contains(lower(m.start() - 1));
    }

    private static final Set<String> AMOUNT_GLUE = Set.of("some", "about", "around", "nearly", "almost", "over",
        "roughly", "worth", "of", "more", "than", "up", "to", "an", "estimated");

    private static final Set<String> QUANTITY_HEADS = Set.of("dozens", "hundreds", "thousands", "scores", "millions",
        "handful", "couple", "number", "series", "raft", "slew", "host", "batch", "wave", "flurry", "string");

    private static final Set<String> MINISTRY_HEADS = Set.of("ministry", "office", "department");
    private static final Set<String> MINISTRY_KINDS = Set.of("foreign", "defence", "defense", "interior", "justice",
        "commerce", "trade", "finance", "economy");

    private static final Set<String> STATE_PROXIES = Set.of("government", "administration", "cabinet", "regime",
        "forces", "troops", "army", "military", "navy", "junta", "presidency", "executive");

    private static final Set<String> PLURAL_STATE_PROXIES = Set.of("juntas", "regimes", "governments", "countries",
        "states");

    private static final Set<String> PERSON_PAIRS = Set.of("leaders", "presidents", "ministers", "men", "women",
        "diplomats", "envoys", "officials", "chiefs", "heads");
    private static final Set<String> COUNTRY_PAIRS = Set.of("countries", "nations", "sides", "governments",
        "neighbours", "neighbors", "states", "capitals", "powers");

    /**
     * "the two leaders", "both sides", "the three governments": the people named last, or the countries the
     * article mentions most.
     */
    private List<Actor> pairReference(Np n) {
        int k = n.start();
        if (k < n.end() && lower(k).equals("the")) {
            k++;
        }
        int count = k >= n.end() ? 0 : switch (lower(k)) {
            case "two", "both" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            default -> 0;
        };
        String head = lower(n.head());
        if (count > 0 && k + 2 < n.end() && COUNTRY_PAIRS.contains(lower(k + 1))
            && Set.of("'", "’", "'s", "’s").contains(lower(k + 2))) {
            head = lower(k + 1); // "the two countries' foreign ministers": the two countries act
        }
        if (lower(n.start()).equals("their") && n.modifiers().isEmpty() && inList("proxyHeads", head) && head.endsWith("s")) {
            // "Their officials held five rounds of talks" after a sentence about two countries: those two; but in
            // "Saudi Arabia and Iran agreed to reopen their embassies" they are this sentence's subjects
            for (int q = 0; q < npAt[n.head()]; q++) {
                Np prior = nps.get(q);
                if (!governed(prior, true) && groupFrom(prior).size() >= 2 && actors(groupFrom(prior)).size() >= 2) {
                    return List.of();
                }
            }
            List<String> before = sentence.index() > 0 ? state.countriesIn(sentence.index() - 1) : List.of();
            return before.size() < 2 ? List.of()
                : List.of(new Actor(before.get(0), 0.55), new Actor(before.get(1), 0.55));
        }
        if (count == 0 && k == n.start() + 1 && k == n.head() && PERSON_PAIRS.contains(head) && !head.endsWith("men")) {
            // "the leaders" with no number: the people named in this sentence and the one before, if a few.
            List<Entity> recent = state.personsNamedSince(sentence.index() - 1, sentence.index(), n.start());
            return recent.size() >= 2 && recent.size() <= 4
                ? recent.stream().map(p -> new Actor(p.iri(), 0.6)).toList() : List.of();
        }
        if (count == 0 && k == n.start() + 1 && k == n.head() && PLURAL_STATE_PROXIES.contains(head)) {
            // "Niger, Mali and Burkina Faso announced …; the juntas accused the bloc": the states that just acted
            // together
            ArticleState.EventNote last = state.lastNote(e -> e.sources().size() >= 2 && e.sources().size() <= 4
                && e.sources().stream().allMatch(a -> state.entity(a.iri()) != null
                    && state.entity(a.iri()).kind() == EntityKind.COUNTRY), sentence.index(), 3);
            return last == null ? List.of() : last.sources().stream().map(a -> new Actor(a.iri(), 0.6)).toList();
        }
        if (count == 0) {
            return List.of();
        }
        List<Actor> out = new ArrayList<>();
        if (!n.modifiers().isEmpty()) {
            return out; // "two Russian diplomats" are Russia's, not the two people named last
        }
        if (PERSON_PAIRS.contains(head)) {
            for (Entity p : state.lastPersonsBefore(sentence.index(), n.start(), count)) {
                out.add(new Actor(p.iri(), 0.7));
            }
        } else if (COUNTRY_PAIRS.contains(head)) {
            // "both sides" after the two deputy prime ministers signed: the countries of that act's parties
            ArticleState.EventNote last = state.lastEvent(q -> q.symmetric(), sentence.index(), 8);
            List<String> sides = new ArrayList<>();
            List<String> parties = new ArrayList<>();
            if (last != null) {
                List<Actor> all = new ArrayList<>(last.sources());
                all.addAll(state.sameActTargets(last)); // "spoke to Swaraj and Qureshi" is noted once per target
                for (Actor a : all) {
                    String c = state.actingCountry(a.iri());
                    if (c != null && !sides.contains(c)) {
                        sides.add(c);
                    }
                    if (!parties.contains(a.iri())) {
                        parties.add(a.iri());
                    }
                }
            }
            if (sides.size() < count && parties.size() == count) {
                sides = parties; // the army and the RSF, both of Sudan, are the two sides of a civil war
            }
            if (sides.size() > count && last != null && last.sources().size() == 1) {
                // "Pompeo spoke to Swaraj and Qureshi … urged both governments": the two he spoke to
                List<String> targeted = new ArrayList<>();
                for (Actor a : state.sameActTargets(last)) {
                    String c = state.actingCountry(a.iri());
                    if (c != null && !targeted.contains(c)) {
                        targeted.add(c);
                    }
                }
                if (targeted.size() == count) {
                    sides = targeted;
                }
            }
            if (sides.size() != count && count == 2 && (head.equals("sides") || head.equals("parties"))
                && state.lastPair(sentence.index(), 4).size() == 2) {
                sides = state.lastPair(sentence.index(), 4); // "the army … and the RSF began fighting … both sides"
            }
            // the article's most mentioned countries stand in for "the two countries", not for "the four states"
            List<String> chosen = sides.size() == count ? sides : count == 2 ? state.mainCountries(count) : List.of();
            for (String c : chosen) {
                out.add(new Actor(c, 0.6));
            }
        }
        return out.size() == count ? out : List.of();
    }

    /**
     * "After meeting Biden in Woodside, Xi said …", "Speaking after talks with Scholz, Tusk said …": an act in a
     * clause that opens the sentence without a subject of its own is done by the main clause's subject. Empty
     * when the token is not in such a clause.
     */
    List<Actor> frontedClauseSubject(int token) {
        // "In a phone call with Macron on Tuesday, Modi …", "After a meeting with Scholz, Tusk …": a fronted
        // phrase whose noun is held with someone is the main subject's
        boolean heldWith = !t.isEmpty() && FRONTED_PREPOSITIONS.contains(lower(0)) && token > 0 && token + 1 < t.size()
            && (lower(token + 1).equals("with") || token + 2 < t.size() && lower(token + 2).equals("with"))
            && java.util.stream.IntStream.range(1, token).noneMatch(this::isAdp); // not "In response to talks with …"

        // "On a visit to Rabat in February, Séjourné told …", "During his trip to Beijing, Scholz met …"
        boolean tripTo = !t.isEmpty() && (lower(0).equals("on") || lower(0).equals("during")) && token > 0
            && token + 1 < t.size() && lower(token + 1).equals("to")
            && java.util.stream.IntStream.range(1, token).noneMatch(this::isAdp);
        heldWith |= tripTo;
        if (t.isEmpty() || !heldWith && (!(pos(0).equals("VERB") && lower(0).endsWith("ing")
            || FRONTED_OPENERS.contains(lower(0))) || FRONTED_OPENERS.contains(lower(0))
            && !(t.size() > 1 && isVerb(1) && lower(1).endsWith("ing") || lower(0).equals("following")))) {
            return List.of();
        }
        int comma = 1;
        while (comma < t.size() && !isComma(comma) && !isBoundary(comma)) {
            comma++;
        }
        // not the opening participle itself: "Speaking to reporters, …" is no meeting
        if (comma >= t.size() - 1 || !isComma(comma) || token >= comma || token == 0) {
            return List.of();
        }
        Np subject = np(comma + 1);
        if (subject == null || subject.start() != comma + 1) {
            return List.of();
        }
        List<Actor> out = actors(groupFrom(subject));
        return out.stream().map(a -> new Actor(a.iri(), a.evidence() * 0.85)).toList();
    }

    private static final Set<String> OBJECT_SKIPPABLE_TIMES = Set.of("minute", "moment", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "weekend", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december");

    private static final Set<String> QUANTITIES = Set.of("thousands", "hundreds", "dozens", "scores", "millions",
        "tens", "some", "many", "several", "most", "all", "number", "group", "contingent", "unit", "units");

    /** Words that open a subjectless clause before the main one: "After meeting …", "Following talks …". */
    private static final Set<String> FRONTED_OPENERS = Set.of("after", "before", "while", "following", "when");

    /** Prepositions of a fronted phrase naming something held with someone: "In a call with …", "At talks with …". */
    private static final Set<String> FRONTED_PREPOSITIONS = Set.of("in", "at", "during", "after", "following");

    Lexicon lexicon() {
        return lexicon;
    }

    /** Whether a word, or its singular, is in a word list: "governments" is a proxy head like "government". */
    boolean inList(String list, String word) {
        var wl = lexicon.words(list);
        return wl.contains(word) || word.endsWith("s") && wl.contains(word.substring(0, word.length() - 1))
            || word.endsWith("ies") && wl.contains(word.substring(0, word.length() - 3) + "y");
    }

    /** "the country": the country named last before token {@code before}, in this sentence or the one before. */
    private static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation", "kingdom", "emirate", "republic",
        "monarchy", "sultanate", "principality");

    /** "the Pakistani prime minister": the post's noun, two words when the gazetteer knows them as one post. */
    private String postNoun(Np n, String head) {
        String two = n.head() > n.start() ? lower(n.head() - 1) + " " + head : null;
        return two != null && lexicon.gazetteer().isRoleNoun(two) ? two : head;
    }

    /**
     * The country whose capital (or seat of government) opens the sentence as "In Taipei, …", when the phrase at
     * {@code start} follows that comma directly; null otherwise.
     */
    private String frontedCapital(int start) {
        if (t.size() < 4 || !lower(0).equals("in") || mentionAt[1] == null) {
            return null;
        }
        Mention m = mentionAt[1];
        int comma = m.end();
        if (comma >= t.size() || !isComma(comma) || start != comma + 1) {
            return null;
        }
        Entity e = m.entity();
        if (e.metonymFor() != null) {
            return state.actingCountry(e.metonymFor());
        }
        return e.kind() == EntityKind.CITY ? lexicon.gazetteer().countryWithCapital(e.iri()).orElse(null) : null;
    }

    private String countryNamedBefore(int before) {
        String last = null;
        for (Mention m : mentions) {
            Actor a = m.start() < before ? actorOf(m) : null;
            Entity e = a == null ? null : state.entity(a.iri());
            if (e != null && e.kind() == EntityKind.COUNTRY) {
                last = a.iri();
            }
        }
        List<String> previous = sentence.index() > 0 ? state.countriesIn(sentence.index() - 1) : List.of();
        return last != null ? last : previous.isEmpty() ? null : previous.get(previous.size() - 1);
    }

    /** The actors qualifying a phrase that names none itself: "Russian aluminium" → Russia. */
    List<Actor> modifierActors(Np n) {
        List<Actor> out = new ArrayList<>();
        if (n.headName() != null && !n.headName().isDemonym()) {
            return out;
        }
        int s0 = lower(n.start()).equals("the") ? n.start() + 1 : n.start();
        if (s0 + 1 < n.end() && (lower(s0).equals("country") || lower(s0).equals("nation"))
            && (lower(s0 + 1).equals("'s") || lower(s0 + 1).equals("’s"))) {
            String c = countryNamedBefore(n.start()); // "freezing the country's assets"
            if (c != null) {
                out.add(new Actor(c, 0.6));
                return out;
            }
        }
        if (s0 + 1 < n.end() && s0 > n.start() && (lower(s0 + 1).equals("'s") || lower(s0 + 1).equals("’s"))) {
            Entity named = state.namedWithHead(lower(s0), sentence.index()); // "welcomed the court's ruling"
            if (named != null) {
                out.add(new Actor(named.iri(), 0.6));
                return out;
            }
        }
        for (Mention m : n.modifiers()) {
            Actor a = actorOf(m);
            if (a != null && out.stream().noneMatch(x -> x.iri().equals(a.iri()))) {
                out.add(new Actor(a.iri(), a.evidence() * 0.85));
            }
        }
        return out;
    }

    /** The demonym a phrase ends with when it names a country's people ("five Americans", "two Britons"), or null. */
    Mention peopleOf(Np n) {
        if (n.modifiers().isEmpty() || n.headName() != null) {
            return null;
        }
        Mention m = n.modifiers().get(n.modifiers().size() - 1);
        String w = lower(n.end() - 1);
        return m.isDemonym() && m.end() == n.end() && w.endsWith("s") && !w.endsWith("ss") ? m : null;
    }

    /** The actor a mention stands for: a capital city for its country, a demonym for its country. */
    Actor actorOf(Mention m) {
        Entity e = m.entity();
        if (e.kind() == EntityKind.CITY) {
            if (e.metonymFor() != null) {
                return new Actor(e.metonymFor(), m.confidence() * 0.95);
            }
            return null;
        }
        if (!e.kind().isActor()) {
            return null;
        }
        return new Actor(e.iri(), m.confidence());
    }

    /** Every actor of a group of coordinated noun phrases. */
    List<Actor> actors(List<Np> group) {
        List<Actor> out = new ArrayList<>();
        for (Np n : group) {
            for (Actor a : actors(n)) {
                if (out.stream().noneMatch(x -> x.iri().equals(a.iri()))) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------ subject

    /**
     * The subject of the verb at {@code v}, as a group of coordinated noun phrases (possibly empty).
     * Handles relative clauses ("authorities who charged"), coordinated verbs ("declared … and rejected"),
     * participles after a comma or a preposition ("responded by imposing"), and skips prepositional
     * phrases, appositions and objects of embedded verbs on the way left.
     */
    List<Np> subjectOf(int v) {
        int i = v - 1;
        while (i >= 0 && (isAux(i) || pos(i).equals("ADV") || pos(i).equals("PART") || lexicon.words("negators")
            .contains(lower(i)) || ADVERBIAL_ADJECTIVES.contains(lower(i)))) {
            i--;
        }
        if (i < 0) {
            return List.of();
        }
        List<Np> doer = infinitiveDoer(i, v);
        if (doer != null) {
            return doer;
        }
        Np rejected = i == v - 1 && lower(v).endsWith("ing") ? npEndingAt(i) : null;
        if (rejected != null && rejected.headName() == null && rejected.start() > 0 && isVerb(rejected.start() - 1)
            && lexicon.triggers(lower(rejected.start() - 1)).stream().anyMatch(tr -> tr.verb()
                && tr.pattern().cameo().startsWith("12"))) {
            // "vetoed a resolution calling for a ceasefire": the resolution calls, not the one who vetoed it
            return List.of(rejected);
        }
        String w = lower(i);
        if (RELATIVE_PRONOUNS.contains(w) && !(w.equals("that") && isVerb(Math.max(0, i - 1)))) {
            int a = i - 1;
            while (a >= 0 && (isComma(a) || apposition[a])) {
                a--;
            }
            Np ante = a >= 0 ? npEndingAt(a) : null;
            return ante == null ? List.of() : coordinated(ante, true);
        }
        if (w.equals("as") && lower(v).endsWith("ing") && i > 0) {
            // "Interfax quoted Ryabkov as saying", "Le Monde quoted Macron as accusing Algeria": the one quoted
            Np quoted = npEndingAt(i - 1);
            if (quoted != null && quoted.start() > 0 && isVerb(quoted.start() - 1)
                && QUOTING_VERBS.contains(lower(quoted.start() - 1)) && !actors(quoted).isEmpty()) {
                return List.of(quoted);
            }
        }
        boolean participle = lower(v).endsWith("ing") || lower(v).endsWith("ed");
        if (lower(v).endsWith("ing")) {
            // "…, with Mr. Putin's spokesman, Dmitri Peskov, dismissing the accusations": "with" and a phrase (and
            // its apposition) make the subject of the participle after them
            List<Np> between = new ArrayList<>();
            int a = i;
            while (a >= 0 && between.size() < 3) {
                while (a >= 0 && isComma(a)) {
                    a--;
                }
                Np n = a >= 0 ? npEndingAt(a) : null;
                if (n == null) {
                    break;
                }
                between.add(0, n);
                a = n.start() - 1;
                if (a >= 0 && lower(a).equals("with")) {
                    break;
                }
            }
            if (a > 0 && a < i && lower(a).equals("with") && !between.isEmpty() && isComma(a - 1)) {
                List<Np> own = between.stream().filter(n -> n.headName() != null).limit(1).toList();
                if (own.isEmpty()) {
                    own = List.of(between.get(0));
                }
                if (!actors(own).isEmpty()) {
                    return own;
                }
            }
        }
        boolean vpCoordination = (w.equals("and") || w.equals("but") || w.equals("or"))
            && (np(i - 1) == null && !isComma(i - 1) || i == v - 1 && isComma(i - 1) && isVerb(v)
            // "called the landing an outrage in a statement on Monday and welcomed …": after a phrase of time
            || i == v - 1 && np(i - 1) != null && Chunker.TIME_NOUNS.contains(lower(np(i - 1).head()))
                && governed(np(i - 1), false) && isVerb(v) && simplePastForm(lower(v), lexicon));
        if (vpCoordination
            || participle && (isComma(i) || isAdp(i) || SUBORDINATORS.contains(w)) && lower(v).endsWith("ing")) {
            int prev = previousVerb(i);
            List<Np> shared = prev < 0 ? List.of() : subjectOf(prev);
            // "Kurti told reporters the outcome amounted to …, but accused Belgrade": the nearest verb can be
            // a reported clause's; the coordinated verb then shares the reporting verb's subject.
            for (int hop = 0; hop < 2 && prev > 0 && actors(shared).isEmpty(); hop++) {
                prev = previousVerb(prev - 1);
                List<Np> earlier = prev < 0 ? List.of() : subjectOf(prev);
                if (!actors(earlier).isEmpty()) {
                    shared = earlier;
                }
            }
            return shared;
        }
        boolean onlyPps = true; // the phrases skipped so far all follow a preposition ("provocation by North Korea")
        for (int k = i; k >= 0; k--) {
            if (isBoundary(k)) {
                break;
            }
            Np n = np(k);
            if (n == null || n.end() - 1 != k || apposition[n.start()] || relative[n.start()] && !relative[v]) {
                if (n == null && !isAdp(k)) {
                    onlyPps = false;
                }
                continue;
            }
            if (n.headName() == null && n.end() == i + 1 && n.end() - n.start() == 2 && n.start() > 0
                && Set.of("this", "last", "next", "that").contains(lower(n.start()))
                && Chunker.TIME_NOUNS.contains(lower(n.head()))) {
                k = n.start(); // "Canada this month paused negotiations": a phrase of time before the verb
                continue;
            }
            List<Np> ofGroup = ofComplementOfProxy(n);
            if (!ofGroup.isEmpty()) {
                return ofGroup; // "the foreign ministers of India and Pakistan met": the two countries met
            }
            // "saying Russia had tested a missile": right before the verb, after a speech verb, a clause's subject.
            // "said Putin and Xi would meet": the first of the coordinated names follows the speech verb
            // "three days after Ulf Kristersson, the Swedish prime minister, travelled": next to the verb but for an
            // apposition
            final int end = k;
            boolean adjacent = k == i || java.util.stream.IntStream.rangeClosed(end + 1, i).allMatch(j -> apposition[j]);
            int first = adjacent && n.headName() != null ? coordinated(n, true).get(0).start() : n.start();
            boolean opensClause = n.start() > 0 && SUBORDINATORS.contains(lower(n.start() - 1)); // "after police stormed"
            boolean clauseSubject = (adjacent && (n.headName() != null || opensClause) || onlyPps && k < i) && first > 0
                && (isVerb(first - 1) && lexicon.words("speechVerbs").contains(lower(first - 1))
                // "a day after Canada expelled a diplomat": "after" opens a clause, not a phrase
                || SUBORDINATORS.contains(lower(first - 1)));
            // "Thousands of Israeli troops invaded": a quantity of them is them
            boolean quantityOf = n.start() >= 2 && lower(n.start() - 1).equals("of")
                && (pos(n.start() - 2).equals("NUM") || QUANTITIES.contains(lower(n.start() - 2)))
                && (n.start() == 2 || pos(n.start() - 3).equals("DET") || isComma(n.start() - 3)
                || isBoundary(n.start() - 3));
            if (governed(n, true) && !clauseSubject && !quantityOf) {
                onlyPps &= isAdp(n.start() - 1);
                k = n.start();
                continue;
            }
            List<Np> group = coordinated(n, false);
            int gs = group.get(0).start();
            Np before = gs > 1 && (lower(gs - 1).equals("and") || lower(gs - 1).equals("or")) ? npEndingBefore(gs - 1) : null;
            if (before != null && governed(before, false)
                && !(before.start() > 0 && SUBORDINATORS.contains(lower(before.start() - 1)))) {
                // "the meeting between Modi and Sharif was cancelled": the pair is inside a phrase (but "since
                // Biden and Xi met" opens a clause)
                k = before.start();
                continue;
            }
            if (group.size() == 1 && n.headName() == null && gs > 1 && isComma(gs - 1)) {
                // "Enrique Mora, the European Union official who coordinates the talks, visited Tehran": the
                // role phrase is an apposition of the name before it
                Np named = appositionOwner(group.get(0));
                if (named != null) {
                    return coordinated(named, false);
                }
            }
            List<Np> leaders = group.size() == 1 ? leadersOf(group.get(0)) : List.of();
            return leaders.isEmpty() ? group : leaders;
        }
        return List.of();
    }

    /**
     * Who does what an infinitive says when the phrase before its "to" tells: the owner of a decision ("Lithuania's
     * decision to expel", "the decision by Lithuania to expel") or the object of a causative verb ("prompted Mexico
     * to break off relations"); {@code null} when neither applies. {@code i} is the last word before the "to".
     */
    private List<Np> infinitiveDoer(int i, int verb) {
        boolean infinitive = false;
        for (int k = i + 1; k < verb; k++) {
            infinitive |= lower(k).equals("to");
        }
        if (lower(i).equals("to") && i > 0) { // the tagger's "to/ADP expel/VERB"
            infinitive = true;
            i--;
        }
        Np n = infinitive ? npEndingAt(i) : null;
        if (n == null) {
            return null;
        }
        if (n.headName() != null && n.start() > 0 && lexicon.words("causativeVerbs").contains(lower(n.start() - 1))) {
            return coordinated(n, true);
        }
        if (n.headName() == null && lexicon.words("decisionNouns").contains(lower(n.head()))) {
            if (!n.modifiers().isEmpty()) {
                Mention owner = n.modifiers().get(0);
                return List.of(new Np(owner.start(), owner.end(), owner.end() - 1, owner, List.of()));
            }
            return null;
        }
        if (n.headName() != null && n.start() > 2 && lower(n.start() - 1).equals("by")) {
            Np decision = npEndingAt(n.start() - 2);
            if (decision != null && decision.headName() == null
                && lexicon.words("decisionNouns").contains(lower(decision.head()))) {
                return coordinated(n, true);
            }
        }
        return null;
    }

    /**
     * The coordinated names after "of" when they complete a plural proxy head ("the leaders of France and
     * Germany", "foreign ministers of India and Pakistan"), else an empty list.
     */
    private List<Np> ofComplementOfProxy(Np last) {
        List<Np> group = coordinated(last, true);
        int of = group.get(0).start() - 1;
        if (group.size() < 2 || of < 1 || !lower(of).equals("of")) {
            return List.of();
        }
        Np head = npEndingAt(of - 1);
        String h = head == null ? "" : lower(head.head());
        return h.endsWith("s") && inList("proxyHeads", h) ? group : List.of();
    }

    /**
     * The actors of the subject of the verb at {@code v}. When the nearest subject phrase names no actor
     * ("Joseph R. Biden, Jr. hosted"), the nearest phrase that does, in the same clause, is taken.
     */
    List<Actor> subjectActors(int v) {
        List<Np> group = subjectOf(v);
        List<Actor> found = actors(group);
        if (!found.isEmpty() || group.isEmpty()) {
            return found;
        }
        for (int k = group.get(0).start() - 1; k >= 0; k--) {
            if (isBoundary(k) || isVerb(k) && !isAux(k) || RELATIVE_PRONOUNS.contains(lower(k))
                || SUBORDINATORS.contains(lower(k)) // "… after police stormed …": another clause
                || k > 0 && isComma(k - 1) && (lower(k).equals("and") || lower(k).equals("but"))) {
                break; // ", and business groups … have urged calm": another clause's subject is not this one's
            }
            Np n = np(k);
            if (n == null || n.end() - 1 != k || apposition[n.start()] || governed(n, true)) {
                continue;
            }
            List<Actor> a = actors(coordinated(n, false));
            if (!a.isEmpty()) {
                return a;
            }
        }
        return found;
    }

    /** The nearest finite verb before {@code from}: infinitives ("to leave") and participles are skipped. */
    private int previousVerb(int from) {
        int participle = -1;
        for (int k = from; k >= 0; k--) {
            if (isBoundary(k)) {
                break;
            }
            if (isVerb(k) && !isAux(k)) {
                boolean infinitive = k > 0 && lower(k - 1).equals("to");
                if (lower(k).endsWith("ing")) {
                    participle = participle < 0 ? k : participle;
                } else if (!infinitive) {
                    return k;
                }
            }
        }
        return participle;
    }

    /**
     * The speech or announcement verb whose reported clause contains {@code i} ("May announced that 23
     * diplomats would be expelled"), or -1.
     */
    /**
     * "Russia is to expel ten diplomats …, Sergei Lavrov said yesterday": who a trailing attribution names as the
     * speaker of the clause that holds token {@code i}, or an empty list.
     */
    List<Actor> trailingSpeaker(int i, org.diplomacykg.lexicon.WordList speechVerbs) {
        for (int c = i + 1; c + 2 < t.size() && !isBoundary(c); c++) {
            if (!isComma(c)) {
                continue;
            }
            Np n = np(c + 1);
            if (n != null && n.start() == c + 1 && n.end() < t.size() && isVerb(n.end())
                && speechVerbs.matchAt(t, n.end()) > 0) {
                return actors(n); // ", Sergei Lavrov said"
            }
            if (isVerb(c + 1) && speechVerbs.matchAt(t, c + 1) > 0 && np(c + 2) != null && np(c + 2).start() == c + 2) {
                return actors(np(c + 2)); // ", said Lavrov"
            }
        }
        return List.of();
    }

    int reportingVerb(int i, org.diplomacykg.lexicon.WordList speechVerbs) {
        for (int k = i - 1; k >= 0; k--) {
            if (isBoundary(k)) {
                return -1;
            }
            if (isVerb(k) && speechVerbs.matchAt(t, k) > 0) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The phrase and those coordinated with it on its left: "Washington and its partners", "Naryshkin, …,
     * and Burns". Appositions between them are skipped.
     */
    private static final Set<String> LED_GROUPS = Set.of("delegation", "team", "mission", "entourage", "group",
        "contingent", "party");

    /**
     * "A U.S. delegation led by Kurt Campbell and Daniel Kritenbrink traveled to Honiara": the named leaders of a
     * delegation act for it; empty when the phrase is no delegation or names no one.
     */
    private List<Np> leadersOf(Np n) {
        int k = n.end();
        if (!LED_GROUPS.contains(lower(n.head())) || k + 2 >= t.size()
            || !Set.of("led", "headed").contains(lower(k)) || !lower(k + 1).equals("by") || np(k + 2) == null) {
            return List.of();
        }
        List<Np> group = groupFrom(np(k + 2));
        return actors(group).isEmpty() ? List.of() : group;
    }

    /**
     * The named person a role phrase between commas describes ("Enrique Mora, the EU official,", "Roman
     * Protasevich, 26, a former editor,"), or null.
     */
    private Np appositionOwner(Np role) {
        if (role.headName() != null || role.start() < 2 || !isComma(role.start() - 1)) {
            return null;
        }
        int j = role.start() - 2;
        if (j >= 2 && pos(j).equals("NUM") && isComma(j - 1)) {
            j -= 2; // past an age
        }
        Np named = npEndingAt(j);
        return named != null && named.headName() != null && named.headName().entity().kind() == EntityKind.PERSON
            ? named : null;
    }

    List<Np> coordinated(Np last, boolean insidePp) {
        List<Np> group = new ArrayList<>();
        group.add(last);
        boolean seenConjunction = false;
        int i = last.start() - 1;
        while (i >= 0) {
            int k = i;
            boolean comma = false;
            while (k >= 0 && (isComma(k) || apposition[k])) {
                comma |= isComma(k);
                k--;
            }
            boolean conj = k >= 0 && (lower(k).equals("and") || lower(k).equals("or"));
            boolean commaBeforeConj = false;
            if (conj) {
                k--;
                while (k >= 0 && (isComma(k) || apposition[k])) {
                    commaBeforeConj |= isComma(k);
                    k--;
                }
            }
            // "X, Y and Z": once a conjunction is seen, commas coordinate too.
            boolean joined = conj || comma && seenConjunction;
            Np prev = k >= 0 ? npEndingAt(k) : null;
            if (joined && prev != null) {
                // "Anna Kuznetsova, 41, a teacher, and …", "X, a former editor of the channel Nexta, and …": the
                // person the role phrase describes
                Np role = prev;
                for (int hop = 0; hop < 3 && appositionOwner(role) == null && role.start() >= 2
                    && lower(role.start() - 1).equals("of") && npEndingAt(role.start() - 2) != null; hop++) {
                    role = npEndingAt(role.start() - 2);
                }
                if (appositionOwner(role) != null) {
                    prev = appositionOwner(role);
                }
            }
            if (!joined && comma && last.headName() != null && prev != null && prev.headName() == null
                && group.size() == 1 && prev.start() > 0
                && (lower(prev.start() - 1).equals("and") || lower(prev.start() - 1).equals("or"))
                && !governed(prev, true)) {
                // "… and his girlfriend, Sofia Sapega, were detained": the role phrase is the name's own
                i = prev.start() - 1;
                continue;
            }
            if (prev != null && prev.start() >= 2 && lower(prev.start() - 1).equals("of")) {
                // "Mher Grigoryan of Armenia and Shahin Mustafayev of Azerbaijan": the person, not the country
                Np owner = npEndingAt(prev.start() - 2);
                if (owner != null && owner.headName() != null && owner.headName().entity().kind() == EntityKind.PERSON) {
                    prev = owner;
                }
            }
            boolean clauseStart = prev != null && prev.start() > 0 && isVerb(prev.start() - 1)
                && lexicon.words("speechVerbs").contains(lower(prev.start() - 1)) // "said Putin and Xi would meet"
                || prev != null && prev.start() > 0 && SUBORDINATORS.contains(lower(prev.start() - 1)); // "since Biden and Xi met"
            if (!joined || prev == null || !insidePp && governed(prev, true) && !clauseStart) {
                break;
            }
            if (!insidePp && commaBeforeConj && prev.start() > 1 && isComma(prev.start() - 1)) {
                // "… a visit by Sweden's defence minister, Pal Jonson, and Mr Erdogan warned": the name before
                // ", and" is the apposition of an object, and a new clause starts.
                Np before = npEndingAt(prev.start() - 2);
                if (before != null && governed(before, true)) {
                    break;
                }
            }
            seenConjunction |= conj;
            group.add(0, prev);
            i = prev.start() - 1;
        }
        return group;
    }

    // ------------------------------------------------------------------------------------------ objects

    private static final Set<String> QUOTES = Set.of("\"", "“", "”", "'", "‘", "’");

    /** A quotation mark that opens a phrase: "urged “the relevant parties” to …". */
    private boolean isOpeningQuote(int i) {
        return QUOTES.contains(t.get(i).text()) && i + 1 < t.size() && np(i + 1) != null && np(i + 1).start() == i + 1;
    }

    /**
     * The noun phrases right after {@code from} that are not in a prepositional phrase: the direct object (and
     * the indirect one, in "gave Kyiv aid"), up to the next boundary.
     */
    List<Np> objectsAfter(int from) {
        List<Np> out = new ArrayList<>();
        int i = from;
        while (i < t.size() && (pos(i).equals("ADV") && !PREPOSITION_LIKE.contains(lower(i))
            || pos(i).equals("PART") && !lower(i).equals("to") || isOpeningQuote(i))) {
            i++; // "urged “the relevant parties” to …": quotation marks around the object
        }
        if (i > from && i + 1 < t.size() && lower(i).equals("than") && Set.of("more", "fewer", "less")
            .contains(lower(i - 1)) && pos(i + 1).equals("NUM")) {
            i++; // "struck more than 85 targets"
        } else if (i + 2 < t.size() && (pos(i).equals("NUM") || QUANTITY_HEADS.contains(lower(i)))
            && lower(i + 1).equals("of") && np(i + 2) != null && np(i + 2).start() == i + 2) {
            i += 2; // "banned dozens/NUM of Chinese apps", "expelled two of its diplomats"
        } else if (i + 2 < t.size() && lower(i).equals("at") && lower(i + 1).equals("least") && pos(i + 2).equals("NUM")) {
            i += np(i + 1) != null && np(i + 1).start() == i + 1 ? 1 : 2; // "expelled at least 20 diplomats"
        }
        if (i + 1 < t.size() && Set.of("at", "on", "in").contains(lower(i)) && np(i + 1) != null
            && np(i + 1).start() == i + 1 && OBJECT_SKIPPABLE_TIMES.contains(lower(np(i + 1).head()))
            && np(i + 1).end() < t.size() && np(np(i + 1).end()) != null) {
            i = np(i + 1).end(); // "called off at the last minute a session of the commission"
        }
        if (i + 2 < t.size() && pos(i).equals("DET") && isOpeningQuote(i + 1) && np(i + 2) != null
            && np(i + 2).start() == i + 2 && (np(i) == null || np(i).end() <= i + 1)) {
            i += 2; // "reached a “provisional arrangement”": the quotation marks split the phrase from its article
        }
        while (i < t.size() && out.size() < 2) {
            Np n = np(i);
            if (n == null || n.start() != i) {
                break;
            }
            if (QUANTITY_HEADS.contains(lower(n.head())) && n.end() + 1 < t.size() && lower(n.end()).equals("of")
                && np(n.end() + 1) != null && np(n.end() + 1).start() == n.end() + 1) {
                n = np(n.end() + 1); // "banned dozens of Chinese apps": what was banned is the apps
            }
            List<Np> group = groupFrom(n);
            out.addAll(group);
            i = group.get(group.size() - 1).end();
            if (i < t.size() && QUOTES.contains(t.get(i).text())) {
                i++;
            }
        }
        return out;
    }

    /**
     * A phrase and those coordinated with it on its right, skipping appositions: "X, Y and Z", "the reporter
     * A, the former Marine B and the journalist C". A comma list counts only when a conjunction closes it.
     */
    List<Np> groupFrom(Np first) {
        List<Np> group = new ArrayList<>();
        group.add(first);
        int k = first.end();
        List<Np> pending = new ArrayList<>();
        while (k < t.size()) {
            int j = k;
            boolean comma = false;
            while (j < t.size() && (isComma(j) || apposition[j])) {
                comma |= isComma(j);
                j++;
            }
            boolean conj = j < t.size() && (lower(j).equals("and") || lower(j).equals("or"));
            if (conj) {
                j++;
            }
            Np next = j < t.size() ? np(j) : null;
            if (next == null || next.start() != j || !(conj || comma)) {
                break;
            }
            if (conj) {
                group.addAll(pending);
                pending.clear();
                group.add(next);
            } else {
                pending.add(next);
            }
            k = next.end();
            if (conj) {
                break;
            }
        }
        return group;
    }

    /** The first object after {@code from} with those coordinated with it: "urged Russia and Ukraine to …". */
    List<Np> firstObjectGroup(int from) {
        List<Np> objects = objectsAfter(from);
        return objects.isEmpty() ? objects : groupFrom(objects.get(0));
    }

    /** A prepositional phrase: the preposition's token and the coordinated noun phrases it governs. */
    record Pp(int prep, List<Np> group) {
        String preposition(SentenceView s) {
            return s.lower(prep);
        }
    }

    /**
     * The prepositional phrases after {@code from}, in order, until the clause ends (a boundary, a comma
     * before a new clause, a relative pronoun, a finite verb).
     */
    List<Pp> ppsAfter(int from) {
        List<Pp> out = new ArrayList<>();
        int i = from;
        while (i < t.size()) {
            if (isBoundary(i) || RELATIVE_PRONOUNS.contains(lower(i)) && i > from || SUBORDINATORS.contains(lower(i))
                && !lower(i).equals("as") && i > from) {
                break;
            }
            if (isComma(i) && (i + 1 >= t.size() || !isAdp(i + 1))) {
                break;
            }
            if (isVerb(i) && i > from && !lower(i).endsWith("ing") && !isAdp(i - 1)) {
                break;
            }
            if (isAdp(i) || lower(i).equals("to") || lower(i).equals("including") || lower(i).equals("targeting")) {
                int j = i + 1;
                while (j < t.size() && (pos(j).equals("ADV") || t.get(j).text().equals("“")
                    || t.get(j).text().equals("-") && j > i + 1 && lower(j - 1).equals("then"))) {
                    j++; // "by then-presidents Obama and Medvedev"
                }
                Np n = np(j);
                if (n == null && !lower(i).equals("of")) {
                    // "bans on some A$20 billion worth of Australian exports": past an amount to what it is of
                    int q = j;
                    while (q < t.size() && (pos(q).equals("NUM") || pos(q).equals("SYM") || AMOUNT_GLUE.contains(lower(q))
                        || lower(q).equals("a") && q + 1 < t.size() && pos(q + 1).equals("SYM"))) {
                        q++;
                    }
                    if (q > j + 1 && q < t.size() && lower(q - 1).equals("of") && np(q) != null && np(q).start() == q
                        && java.util.stream.IntStream.range(j, q).anyMatch(x -> pos(x).equals("NUM"))) {
                        n = np(q);
                        j = q;
                    }
                }
                if (n != null && n.start() == j) {
                    List<Np> group = groupFrom(n);
                    out.add(new Pp(i, group));
                    i = group.get(group.size() - 1).end();
                    continue;
                }
            }
            i++;
        }
        return out;
    }

    String text(int from, int to) {
        if (from >= to) {
            return "";
        }
        return sentence.text().substring(t.get(from).begin() - sentence.begin(), t.get(to - 1).end() - sentence.begin());
    }

    static String lowerAscii(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
