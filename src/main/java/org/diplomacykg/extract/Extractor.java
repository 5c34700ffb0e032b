package org.diplomacykg.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.diplomacykg.Version;
import org.diplomacykg.article.Article;
import org.diplomacykg.fact.Assessment;
import org.diplomacykg.fact.EntityMention;
import org.diplomacykg.fact.EventFact;
import org.diplomacykg.fact.Forecast;
import org.diplomacykg.fact.Quote;
import org.diplomacykg.fact.TextSpan;
import org.diplomacykg.fact.TimeValue;
import org.diplomacykg.lexicon.Entity;
import org.diplomacykg.lexicon.EntityKind;
import org.diplomacykg.lexicon.Lexicon;
import org.diplomacykg.lexicon.WordList;
import org.diplomacykg.text.AnalyzedText;
import org.diplomacykg.text.BlockKind;
import org.diplomacykg.text.Sentence;
import org.diplomacykg.text.TextAnalyzer;

/**
 * Reads an article and extracts what it reports: entities, CAMEO-coded events with actors, time and place,
 * statements, quotes, relationship assessments and forecasts, each tied to its sentence.
 *
 * <pre>{@code
 * Extractor extractor = Extractor.create();          // built-in lexicon
 * Extraction x = extractor.extract(article);
 * }</pre>
 *
 * Thread-safe and reusable: build one (loading the lexicon and tagger takes about a second) and share it.
 */
public final class Extractor {
    private final Lexicon lexicon;
    private final TextAnalyzer analyzer;
    private final MentionFinder mentionFinder;
    private final Describer describer;
    private final TimeFinder timeFinder = new TimeFinder();
    private final EventFinder eventFinder;
    private final SpeechFinder speechFinder;
    private final AssessmentFinder assessmentFinder;
    private final ForecastFinder forecastFinder;

    /**
     * Code prefixes of acts that stand without a target: intentions, yielding, shows of force, mediation ("China,
     * which brokered the final round"), vetoes, denials and appeals for restraint ("urged all sides to show
     * restraint"). Elsewhere an act whose target the sentence does not name is dropped: such reports are mostly
     * references ("since Moscow invaded") that an analyst cannot use without the target.
     */
    private static final java.util.Set<String> TARGETLESS = java.util.Set.of("03", "08", "15", "045", "129", "016",
        "0256");

    private Extractor(Lexicon lexicon, TextAnalyzer analyzer) {
        this.lexicon = lexicon;
        this.analyzer = analyzer;
        this.mentionFinder = new MentionFinder(lexicon);
        this.describer = new Describer(lexicon);
        this.eventFinder = new EventFinder(lexicon);
        this.speechFinder = new SpeechFinder(lexicon);
        this.assessmentFinder = new AssessmentFinder(lexicon);
        this.forecastFinder = new ForecastFinder(lexicon);
    }

    /** An extractor with the built-in lexicon. */
    public static Extractor create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Configures an {@link Extractor}. */
    public static final class Builder {
        private final List<Path> gazetteer = new ArrayList<>();
        private final List<Path> patterns = new ArrayList<>();
        private Lexicon lexicon;

        private Builder() {}

        /** Adds gazetteer entries from a Turtle file or a folder of them. */
        public Builder gazetteer(Path fileOrFolder) {
            gazetteer.add(Objects.requireNonNull(fileOrFolder));
            return this;
        }

        /** Adds event patterns or word-list entries from a Turtle file or a folder of them. */
        public Builder patterns(Path fileOrFolder) {
            patterns.add(Objects.requireNonNull(fileOrFolder));
            return this;
        }

        /** Uses an already loaded lexicon (the file options are then ignored). */
        public Builder lexicon(Lexicon lexicon) {
            this.lexicon = Objects.requireNonNull(lexicon);
            return this;
        }

        public Extractor build() {
            Lexicon lx = lexicon != null ? lexicon
                : gazetteer.isEmpty() && patterns.isEmpty() ? Lexicon.builtIn() : Lexicon.load(gazetteer, patterns);
            return new Extractor(lx, SharedAnalyzer.INSTANCE);
        }
    }

    /** The text analyzer is thread-safe and its model costs a few hundred milliseconds to load: one per JVM. */
    private static final class SharedAnalyzer {
        static final TextAnalyzer INSTANCE = TextAnalyzer.create();
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    public static String version() {
        return Version.get();
    }

    /** Extracts everything the article reports. */
    public Extraction extract(Article article) {
        AnalyzedText text = analyzer.analyze(article.text(), article.titleLine());
        ArticleState state = new ArticleState(article, lexicon);
        mentionFinder.noteTitledNames(text.sentences(), state);
        List<SentenceView> views = new ArrayList<>();
        List<EntityMention> mentions = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<Mention> ms = mentionFinder.find(s, state);
            SentenceView v = new SentenceView(s, ms, lexicon, state);
            describer.describe(v, state);
            v.noteProxies();
            v.noteMainSubject();
            views.add(v);
            for (Mention m : ms) {
                TextSpan span = new TextSpan(s.token(m.start()).begin(), s.token(m.end() - 1).end());
                mentions.add(new EntityMention(s.index(), span, m.entity().iri(),
                    article.text().substring(span.begin(), span.end()), round(m.confidence())));
            }
        }
        List<List<TimeExpression>> times = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            times.add(timeFinder.find(titleCaseIfShouted(s.text()), s.begin(), article.published()));
        }
        List<TimeValue> horizons = forecastFinder.sectionHorizons(views, times);
        TimeValue leadDay = leadDay(text.sentences(), times, article);
        // Live blogs and timelines put the day in a heading ("THURSDAY, AUG. 4"); it dates the updates below it.
        List<TimeValue> sectionDay = new ArrayList<>();
        TimeValue section = null;
        for (int i = 0; i < times.size(); i++) {
            if (text.sentences().get(i).kind() == BlockKind.HEADING) {
                for (TimeExpression t : times.get(i)) {
                    if (t.value().precision() == TimeValue.Precision.DAY) {
                        section = t.value();
                    }
                }
            }
            sectionDay.add(section);
        }

