package org.diplomacykg.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.diplomacykg.lexicon.Gazetteer;
import org.diplomacykg.rdf.Iris;
import org.diplomacykg.store.Store;

/**
 * Links this graph's people, organisations, countries, cities and treaties to the resources of an external
 * dataset (Wikidata- or DBpedia-shaped, from a file or a SPARQL endpoint).
 *
 * <pre>{@code
 * Linker linker = Linker.create().minConfidence(0.9).name("wikidata-sample").build();
 * try (Store store = Store.tdb2(Path.of("data/tdb2"))) {
 *     LinkReport r = linker.link(store, ExternalSource.open("wikidata-sample.ttl"));
 *     System.out.print(r.explanation());
 * }
 * }</pre>
 *
 * <p>Each entity's candidates are the resources whose labels or aliases agree with its names (see
 * {@link Names}); each is scored from its names, its classes and the context the store holds (country,
 * capital, posts and their dates, the Wikidata item the gazetteer gives) as described in the table of
 * {@code Scorer}. The best candidate is linked when it reaches the minimum confidence, is not within 0.10
 * of another candidate that reaches it, and no other entity claims it with a higher score: as
 * {@code owl:sameAs} from the same-as threshold up, as {@code skos:closeMatch} below it. Nothing is linked
 * below the minimum confidence.
 *
 * <p>{@link #link} replaces the linkset graph {@code https://w3id.org/diplomacy-kg/graph/links/NAME} in one
 * write transaction; {@link #match} computes the same report and writes nothing.
 */
public final class Linker {
    /** The default minimum confidence of a link. */
    public static final double DEFAULT_MIN_CONFIDENCE = 0.90;
    /** The default confidence from which a link is {@code owl:sameAs}. */
    public static final double DEFAULT_SAME_AS_THRESHOLD = 0.95;
    /** Two candidates closer than this (in hundredths) are ambiguous. */
    static final int AMBIGUITY_MARGIN = 10;
    private static final String RESERVED = "wikidata";

    private final double minConfidence;
    private final double sameAsThreshold;
    private final boolean useKnownIds;
    private final String name;
    private final Names names;
    private volatile Gazetteer gazetteer;

    private Linker(Builder b) {
        this.minConfidence = b.minConfidence;
        this.sameAsThreshold = b.sameAsThreshold;
        this.useKnownIds = b.useKnownIds;
        this.name = b.name;
        this.names = b.names;
        this.gazetteer = b.gazetteer;
    }

    /** A builder with the defaults: minimum confidence 0.90, owl:sameAs from 0.95, known Wikidata items used. */
    public static Builder create() {
        return new Builder();
    }

    /** The IRI of the linkset graph called {@code name}. */
    public static String graphIri(String name) {
        return Iris.GRAPH + "links/" + name;
    }

    /** The linkset name for a source: the one given to the builder, else the source's suggestion. */
    public String nameFor(ExternalSource source) {
        String n = name != null ? name : source.suggestedName();
        if (!n.matches("[a-z0-9][a-z0-9._-]*")) {
            throw new LinkException("'" + n + "' is not a linkset name: use lower-case letters, digits, '.', '_' and '-'");
        }
        if (n.equals(RESERVED)) {
            throw new LinkException("the linkset name '" + RESERVED + "'" + (name == null ? " (from " + source.location() + ")" : "")
                + " is reserved for the gazetteer's own Wikidata links: choose another name");
        }
        return n;
    }

    /** Scores and decides every entity of the store against the source, writing nothing. */
    public LinkReport match(Store store, ExternalSource source) {
        String graph = graphIri(nameFor(source));
        List<LocalEntity> entities = new LocalEntities(gazetteer()).read(store);
        Map<String, List<ExternalEntity>> found = source.candidates(entities, names);
        Scorer scorer = new Scorer(names, TypeTable.builtIn(), useKnownIds);
        List<Decision> decisions = new ArrayList<>();
        for (LocalEntity e : entities) {
            decisions.add(decide(e, scorer.score(e, found.getOrDefault(e.iri(), List.of()))));
        }
        return new LinkReport(source.location(), graph, oneToOne(decisions), false);
    }

    /**
     * Scores and decides every entity of the store against the source and replaces the linkset graph with the
     * links made, in one write transaction.
     */
    public LinkReport link(Store store, ExternalSource source) {
        LinkReport r = match(store, source);
        store.write(List.of(LinksetWriter.write(r, minConfidence, Math.max(minConfidence, sameAsThreshold))), List.of(r.graph()));
        return new LinkReport(r.source(), r.graph(), r.decisions(), true);
    }

