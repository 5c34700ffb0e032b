package org.diplomacykg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.diplomacykg.article.Article;
import org.diplomacykg.extract.Extractor;
import org.diplomacykg.store.FailingDataset;
import org.diplomacykg.store.Store;
import org.diplomacykg.store.StoreException;
import org.diplomacykg.vocab.DIP;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiplomacyGraphTest {
    /** Building the extractor takes over a second: one for the class. */
    private static final Extractor EXTRACTOR = Extractor.create();
    private static final Path SEED = Path.of("seeds/000_3f1b89652e64c667.txt");
    private static final String ARTICLE_GRAPH = "https://w3id.org/diplomacy-kg/graph/article/";

    private static final Article SECOND = Article.builder("""
        EU Adopts New Sanctions
        BRUSSELS, March 3 — The European Union imposed new sanctions on Iran on Friday. \
        Germany and France recalled their ambassadors from Tehran.""")
        .titleLine(true).published(LocalDate.of(2023, 3, 4)).id("eu-iran-test").origin("second").build();

    /** The seed, ingested once into memory for the tests that only read. */
    private static DiplomacyGraph shared;
    private static IngestReport sharedReport;

    @TempDir
    Path dir;

    @BeforeAll
    static void ingestShared() {
        shared = DiplomacyGraph.open(Store.memory(), EXTRACTOR);
        sharedReport = shared.ingest(seed());
    }

    @AfterAll
    static void closeShared() {
        shared.close();
    }

    private static Article seed() {
        List<Article> as = Article.read(SEED);
        assertThat(as).hasSize(1);
        return as.get(0);
    }

    private static long quads(DiplomacyGraph g) {
        return g.store().read(ds -> Iter.count(ds.asDatasetGraph().find()));
    }

    private static Set<String> graphs(DiplomacyGraph g) {
        return g.store().read(ds -> {
            Set<String> names = new TreeSet<>();
            ds.listNames().forEachRemaining(names::add);
            return names;
        });
    }

    private static List<String> column(DiplomacyGraph g, String query, String var) {
        List<String> out = new ArrayList<>();
        g.select(query, row -> out.add(row.get(var).isLiteral() ? row.getLiteral(var).getLexicalForm()
            : row.get(var).toString()));
        return out;
    }

    private static void assertSeedIngested(DiplomacyGraph g, IngestReport r) {
        Article seed = seed();
        assertThat(r.articles()).hasSize(1);
        IngestReport.Article a = r.articles().get(0);
        assertThat(a.id()).isEqualTo(seed.id());
        assertThat(a.graph()).isEqualTo(ARTICLE_GRAPH + seed.id()).startsWith(ARTICLE_GRAPH);
        assertThat(a.origin()).isEqualTo(SEED.toString());
        assertThat(a.quads()).isPositive();
        assertThat(a.events()).isPositive();
        assertThat(r.events()).isEqualTo(a.events());
        assertThat(graphs(g)).contains(a.graph(), "https://w3id.org/diplomacy-kg/graph/ontology");
        assertThat(g.store().<Long>read(ds -> ds.getNamedModel(a.graph()).size())).isEqualTo(a.quads());
    }

    @Test
    void ingestIntoMemory() {
        assertThat(shared.extractor()).isSameAs(EXTRACTOR);
        assertThat(shared.store().location()).isEqualTo("memory");
        assertSeedIngested(shared, sharedReport);
        // The seed reports sanctions imposed on Russia's economy: a CAMEO 163 event.
        assertThat(shared.ask("ASK { ?e a dip:Event ; dip:cameoCode \"163\" }")).isTrue();
    }

    @Test
    void ingestIntoTdb2AndReopen() {
        Path db = dir.resolve("tdb2");
        long before;
        List<String> events;
        try (DiplomacyGraph g = DiplomacyGraph.open(Store.tdb2(db), EXTRACTOR)) {
            assertSeedIngested(g, g.ingest(seed()));
            before = quads(g);
            events = column(g, "SELECT ?e { ?e a dip:Event } ORDER BY ?e", "e");
            assertThat(events).isNotEmpty();
        }
        try (DiplomacyGraph g = DiplomacyGraph.open(Store.tdb2(db), EXTRACTOR)) {
            assertThat(quads(g)).isEqualTo(before);
            assertThat(column(g, "SELECT ?e { ?e a dip:Event } ORDER BY ?e", "e")).isEqualTo(events);
            assertThat(graphs(g)).contains(ARTICLE_GRAPH + seed().id());
        }
    }

    @Test
    void ingestingTwiceChangesNothing() {
        try (DiplomacyGraph g = DiplomacyGraph.open(Store.memory(), EXTRACTOR)) {
            IngestReport first = g.ingest(seed());
            long once = quads(g);
            Set<String> graphs = graphs(g);
            IngestReport second = g.ingest(seed());
            assertThat(quads(g)).isEqualTo(once);
            assertThat(graphs(g)).isEqualTo(graphs);
            assertThat(second).isEqualTo(first);
        }
    }

    @Test
    void eachArticleInItsOwnGraph() {
        try (DiplomacyGraph g = DiplomacyGraph.open(Store.memory(), EXTRACTOR)) {
            IngestReport r = g.ingest(List.of(seed(), SECOND));
            assertThat(r.articles()).extracting(IngestReport.Article::graph)
                .containsExactly(ARTICLE_GRAPH + seed().id(), ARTICLE_GRAPH + "eu-iran-test");
            assertThat(r.articles().get(1).origin()).isEqualTo("second");
            assertThat(column(g, "SELECT DISTINCT ?g { GRAPH ?g { ?a a dip:Article } } ORDER BY ?g", "g"))
                .containsExactly(ARTICLE_GRAPH + seed().id(), ARTICLE_GRAPH + "eu-iran-test");
            // Each article graph holds only its own article.
            assertThat(column(g, "SELECT ?a { GRAPH <" + ARTICLE_GRAPH + "eu-iran-test> { ?a a dip:Article } }", "a"))
                .containsExactly("https://w3id.org/diplomacy-kg/article/eu-iran-test");
            // Re-ingesting one article leaves the other alone.
            long seedGraph = g.store().<Long>read(ds -> ds.getNamedModel(ARTICLE_GRAPH + seed().id()).size());
            g.ingest(SECOND);
            assertThat(g.store().<Long>read(ds -> ds.getNamedModel(ARTICLE_GRAPH + seed().id()).size()))
                .isEqualTo(seedGraph);
        }
    }

    @Test
    void defaultGraphIsTheUnion() {
        DiplomacyGraph g = shared;
        List<String> events = column(g, "SELECT DISTINCT ?e { ?e a dip:Event }", "e");
        assertThat(events).isNotEmpty().allMatch(e -> e.startsWith("https://w3id.org/diplomacy-kg/event/"));
        List<String> inGraphs = column(g, "SELECT DISTINCT ?g { GRAPH ?g { ?m dip:sentence ?s } }", "g");
        assertThat(inGraphs).containsExactly(ARTICLE_GRAPH + seed().id());
        // Ontology facts from their own graph join article facts without GRAPH.
        assertThat(g.ask("ASK { ?e dip:cameo ?c . ?c skos:prefLabel ?label }")).isTrue();
    }

    /** A store whose writes fail half-way through the second dataset; everything else is the real store. */
    private record BreakingStore(Store real) implements Store {
        @Override
        public void write(List<Dataset> datasets, List<String> replace) {
            List<Dataset> broken = new ArrayList<>(datasets);
            broken.set(1, FailingDataset.after(datasets.get(1), 10));
            real.write(broken, replace);
        }

        @Override
        public <T> T read(Function<Dataset, T> action) {
            return real.read(action);
        }

        @Override
        public Dataset dataset() {
            return real.dataset();
        }

        @Override
        public String location() {
            return real.location();
        }

        @Override
        public void close() {
            real.close();
        }
    }

    @Test
    void failingIngestWritesNothing() {
        Path db = dir.resolve("tdb2");
        try (DiplomacyGraph g = DiplomacyGraph.open(Store.tdb2(db), EXTRACTOR)) {
            g.ingest(SECOND);
            long before = quads(g);
            Set<String> graphs = graphs(g);
            DiplomacyGraph broken = DiplomacyGraph.open(new BreakingStore(g.store()), EXTRACTOR);
            // SECOND's graph is replaced (deleted first), then the seed's write breaks: all of it is undone.
            assertThatThrownBy(() -> broken.ingest(List.of(SECOND, seed()))).hasMessage(FailingDataset.MESSAGE);
            assertThat(quads(g)).isEqualTo(before);
            assertThat(graphs(g)).isEqualTo(graphs).doesNotContain(ARTICLE_GRAPH + seed().id());
        }
    }

    @Test
    void queriesWithStandardPrefixesUndeclared() {
        DiplomacyGraph g = shared;
        List<String> codes = column(g, """
            SELECT ?code WHERE {
              ?e a dip:Event ; dip:cameoCode ?code ; dip:mention ?m .
              ?m prov:wasDerivedFrom ?article ; dip:sentence ?s .
              ?s nif:anchorOf ?text .
            }""", "code");
        assertThat(codes).isNotEmpty().allMatch(c -> c.matches("[0-2][0-9]{1,3}")).contains("163");
        assertThat(g.ask("ASK { ?a a dip:Article ; dcterms:issued \"2023-01-20\"^^xsd:date }")).isTrue();
        assertThat(g.ask("ASK { ?e dip:cameoCode \"999\" }")).isFalse();
        Model m = g.construct("CONSTRUCT { ?e rdf:type dip:Event } WHERE { ?e a dip:Event }");
        assertThat(m.listSubjectsWithProperty(RDF.type, DIP.Event).toList())
            .hasSize(column(g, "SELECT DISTINCT ?e { ?e a dip:Event }", "e").size());
        assertThat(m.getNsPrefixURI("dip")).isEqualTo(DIP.NS);
        Model d = g.construct("DESCRIBE ?e WHERE { ?e dip:cameoCode \"163\" } LIMIT 1");
        assertThat(d.size()).isPositive();
        // A query may still declare its own prefixes, even one of the standard names.
        assertThat(g.ask("PREFIX dip: <https://example.test/> ASK { ?e a dip:Event }")).isFalse();
    }

    @Test
    void undatedActsOfTheNarrativeCarryAnInferredDate() {
        try (DiplomacyGraph g = DiplomacyGraph.open(Store.memory(), EXTRACTOR)) {
            g.ingest(SECOND);
            // "recalled their ambassadors" has no date of its own: it takes Friday's, flagged as inferred;
            // "imposed new sanctions … on Friday" states it.
            assertThat(g.ask("ASK { ?e dip:cameoCode \"161\" ; dip:date \"2023-03-03\"^^xsd:date ; "
                + "dip:dateInferred true }")).isTrue();
            assertThat(g.ask("ASK { ?e dip:cameoCode \"163\" ; dip:date \"2023-03-03\"^^xsd:date }")).isTrue();
            assertThat(g.ask("ASK { ?e dip:cameoCode \"163\" ; dip:dateInferred ?x }")).isFalse();
        }
    }

    @Test
    void malformedQuery() {
        try (DiplomacyGraph g = DiplomacyGraph.open(Store.memory(), EXTRACTOR)) {
            assertThatThrownBy(() -> g.select("SELECT ?e WHERE {\n  ?e a dip:Event\n", row -> { }))
                .isInstanceOf(DkgException.class)
                .hasMessageStartingWith("invalid SPARQL query")
                .hasMessageContaining("at line 2, column 17");
            assertThatThrownBy(() -> g.ask("ASK { ?e dip:cameoCode ?c } }"))
                .isInstanceOf(DkgException.class)
                .hasMessageMatching("invalid SPARQL query.*line 1, column 29.*");
            assertThatThrownBy(() -> g.ask("ASK { ?e undeclared:x ?c }"))
                .isInstanceOf(DkgException.class)
                .hasMessageContaining("invalid SPARQL query")
                .hasMessageContaining("Line 1, column 10: Unresolved prefixed name: undeclared:x");
            assertThatThrownBy(() -> DiplomacyGraph.parse("SELEC ?x {}"))
                .isInstanceOf(DkgException.class)
                .hasMessageContaining("Lexical error at line 1, column 6");
            assertThatThrownBy(() -> g.select("ASK { ?s ?p ?o }", row -> { }))
                .isInstanceOf(DkgException.class).hasMessageContaining("expected a SELECT query");
        }
    }

    @Test
    void extractAndToRdfStoreNothing() {
        try (DiplomacyGraph g = DiplomacyGraph.open(Store.memory(), EXTRACTOR)) {
            assertThat(g.extract(SECOND).events()).isNotEmpty();
            Dataset d = g.toRdf(SECOND);
            assertThat(d.containsNamedModel(ARTICLE_GRAPH + "eu-iran-test")).isTrue();
            assertThat(g.store().isEmpty()).isTrue();
        }
    }

    @Test
    void closingTheGraphClosesTheStore() {
        Store s = Store.memory();
        DiplomacyGraph g = DiplomacyGraph.open(s, EXTRACTOR);
        assertThat(g.store()).isSameAs(s);
        g.close();
        assertThatThrownBy(s::isEmpty).isInstanceOf(StoreException.class).hasMessageContaining("store is closed");
        assertThatThrownBy(() -> DiplomacyGraph.open(null, EXTRACTOR)).isInstanceOf(NullPointerException.class);
    }
}