        List<EventFact> events = new ArrayList<>();
        List<Assessment> assessments = new ArrayList<>();
        List<Forecast> forecasts = new ArrayList<>();
        Map<Integer, String> speakerOf = new HashMap<>();
        String lastSpeaker = null;
        Map<String, TimeValue> lastDateBySide = new HashMap<>();
        Map<String, Integer> lastSentenceBySide = new HashMap<>();
        TimeValue newsDay = null;
        TimeValue lastStatementDate = null;
        int lastStatementSentence = -10;
        for (SentenceView v : views) {
            int si = v.sentence.index();
            List<TimeExpression> st = times.get(si);
            Forecast f = forecastFinder.forecast(v, horizons.get(si), st, state);
            if (f != null) {
                forecasts.add(f);
                continue;
            }
            String sentenceSpeaker = null;
            TimeValue sentenceDate = null;
            List<SpeechFinder.Speech> speeches = speechFinder.find(v);
            for (SpeechFinder.Speech sp : speeches) {
                TimeValue own = speechDate(v, sp, st);
                for (Actor speaker : sp.speakers()) {
                    // Reported speech without a date of its own shares the date of the same side's last dated
                    // statement ("Russia declared on Friday …", then "according to Peskov, …").
                    String side = state.actingCountry(speaker.iri()) != null ? state.actingCountry(speaker.iri())
                        : speaker.iri();
                    // …or, further away, the article's news day: its first statement dated within a week of
                    // publication.
                    Integer sideSentence = lastSentenceBySide.get(side);
                    TimeValue date = own != null ? own
                        : sideSentence != null && si - sideSentence <= 6 ? lastDateBySide.get(side) : newsDay;
                    if (date == null && si - lastStatementSentence <= 2) {
                        date = lastStatementDate;
                    }
                    if (own != null && own.isResolved()) {
                        lastDateBySide.put(side, own);
                        lastSentenceBySide.put(side, si);
                        if (newsDay == null && nearPublication(own, article)) {
                            newsDay = own;
                        }
                        lastStatementDate = own;
                        lastStatementSentence = si;
                    }
                    if (sentenceSpeaker == null) {
                        sentenceSpeaker = speaker.iri();
                        sentenceDate = date;
                    }
                    if (v.sentence.kind().isHeadline()) {
                        continue;
                    }
                    // "…, and Vyacheslav Volodin said …": who speaks next in the sentence is not spoken about
                    Set<String> otherSpeakers = new java.util.HashSet<>();
                    speeches.stream().filter(o -> o != sp).forEach(o -> o.speakers().forEach(a -> otherSpeakers.add(a.iri())));
                    otherSpeakers.remove(speaker.iri());
                    Actor target = statementTarget(v, sp, speaker, state, otherSpeakers);
                    String code = speechFinder.tone(v, sp);
                    if (code.equals("130")) {
                        Actor threatened = threatenedPerson(v, sp, speaker);
                        target = threatened != null ? threatened : threatener(v, sp, target) ? null : target;
                    }
                    if (code.startsWith("1")) {
                        // "He told Mr Biden that China would not allow …", "warned Mr Xi that …, referring to
                        // Taiwan": a hostile statement is aimed at whom it was told to, not at what it is about
                        Actor told = addressee(v, sp, speaker, state);
                        target = told != null ? told : target;
                    }
                    if (target == null && code.equals("130")) {
                        // "Pakistan would respond at the time and place of its choosing": a threat names no one
                        // when it answers an act just reported; it is aimed at whoever did that act.
                        target = state.adversary(List.of(speaker), si, 6).stream().findFirst().orElse(null);
                    }
                    // A hopeful comment counts without a target ("called the deal a beacon of hope"); anything
                    // else must be about someone.
                    if (target == null && (!code.equals("013") || !aboutAnAct(v, sp))) {
                        continue;
                    }
                    double conf = 0.7 * (target == null ? 0.8 * speaker.evidence() : Math.min(speaker.evidence(), target.evidence()));
                    if (code.equals("010")) {
                        // A neutral remark stays a quote, not an event: coded as 010 when about a relationship, it
                        // found no gold statement on the dev set and added twelve false ones (docs/quality.md).
                        continue;
                    }
                    for (Actor t : target == null ? java.util.Collections.<Actor>singletonList(null)
                        : coordinatedWith(v, target, sp, speaker, state)) {
                        events.add(new EventFact(code, speaker.iri(), t == null ? null : t.iri(), false, date, null, si,
                            span(v, sp.start(), sp.end()), round(code.equals("010") ? conf : conf * 1.05), Lexicon.LEX
                            + "statement", List.of(), null, v.text(sp.from(), sp.to()), -1));
                    }
                }
            }
            if (sentenceSpeaker != null) {
                lastSpeaker = sentenceSpeaker;
            }
            speakerOf.put(si, sentenceSpeaker);
            if (!v.sentence.kind().isHeadline()) {
                List<EventFinder.Found> found = eventFinder.find(v, state);
                int first = events.size();
                List<EventFact> facts = new ArrayList<>();
                for (EventFinder.Found fd : found) {
                    facts.addAll(toFacts(v, fd, st, state, sectionDay.get(si) != null ? sectionDay.get(si) : leadDay));
                }
                events.addAll(dedupe(facts));
                linkResponses(v, events, first);
            }
            assessments.addAll(assessmentFinder.find(v, state, sentenceSpeaker, sentenceSpeaker == null ? null
                : sentenceDate));
        }
        events = consolidate(events);
        List<Quote> quotes = quotes(text, speakerOf);
        List<Entity> entities = state.entitiesInOrder();
        return new Extraction(article, text, entities, new LinkedHashMap<>(state.facts), mentions, events, quotes,
            assessments, forecasts, state.conflicts, Version.get());
    }

    // ---------------------------------------------------------------------------------------------- events

    private List<EventFact> toFacts(SentenceView v, EventFinder.Found f, List<TimeExpression> times, ArticleState state,
                                    TimeValue leadDay) {
        List<EventFact> out = new ArrayList<>();
        TimeValue date = eventDate(v, f.start(), times);
        if (date != null && date.precision() == TimeValue.Precision.DAY && state.published != null
            && date.firstDay().map(d -> d.isAfter(state.published)).orElse(false) && !date.text().matches(".*\\d{4}.*")
            && simplePast(v, f.start())) {
            // "began fighting on April 15" in an article of March: what happened is last year's April
            date = TimeValue.day(date.firstDay().get().minusYears(1), date.text());
        }
        if (date == null && leadDay != null && times.isEmpty() && narrativePast(v, f.start())) {
            // A news report tells its story in the simple past: an undated act in it happened on the day the
            // article reports, unless the sentence dates it otherwise or sets it back ("had", "since").
            date = TimeValue.inferredFrom(leadDay);
        }
        TextSpan trigger = span(v, f.start(), f.end());
        String place = f.place() == null ? null : f.place().iri();
        String treaty = f.treaty() == null ? null : f.treaty().iri();
        double base = f.pattern().strength() * f.factor();
        if (!f.released().isEmpty()) {
            // A release is coded from who releases to whom is released (the gold convention of CAMEO 0841).
            for (Entity person : f.released()) {
                String releaser = releaser(f, person, state);
                if (releaser == null) {
                    continue;
                }
                double evidence = f.sources().isEmpty() ? 0.6 : f.sources().get(0).evidence();
                out.add(new EventFact(f.cameo(), releaser, person.iri(), false, date, place, v.sentence.index(),
                    trigger, round(base * evidence), f.pattern().id(), List.of(person.iri()), treaty, null, -1));
            }
            return out;
        }
        List<Actor> sources = f.sources();
        List<Actor> targets = f.targets();
        if (targets.isEmpty() && f.treaty() != null && !sources.isEmpty() && !(f.symmetric() && sources.size() >= 2)) {
            // "Russia suspended its participation in New START": the other party, when there is just one, is the
            // target; the two who sign a treaty remain each other's.
            String side = state.actingCountry(sources.get(0).iri());
            List<String> others = new ArrayList<>();
            for (String party : lexicon.gazetteer().treatyParties(f.treaty().iri())) {
                if (!party.equals(side) && !party.equals(sources.get(0).iri())) {
                    others.add(party);
                }
            }
            if (others.size() == 1) {
                targets = List.of(new Actor(others.get(0), 0.7));
            }
        }
        if (sources.isEmpty() && targets.size() >= 2 && (f.symmetric() || f.pattern().reciprocal())) {
            // "US-Russian negotiations were cancelled": the two sides, in the order the text names them.
            sources = List.of(targets.get(0));
            targets = targets.subList(1, targets.size());
        }
        List<Actor[]> pairs = new ArrayList<>();
        if (sources.isEmpty()) {
            return out; // an act without an identifiable actor is not coded
        } else if (targets.isEmpty()) {
            if (f.symmetric() && sources.size() >= 2) {
                for (int a = 0; a < sources.size(); a++) {
                    for (int b = a + 1; b < sources.size(); b++) {
                        pairs.add(new Actor[] {sources.get(a), sources.get(b)});
                    }
                }
            } else if ((TARGETLESS.stream().anyMatch(f.cameo()::startsWith)
                // "suspended its participation in the Open Skies treaty": a multilateral treaty, no one party
                || f.treaty() != null) && !f.pattern().requiresTarget()) {
                sources.forEach(s -> pairs.add(new Actor[] {s, null}));
            }
        } else {
            for (Actor s : sources) {
                for (Actor t : targets) {
                    pairs.add(new Actor[] {s, t});
                }
            }
        }
        for (Actor[] p : pairs) {
            double evidence = Math.min(p[0] == null ? 1 : p[0].evidence(), p[1] == null ? 1 : p[1].evidence());
            double completeness = p[0] != null && p[1] != null ? 1.0 : 0.85;
            String code = placeCode(f.cameo(), f.place(), p, state);
            out.add(new EventFact(code, p[0] == null ? null : p[0].iri(), p[1] == null ? null : p[1].iri(),
                f.symmetric(), date, place, v.sentence.index(), trigger, round(base * evidence * completeness),
                f.pattern().id(), List.of(), treaty, f.content(), -1));
        }
        return out;
    }

    /**
     * Article-level consolidation: a statement whose sentence also reports another act by the same speaker
     * towards the same target is that act ("Putin accused Washington …, saying …" is an accusation; "Beijing
     * warned Manila" is a warning, not also a criticism by its tone); and an
     * undated report of an act the article dates elsewhere (same code, same actors) takes that date.
     */
    private static List<EventFact> consolidate(List<EventFact> events) {
        List<EventFact> out = new ArrayList<>();
        for (EventFact fact : events) {
            EventFact e = fact;
            boolean statement = (Lexicon.LEX + "statement").equals(fact.pattern());
            boolean carried = (fact.root().equals("01") || statement) && events.stream().anyMatch(o -> o != fact
                && !(Lexicon.LEX + "statement").equals(o.pattern()) && (!o.root().equals("01") || statement)
                && o.sentence() == fact.sentence() && Objects.equals(o.source(), fact.source())
                && Objects.equals(o.target(), fact.target())
                && (fact.root().equals("01") || o.trigger().begin() == fact.trigger().begin()
                    // "said they condemn Iran's attack": one criticism; "summoned the ambassador to protest
                    // against what it called 'dangerous manoeuvres'": the protest says it all
                    || o.cameo().equals(fact.cameo()) || statement && hostile(o) && hostile(fact)));
            // "Kenya and Ethiopia agreed to resume talks": the talks (036) say more than the agreeing (030)
            boolean general = fact.cameo().equals("030") && events.stream().anyMatch(o -> o != fact
                && o.sentence() == fact.sentence() && !o.cameo().equals("030") && !hostile(o)
                && (Objects.equals(o.source(), fact.source()) && Objects.equals(o.target(), fact.target())
                    || Objects.equals(o.source(), fact.target()) && Objects.equals(o.target(), fact.source())));
            if (carried || general) {
                continue;
            }
            if (e.date() == null || !e.date().isResolved()) {
                TimeValue shared = null;
                int dated = 0;
                for (EventFact o : events) {
                    if (o.cameo().equals(e.cameo()) && Objects.equals(o.source(), e.source())
                        && Objects.equals(o.target(), e.target()) && o.date() != null && o.date().isResolved()
                        && (shared == null || !shared.iso().equals(o.date().iso()))) {
                        shared = o.date();
                        dated++;
                    }
                }
                if (dated == 1) {
                    e = e.withDate(shared);
                }
            }
            out.add(e);
        }
        return out;
    }

    /**
     * A consultation (040) refined by where it was held: in a country neither side belongs to, a meeting at a
     * third location (044); in one side's country, a visit (042) by the other side.
     */
    private static String placeCode(String cameo, Entity place, Actor[] pair, ArticleState state) {
        if (!cameo.equals("040") || place == null || pair[0] == null || pair[1] == null) {
            return cameo;
        }
        String placeCountry = place.kind() == EntityKind.COUNTRY ? place.iri() : place.country();
        if (placeCountry == null) {
            return cameo;
        }
        String a = state.actingCountry(pair[0].iri());
        String b = state.actingCountry(pair[1].iri());
        if (a == null || b == null || a.equals(b)) {
            return cameo;
        }
        if (placeCountry.equals(b)) {
            return "042";
        }
        return placeCountry.equals(a) ? "043" : "044";
    }

    /**
     * Who released a person: the sentence's actor if it names one; else the country of the article's main
     * pair that is not the person's (a person of unknown country is taken to be on the side of others
     * released with them).
     */
    private static String releaser(EventFinder.Found f, Entity person, ArticleState state) {
        for (Actor a : f.sources()) {
            return a.iri();
        }
        String side = state.actingCountry(person);
        for (Entity other : f.released()) {
            if (side == null) {
                side = state.actingCountry(other);
            }
        }
        List<String> dyad = state.dyad();
        if (side == null) {
            return dyad.isEmpty() ? null : dyad.get(0);
        }
        for (String d : dyad) {
            if (!d.equals(side)) {
                return d;
            }
        }
        return null;
    }

    /** "THURSDAY, AUG. 4" as "Thursday, Aug. 4" (same length, so offsets hold); other text unchanged. */
    static String titleCaseIfShouted(String s) {
        if (s.chars().anyMatch(Character::isLowerCase) || s.chars().noneMatch(Character::isLetter)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            b.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return b.toString();
    }

    /**
     * The first day-precise date of the article within a week before publication, a dateline's filing day aside:
     * the day its news happened.
     */
    private static TimeValue leadDay(List<Sentence> sentences, List<List<TimeExpression>> times, Article article) {
        for (int i = 0; i < times.size(); i++) {
            if (sentences.get(i).kind() == BlockKind.DATELINE || sentences.get(i).kind().isHeadline()) {
                continue;
            }
            for (TimeExpression t : times.get(i)) {
                if (nearPublication(t.value(), article)) {
                    return t.value();
                }
            }
        }
        return null;
    }

    /**
     * Whether the trigger (or the verb governing a noun trigger) is a simple past not set back in time: "released",
     * "met", "imposed sanctions"; not "had released", "has denied", "since Russia invaded".
     */
    private boolean narrativePast(SentenceView v, int trigger) {
        int k = trigger;
        if (!v.isVerb(k)) {
            k = -1;
            for (int j = trigger - 1; j >= Math.max(0, trigger - 4); j--) {
                if (v.isVerb(j)) {
                    k = j;
                    break;
                }
            }
            if (k < 0) {
                return false;
            }
        }
        String w = v.lower(k);
        if (!SentenceView.simplePastForm(w, lexicon)) {
            return false;
        }
        for (int j = k - 1; j >= 0; j--) {
            String x = v.lower(j);
            if (v.isBoundary(j) || v.isComma(j)) {
                break;
            }
            if (x.equals("had") || x.equals("has") || x.equals("have") || SentenceView.SUBORDINATORS.contains(x)) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.Set<String> PRESENT_OR_FUTURE = java.util.Set.of("will", "would", "is", "are", "be", "to");

    /** Whether the trigger, or the verb right before a gerund trigger ("began fighting"), is a simple past. */
    private boolean simplePast(SentenceView v, int trigger) {
        int k = v.lower(trigger).endsWith("ing") && trigger > 0 ? trigger - 1 : trigger;
        String w = v.lower(k);
        boolean past = v.isVerb(k) && SentenceView.simplePastForm(w, lexicon);
        for (int j = k - 1; past && j >= Math.max(0, k - 3); j--) {
            past = !PRESENT_OR_FUTURE.contains(v.lower(j)); // "is scheduled", "to be held"
        }
        return past;
    }

    private static boolean nearPublication(TimeValue t, Article article) {
        return article.published() != null && t.precision() == TimeValue.Precision.DAY
            && t.firstDay().map(d -> !d.isAfter(article.published()) && !d.isBefore(article.published().minusDays(7)))
                .orElse(false);
    }

    /** The time nearest the trigger, preferring one in the same clause. */
    private static TimeValue eventDate(SentenceView v, int trigger, List<TimeExpression> times) {
        TimeValue before = daysBefore(v, trigger, times);
        if (before != null) {
            return before;
        }
        TimeExpression best = null;
        int bestScore = Integer.MAX_VALUE;
        int at = v.t.get(trigger).begin();
        for (TimeExpression t : times) {
            if (yearModifier(v, t)) {
                continue; // "suspend a 2018 military agreement": the agreement's year, not the act's
            }
            if (comparisonBaseline(v, t)) {
                continue; // "the first visit by a secretary of state since 1945": the last time, not this one
            }
            int dist = t.begin() >= at ? t.begin() - at : at - t.end();
            boolean crosses = crossesClause(v, Math.min(at, t.begin()), Math.max(at, t.begin()));
            int score = dist + (crosses ? 1000 : 0) + (t.begin() < at ? 20 : 0);
            if (score < bestScore) {
                best = t;
                bestScore = score;
            }
        }
        return best == null ? null : best.value();
    }

    private static final Set<String> RECORD_WORDS = Set.of("first", "largest", "biggest", "worst",
        "highest", "lowest", "deadliest", "longest", "closest");

    /** A time after "since" in a sentence that sets a record: "the first such visit since 1945", "the worst crisis since 2017". */
    private static boolean comparisonBaseline(SentenceView v, TimeExpression t) {
        for (int k = 1; k < v.size(); k++) {
            if (v.t.get(k).begin() == t.begin()) {
                if (!v.lower(k - 1).equals("since")) {
                    return false;
                }
                for (int j = 0; j < k - 1; j++) {
                    if (RECORD_WORDS.contains(v.lower(j))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** A bare year between a determiner and a noun: "a 2018 military agreement", "the 2015 nuclear deal". */
    private static boolean yearModifier(SentenceView v, TimeExpression t) {
        for (int k = 1; k + 1 < v.size(); k++) {
            if (v.t.get(k).begin() == t.begin() && v.t.get(k).end() == t.end() && v.t.get(k).text().matches("\\d{4}")) {
                String before = v.pos(k - 1);
                String after = v.pos(k + 1);
                return (before.equals("DET") || before.equals("PRON") || v.lower(k - 1).equals("'s")
                    || v.lower(k - 1).equals("’s")) && (after.equals("NOUN") || after.equals("ADJ") || after.equals("PROPN"));
            }
        }
        return false;
    }

    /**
     * "India on Tuesday ordered a Canadian diplomat to leave, a day after Canada expelled an Indian one": an act in
     * a clause that "a day / two days / a week after" opens happened that long before the day the sentence names
     * first. Null when the sentence has no such phrase before the trigger or names no day before it.
     */
    private static TimeValue daysBefore(SentenceView v, int trigger, List<TimeExpression> times) {
        for (int k = trigger - 1; k >= 2 && k >= trigger - 8; k--) {
            if (v.isComma(k) || v.isBoundary(k)) {
                return null;
            }
            if (!v.lower(k).equals("after")) {
                continue;
            }
            String unit = v.lower(k - 1);
            int days = unit.startsWith("day") ? 1 : unit.startsWith("week") ? 7 : 0;
            int count = switch (v.lower(k - 2)) {
                case "a", "one", "the" -> 1;
                case "two" -> 2;
                case "three" -> 3;
                case "four" -> 4;
                case "five" -> 5;
                default -> 0;
            };
            if (days == 0 || count == 0) {
                return null;
            }
            int phrase = v.t.get(k - 2).begin();
            TimeExpression base = null;
            for (TimeExpression t : times) {
                if (t.end() <= phrase && t.value() != null && t.value().precision() == TimeValue.Precision.DAY) {
                    base = t;
                }
            }
            if (base == null) {
                return null;
            }
            return TimeValue.day(java.time.LocalDate.parse(base.value().iso()).minusDays((long) days * count),
                v.text(k - 2, k + 1) + " " + base.value().text());
        }
        return null;
    }

    private static boolean crossesClause(SentenceView v, int fromChar, int toChar) {
        for (int k = 0; k < v.size(); k++) {
            int b = v.t.get(k).begin();
            if (b > fromChar && b < toChar && (v.isComma(k) || v.isBoundary(k))) {
                return true;
            }
        }
        return false;
    }

    /** When something was said: a time next to the speech verb or before what was said. */
    private static TimeValue speechDate(SentenceView v, SpeechFinder.Speech sp, List<TimeExpression> times) {
        int verbBegin = v.t.get(sp.start()).begin();
        int contentBegin = sp.from() < v.size() ? v.t.get(sp.from()).begin() : v.sentence.end();
        for (TimeExpression t : times) {
            boolean betweenVerbAndContent = t.begin() >= verbBegin && t.end() <= contentBegin;
            boolean rightAfterVerb = t.begin() >= verbBegin && t.begin() - v.t.get(sp.end() - 1).end() <= 4;
            boolean beforeVerbInClause = t.end() <= verbBegin && !crossesClause(v, t.end(), verbBegin)
                && sp.from() > sp.start();
            // "'…', the spokesman told a news conference in Tehran on Tuesday": what was said came first
            boolean afterTrailingVerb = sp.to() <= sp.start() && t.begin() >= verbBegin
                && !crossesClause(v, v.t.get(sp.end() - 1).end(), t.begin());
            if (betweenVerbAndContent || rightAfterVerb || beforeVerbInClause || afterTrailingVerb) {
                return t.value();
            }
        }
        return null;
    }

    /**
     * "said the United States, Britain and Australia were walking down a dangerous path": a statement about one
     * of several coordinated actors is about each of them.
     */
    private static List<Actor> coordinatedWith(SentenceView v, Actor target, SpeechFinder.Speech sp, Actor speaker,
                                               ArticleState state) {
        for (Np n : v.nps) {
            if (n.start() < sp.from() || n.end() > sp.to() || v.actors(n).stream().noneMatch(a -> a.iri().equals(target.iri()))) {
                continue;
            }
            List<Np> group = v.coordinated(n, true);
            if (group.size() < 2) {
                group = v.groupFrom(n);
            }
            String own = state.actingCountry(speaker.iri());
            java.util.Set<String> speakerQualifiers = new java.util.HashSet<>(); // "NATO Secretary General Stoltenberg"
            for (Np subject : v.subjectOf(sp.start())) {
                subject.modifiers().forEach(m -> speakerQualifiers.add(m.entity().iri()));
            }
            List<Actor> out = new ArrayList<>();
            for (Actor a : v.actors(group)) {
                if (!a.iri().equals(speaker.iri()) && (own == null || !own.equals(state.actingCountry(a.iri())))
                    && !speakerQualifiers.contains(a.iri())
                    && out.stream().noneMatch(x -> x.iri().equals(a.iri()))) {
                    out.add(a);
                }
            }
            return out.isEmpty() ? List.of(target) : out;
        }
        return List.of(target);
    }

    /**
     * Whom a statement is about: the first actor it names that is not the speaker's side, or, for
     * "bilateral ties" and "the two countries", the other speaker or the other country of the article's main
     * pair.
     */
    /**
     * "When Vystrcil travelled to Taipei, Wang Yi warned that he would pay a heavy price": a threat whose content
     * opens with "he" or "she" is aimed at the other person the sentence names before the speaker.
     */
    private static Actor threatenedPerson(SentenceView v, SpeechFinder.Speech sp, Actor speaker) {
        int k = sp.from() < v.size() && v.lower(sp.from()).equals("that") ? sp.from() + 1 : sp.from();
        if (k >= v.size() || !(v.lower(k).equals("he") || v.lower(k).equals("she"))) {
            return null;
        }
        Actor found = null;
        for (Mention m : v.mentions) {
            if (m.end() <= sp.start() && m.entity().kind() == EntityKind.PERSON && !m.entity().iri().equals(speaker.iri())) {
                found = v.actorOf(m);
            }
        }
        return found;
    }

    /** Whether what was said names an act ("the deal is a beacon of hope", "the talks were constructive"). */
    private boolean aboutAnAct(SentenceView v, SpeechFinder.Speech sp) {
        for (int k = sp.from(); k < sp.to(); k++) {
            if (lexicon.triggers(v.lower(k)).stream().anyMatch(t -> !t.verb())) {
                return true;
            }
        }
        return false;
    }

    /** Whom a statement was told to: a name between the speech verb and what was said ("told Mr Biden that …"). */
    private static Actor addressee(SentenceView v, SpeechFinder.Speech sp, Actor speaker, ArticleState state) {
        if (!v.lower(sp.start()).startsWith("told") && !v.lower(sp.start()).startsWith("tell")
            && !v.lower(sp.start()).startsWith("warn")) {
            return null;
        }
        // the verb's object itself, a person or an actor named as such: not "told Irish radio", "told a news
        // conference in Brussels"
        Np object = sp.end() < v.size() ? v.np(sp.end()) : null;
        if (object == null || object.start() != sp.end() || object.headName() == null || object.end() > sp.from()
            || object.headName().isDemonym() || object.headName().entity().kind() == EntityKind.CITY
            && object.headName().entity().metonymFor() == null) {
            return null;
        }
        Actor a = v.actorOf(object.headName());
        String side = state.actingCountry(speaker.iri());
        return a != null && !a.iri().equals(speaker.iri()) && (side == null || !side.equals(state.actingCountry(a.iri())))
            ? a : null;
    }

    private static final Set<String> RETALIATION_VERBS = Set.of("respond", "retaliate", "take", "react", "answer",
        "hit", "strike", "use", "impose", "adopt");

    /** "Yildirim said Turkey would respond in the harshest way": the subject of the threat's "would" makes it. */
    private static boolean threatener(SentenceView v, SpeechFinder.Speech sp, Actor target) {
        if (target == null) {
            return false;
        }
        int k = sp.from() < v.size() && v.lower(sp.from()).equals("that") ? sp.from() + 1 : sp.from();
        for (Mention m : v.mentions) {
            if (m.start() == k && m.end() < sp.to() && m.entity().iri().equals(target.iri())
                && (v.lower(m.end()).equals("would") || v.lower(m.end()).equals("will")) && m.end() + 1 < v.size()
                && RETALIATION_VERBS.contains(v.lower(m.end() + 1))) {
                return true; // but in "North Korea would pay a price" the subject is who is threatened
            }
        }
        return false;
    }

    private Actor statementTarget(SentenceView v, SpeechFinder.Speech sp, Actor speaker, ArticleState state,
                                  Set<String> otherSpeakers) {
        String speakerCountry = state.actingCountry(speaker.iri());
        // "concerns about the council's announcement": an organisation named before and now called by its head
        // noun, when it comes before any name in what was said
        int orgAt = -1;
        Actor org = null;
        for (int k = sp.from(); k + 1 < sp.to() && org == null; k++) {
            boolean whole = v.np(k) != null && v.np(k).start() == k && (v.np(k).end() == k + 2
                || k + 2 < v.size() && SentenceView.POSSESSIVE_MARKS.contains(v.lower(k + 2)));
            Entity e = v.lower(k).equals("the") && whole && lexicon.words("orgHeads").contains(v.lower(k + 1))
                ? state.namedWithHead(v.lower(k + 1), v.sentence.index()) : null;
            if (e != null && !e.iri().equals(speaker.iri())
                && (speakerCountry == null || !speakerCountry.equals(state.actingCountry(e.iri())))) {
                org = new Actor(e.iri(), 0.6);
                orgAt = k;
            }
        }
        for (Mention m : v.mentions) {
            if (m.start() < sp.from() || m.end() > sp.to()) {
                continue;
            }
            if (org != null && m.start() > orgAt) {
                return org;
            }
            if (v.namedAsPlace(m)) {
                continue; // "any military intervention in Niger would be …": where, not whom the statement is about
            }
            Actor a = v.actorOf(m);
            if (a == null || a.iri().equals(speaker.iri()) || otherSpeakers.contains(a.iri())) {
                continue;
            }
            String c = state.actingCountry(a.iri());
            if (speakerCountry != null && speakerCountry.equals(c)) {
                continue;
            }
            return a;
        }
        if (org != null) {
            return org;
        }
        // "The three countries were 'walking down a dangerous path'": a phrase standing for actors named before.
        for (Np n : v.nps) {
            int w = n.start() < v.size() && v.lower(n.start()).equals("the") ? n.start() + 1 : n.start();
            if (n.start() < sp.from() || n.end() > sp.to() || n.headName() != null || w >= n.end()
                || !NUMBERED_REFERENCES.contains(v.lower(w))) {
                continue;
            }
            for (Actor a : v.actors(n)) {
                if (!a.iri().equals(speaker.iri())
                    && (speakerCountry == null || !speakerCountry.equals(state.actingCountry(a.iri())))) {
                    return a;
                }
            }
        }
        WordList relation = lexicon.words("relationNouns");
        boolean aboutRelation = false;
        for (int k = sp.from(); k < sp.to(); k++) {
            aboutRelation |= relation.contains(v.lower(k)) || v.lower(k).equals("bilateral");
        }
        // "Israel and the Emirates announced they would establish relations": each speaker's ties with the other.
        if (aboutRelation) {
            for (Actor other : sp.speakers()) {
                String c = state.actingCountry(other.iri());
                if (!other.iri().equals(speaker.iri()) && (speakerCountry == null || !speakerCountry.equals(c))) {
                    return other;
                }
            }
        }
        // Only a member of the article's main pair speaks of "the ties" meaning that pair's ties.
        if (aboutRelation && speakerCountry != null && state.dyad().contains(speakerCountry)) {
            for (String d : state.dyad()) {
                if (!d.equals(speakerCountry)) {
                    return new Actor(d, 0.6);
                }
            }
        }
        // "'These sanctions are illegal,' he said": about whoever did the act just reported.
        WordList anaphors = lexicon.words("eventAnaphors");
        for (int k = Math.max(1, sp.from()); k < sp.to(); k++) {
            String w = v.lower(k);
            List<org.diplomacykg.lexicon.Trigger> nouns = lexicon.triggers(w).stream().filter(t -> !t.verb()).toList();
            if (!DEICTIC.contains(v.lower(k - 1)) || !anaphors.contains(w) && nouns.isEmpty()) {
                continue;
            }
            // "the incident" is the last hostile act; "the remarks" anything said; "the decision" no reaction
            boolean incident = lexicon.words("incidentAnaphors").contains(w);
            boolean said = lexicon.words("speechAnaphors").contains(w);
            ArticleState.EventNote e = state.lastEvent(p -> nouns.isEmpty() ? incident ? CameoKinds.isIncident(p.cameo())
                    : said || !CameoKinds.isReaction(p.cameo()) : nouns.stream().anyMatch(t -> t.pattern() == p),
                v.sentence.index(), incident && nouns.isEmpty() ? 10 : 2);
            if (e == null) {
                continue;
            }
            for (Actor a : e.sources()) {
                String c = state.actingCountry(a.iri());
                if (!a.iri().equals(speaker.iri()) && (speakerCountry == null || !speakerCountry.equals(c))) {
                    return new Actor(a.iri(), a.evidence() * 0.7);
                }
            }
        }
        return null;
    }

    /** The first words of a phrase that counts the actors it stands for ("the three countries", "both sides"). */
    private static final java.util.Set<String> NUMBERED_REFERENCES = java.util.Set.of("two", "three", "four", "both");

    private static final java.util.Set<String> DEICTIC = java.util.Set.of("the", "this", "these", "that", "those", "such");

    /** "When Russia attacked Ukraine, Washington responded by imposing sanctions": the sanctions respond. */
    private void linkResponses(SentenceView v, List<EventFact> events, int first) {
        if (events.size() - first < 2) {
            return;
        }
        WordList verbs = lexicon.words("responseVerbs");
        WordList phrases = lexicon.words("responsePhrases");
        for (int c = 0; c < v.size(); c++) {
            boolean verb = verbs.matchAt(v.t, c) > 0;
            boolean phrase = phrases.matchAt(v.t, c) > 0;
            if (!verb && !phrase) {
                continue;
            }
            int cue = v.t.get(c).begin();
            int cause = -1;
            for (int k = first; k < events.size(); k++) {
                boolean before = events.get(k).trigger().begin() < cue;
                if (verb == before) {
                    cause = verb ? k : (cause < 0 ? k : cause);
                }
            }
            if (cause < 0) {
                return;
            }
            for (int k = first; k < events.size(); k++) {
                boolean after = events.get(k).trigger().begin() > cue;
                if (verb == after && k != cause) {
                    events.set(k, events.get(k).withRespondsTo(cause));
                }
            }
            return;
        }
    }

    /**
     * One fact per kind and pair of actors in a sentence: "meetings between X and Y, who last spoke in
     * person in Geneva" is one meeting. The more informed report (with a place, then a date) wins.
     */
    private static List<EventFact> dedupe(List<EventFact> facts) {
        List<EventFact> out = new ArrayList<>();
        for (EventFact f : facts) {
            int same = -1;
            boolean keepOld = false;
            for (int k = 0; k < out.size() && same < 0; k++) {
                EventFact o = out.get(k);
                boolean actors = Objects.equals(o.source(), f.source()) && Objects.equals(o.target(), f.target())
                    || (o.symmetric() || f.symmetric()) && Objects.equals(o.source(), f.target())
                    && Objects.equals(o.target(), f.source());
                boolean sameTrigger = o.trigger().equals(f.trigger());
                if (actors && o.root().equals(f.root()) && o.releasedPersons().equals(f.releasedPersons())
                    && !(sameTrigger && !o.cameo().equals(f.cameo()))) {
                    same = k;
                    int so = specificity(o.cameo());
                    int sf = specificity(f.cameo());
                    keepOld = so != sf ? so > sf : informed(f) <= informed(o); // 035 says more than 030
                } else if (actors && sameTrigger && !o.root().equals(f.root())) {
                    // One word read two ways ("welcomed the president": hosting or praise): the likelier reading.
                    same = k;
                    keepOld = f.confidence() <= o.confidence();
                }
            }
            if (same < 0) {
                out.add(f);
            } else if (!keepOld) {
                out.set(same, f);
            }
        }
        return out;
    }

    /** Complaints, criticism, threats, protests, sanctions, expulsions (CAMEO 11–17). */
    private static boolean hostile(EventFact e) {
        return e.root().compareTo("11") >= 0 && e.root().compareTo("17") <= 0;
    }

    /** How specific a code is: "030" (a root's general code) least, "0356" most. */
    private static int specificity(String cameo) {
        return cameo.length() * 2 + (cameo.endsWith("0") ? 0 : 1);
    }

    private static int informed(EventFact f) {
        return (f.place() != null ? 2 : 0) + (f.date() != null && f.date().isResolved() ? 1 : 0);
    }

    // ---------------------------------------------------------------------------------------------- quotes

    private static List<Quote> quotes(AnalyzedText text, Map<Integer, String> speakerOf) {
        List<Quote> out = new ArrayList<>();
        for (TextSpan q : QuoteFinder.find(text)) {
            int si = QuoteFinder.sentenceAt(text.sentences(), q.begin());
            if (si < 0) {
                continue;
            }
            String speaker = speakerOf.get(si);
            if (speaker == null) {
                // A quote standing alone continues the last speaker's words.
                for (int k = si - 1; k >= Math.max(0, si - 3) && speaker == null; k--) {
                    speaker = speakerOf.get(k);
                }
            }
            out.add(new Quote(q, si, speaker, text.text().substring(q.begin(), q.end())));
        }
        return out;
    }

    private static TextSpan span(SentenceView v, int from, int to) {
        return new TextSpan(v.t.get(from).begin(), v.t.get(to - 1).end());
    }

    static double round(double x) {
        return Math.round(Math.max(0.05, Math.min(0.99, x)) * 100) / 100.0;
    }
}