    private Decision decide(LocalEntity e, List<Candidate> candidates) {
        List<Candidate> open = candidates.stream().filter(c -> c.vetoed().isEmpty()).toList();
        if (candidates.isEmpty()) {
            return new Decision(e, candidates, null, "unlinked: no candidate");
        }
        if (open.isEmpty()) {
            return new Decision(e, candidates, null, "unlinked: every candidate is of another type");
        }
        Candidate best = open.get(0);
        int min = points(minConfidence);
        if (best.points() < min) {
            return new Decision(e, candidates, null, String.format(Locale.ROOT,
                "unlinked: the best candidate, %s, scores %.2f, below %.2f", Vocab.shortForm(best.target().iri()),
                best.confidence(), minConfidence));
        }
        if (open.size() > 1 && open.get(1).points() >= min && best.points() - open.get(1).points() < AMBIGUITY_MARGIN) {
            return new Decision(e, candidates, null, String.format(Locale.ROOT,
                "unlinked: ambiguous, %s scores %.2f and %s %.2f", Vocab.shortForm(best.target().iri()), best.confidence(),
                Vocab.shortForm(open.get(1).target().iri()), open.get(1).confidence()));
        }
        LinkPredicate p = best.points() >= points(sameAsThreshold) ? LinkPredicate.SAME_AS : LinkPredicate.CLOSE_MATCH;
        Link link = new Link(e.iri(), best.target().iri(), p, best.confidence(), best.evidence());
        return new Decision(e, candidates, link, String.format(Locale.ROOT, "linked: %s %s (%.2f)", p.shortName(),
            Vocab.shortForm(link.object()), link.confidence()));
    }

    /** An external resource is linked to one entity at most: the one that scores highest, or none on a tie. */
    private static List<Decision> oneToOne(List<Decision> decisions) {
        Map<String, List<Decision>> byTarget = new HashMap<>();
        for (Decision d : decisions) {
            d.linked().ifPresent(l -> byTarget.computeIfAbsent(l.object(), k -> new ArrayList<>()).add(d));
        }
        List<Decision> out = new ArrayList<>();
        for (Decision d : decisions) {
            if (d.link() == null || byTarget.get(d.link().object()).size() == 1) {
                out.add(d);
                continue;
            }
            List<Decision> rivals = byTarget.get(d.link().object());
            double top = rivals.stream().mapToDouble(r -> r.link().confidence()).max().orElse(0);
            long atTop = rivals.stream().filter(r -> r.link().confidence() == top).count();
            if (d.link().confidence() == top && atTop == 1) {
                out.add(d);
            } else {
                String others = String.join(", ", rivals.stream().filter(r -> r != d)
                    .map(r -> Vocab.shortForm(r.entity().iri()) + String.format(Locale.ROOT, " (%.2f)", r.link().confidence())).toList());
                out.add(new Decision(d.entity(), d.candidates(), null, "unlinked: " + Vocab.shortForm(d.link().object())
                    + " is claimed as well by " + others));
            }
        }
        return out;
    }

    private static int points(double confidence) {
        return (int) Math.round(confidence * 100);
    }

    private Gazetteer gazetteer() {
        Gazetteer g = gazetteer;
        if (g == null) {
            g = Gazetteer.builtIn();
            gazetteer = g;
        }
        return g;
    }

    /** Configures a {@link Linker}. */
    public static final class Builder {
        private double minConfidence = DEFAULT_MIN_CONFIDENCE;
        private double sameAsThreshold = DEFAULT_SAME_AS_THRESHOLD;
        private boolean useKnownIds = true;
        private String name;
        private Names names = Names.builtIn();
        private Gazetteer gazetteer;

        private Builder() {}

        /** No link below this confidence (0 &lt; c ≤ 1; default 0.90). */
        public Builder minConfidence(double c) {
            if (!(c > 0 && c <= 1)) {
                throw new IllegalArgumentException("minimum confidence must be above 0 and at most 1, got " + c);
            }
            this.minConfidence = c;
            return this;
        }

        /** Links from this confidence up are owl:sameAs, those below skos:closeMatch (default 0.95). */
        public Builder sameAsThreshold(double c) {
            if (!(c > 0 && c <= 1)) {
                throw new IllegalArgumentException("same-as threshold must be above 0 and at most 1, got " + c);
            }
            this.sameAsThreshold = c;
            return this;
        }

        /**
         * Whether the Wikidata items the gazetteer already gives count as evidence (default true). Off, the
         * linker decides from names, types and context alone.
         */
        public Builder useKnownIds(boolean use) {
            this.useKnownIds = use;
            return this;
        }

        /** The linkset name (graph {@code …/graph/links/NAME}); default: derived from the source. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** The spelling-variant table (default: the built-in one). */
        public Builder names(Names names) {
            this.names = Objects.requireNonNull(names, "names");
            return this;
        }

        /** The gazetteer that describes countries and posts the store lacks (default: the built-in one). */
        public Builder gazetteer(Gazetteer gazetteer) {
            this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
            return this;
        }

        public Linker build() {
            return new Linker(this);
        }
    }
}
