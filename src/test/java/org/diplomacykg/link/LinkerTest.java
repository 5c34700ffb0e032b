package org.diplomacykg.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.diplomacykg.DiplomacyGraph;
import org.diplomacykg.extract.Extractor;
import org.diplomacykg.rdf.Iris;
import org.diplomacykg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The linker against Wikidata- and DBpedia-shaped samples ({@code src/test/resources/linking/}), on a TDB2
 * store built from the seed and two articles written for these tests. Each trap of the README is one test;
 * {@link #precisionAndRecallAgainstTheGold()} measures the linker against {@code gold-links.tsv}.
 */
class LinkerTest {
    private static final Extractor EXTRACTOR = Extractor.create();
    private static final String ID = Iris.ENTITY;
    private static final String WD = "http://www.wikidata.org/entity/";
    private static final String DBR = "http://dbpedia.org/resource/";

    @TempDir
    static Path shared;
    private static Store store;

    @TempDir
    Path tmp;

    @BeforeAll
    static void ingest() {
        store = Store.tdb2(shared.resolve("tdb2"));
        ingestInto(store, shared.resolve("articles"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** The seed and the articles of {@code linking/articles/}, written into a folder and ingested. */
    private static void ingestInto(Store s, Path folder) {
        LinkingFixtures.ingest(s, folder, EXTRACTOR);
    }

    static Path resource(String name) {
        return LinkingFixtures.resource(name);
    }

    private static LinkReport blind(String dataset) {
        return Linker.create().useKnownIds(false).name("test").build().match(store, ExternalSource.file(resource(dataset)));
    }

    private static Decision decision(LinkReport r, String entity) {
        return r.decisions().stream().filter(d -> d.entity().iri().equals(ID + entity)).findFirst()
            .orElseThrow(() -> new AssertionError(entity + " is not in the store"));
    }

    private static String target(LinkReport r, String entity) {
        return decision(r, entity).linked().map(Link::object).orElse(null);
    }

    private static Candidate candidate(Decision d, String iri) {
        return d.candidates().stream().filter(c -> c.target().iri().equals(iri)).findFirst()
            .orElseThrow(() -> new AssertionError(iri + " is not a candidate of " + d.entity().iri()));
    }

    // ---- the traps ----

    @Test
    void williamBurnsIsTheCiaDirectorNotHisNamesakes() {
        Decision d = decision(blind("wikidata-sample.ttl"), "person/william-burns");
        assertThat(d.link().object()).isEqualTo(WD + "Q1276563");
        assertThat(d.link().predicate()).isEqualTo(LinkPredicate.SAME_AS);
        assertThat(d.link().evidence()).extracting(Evidence::feature)
            .contains(Evidence.Feature.COUNTRY, Evidence.Feature.POST);
        Candidate scot = candidate(d, WD + "Q999999901");
        assertThat(scot.evidence(Evidence.Feature.COUNTRY).orElseThrow().points()).isNegative();
        assertThat(scot.confidence()).isLessThan(0.9);
        Candidate young = candidate(d, WD + "Q999999902");
        assertThat(young.evidence(Evidence.Feature.DATES).orElseThrow().points()).isNegative();
        assertThat(young.confidence()).isLessThan(0.9);
    }

    @Test
    void aNamesakeAloneIsNotLinked() {
        // The DBpedia sample has a William Burns, but not the CIA director.
        Decision d = decision(blind("dbpedia-sample.ttl"), "person/william-burns");
        assertThat(d.link()).isNull();
        assertThat(d.candidates()).hasSize(1);
        assertThat(d.verdict()).contains("below 0.90");
    }

    @Test
    void washingtonIsTheCapitalNotTheStateNorTheGovernment() {
        Decision d = decision(blind("wikidata-sample.ttl"), "city/washington-dc");
        assertThat(d.link().object()).isEqualTo(WD + "Q61");
        assertThat(candidate(d, WD + "Q1223").vetoed()).hasValueSatisfying(v -> assertThat(v).contains("state of the United States"));
        assertThat(candidate(d, WD + "Q48525").vetoed()).hasValueSatisfying(v -> assertThat(v).contains("government"));
        assertThat(candidate(d, WD + "Q23").vetoed()).isPresent();
        assertThat(decision(blind("dbpedia-sample.ttl"), "city/washington-dc").link().object())
            .isEqualTo(DBR + "Washington,_D.C.");
    }

    @Test
    void georgiaIsTheCountryNotTheUsState() {
        for (String dataset : List.of("wikidata-sample.ttl", "dbpedia-sample.ttl")) {
            Decision d = decision(blind(dataset), "country/ge");
            String state = dataset.startsWith("wikidata") ? WD + "Q1428" : DBR + "Georgia_(U.S._state)";
            assertThat(d.link().object()).isEqualTo(dataset.startsWith("wikidata") ? WD + "Q230" : DBR + "Georgia_(country)");
            assertThat(candidate(d, state).vetoed()).isPresent();
            assertThat(d.link().evidence()).extracting(Evidence::feature).contains(Evidence.Feature.CAPITAL);
        }
    }

    @Test
    void aSharedSurnameOrNameIsNotEnough() {
        LinkReport r = blind("wikidata-sample.ttl");
        Decision austin = decision(r, "person/lloyd-austin");
        assertThat(austin.link().object()).isEqualTo(WD + "Q941013");
        Candidate city = candidate(austin, WD + "Q16559");
        assertThat(city.name().level()).isEqualTo(NameMatch.Level.PARTIAL);
        assertThat(city.vetoed()).isPresent();
        Decision jordan = decision(r, "country/jo");
        assertThat(jordan.link().object()).isEqualTo(WD + "Q810");
        assertThat(candidate(jordan, WD + "Q41421").vetoed()).hasValueSatisfying(v -> assertThat(v).contains("human"));
        Decision kremlin = decision(r, "org/kremlin");
        assertThat(kremlin.link().object()).isEqualTo(WD + "Q2060629");
        assertThat(candidate(kremlin, WD + "Q133274").vetoed()).hasValueSatisfying(v -> assertThat(v).contains("fortification"));
    }

    @Test
    void variantSpellingsAreFound() {
        LinkReport wikidata = blind("wikidata-sample.ttl");
        assertThat(target(wikidata, "city/kyiv")).isEqualTo(WD + "Q1899");
        assertThat(decision(wikidata, "city/kyiv").link().evidence().get(0).reason()).contains("\"Kiev\"");
        assertThat(target(wikidata, "person/sergei-naryshkin")).isEqualTo(WD + "Q983654");
        assertThat(target(wikidata, "person/volodymyr-zelensky")).isEqualTo(WD + "Q3874799");
        LinkReport dbpedia = blind("dbpedia-sample.ttl");
        assertThat(target(dbpedia, "city/kyiv")).isEqualTo(DBR + "Kiev");
        assertThat(target(dbpedia, "city/chisinau")).isEqualTo(DBR + "Chișinău");
        assertThat(target(dbpedia, "person/sergei-naryshkin")).isEqualTo(DBR + "Sergey_Naryshkin");
        // The DBpedia office "Director of the Foreign Intelligence Service" is ours without "of Russia".
        assertThat(decision(dbpedia, "person/sergei-naryshkin").link().evidence(Evidence.Feature.POST))
            .isPresent();
    }

    @Test
    void entitiesAbsentFromTheDatasetStayUnlinked() {
        LinkReport r = blind("wikidata-sample.ttl");
        for (String absent : List.of("person/dmitry-peskov", "person/brittney-griner", "org/svr")) {
            assertThat(decision(r, absent).link()).as(absent).isNull();
            assertThat(decision(r, absent).candidates()).as(absent).isEmpty();
        }
        // Present only as namesakes: a party called "New Start", a British Trevor Reed.
        Decision treaty = decision(r, "treaty/new-start");
        assertThat(treaty.link()).isNull();
        assertThat(treaty.candidates()).allSatisfy(c -> assertThat(c.vetoed()).isPresent());
        Decision reed = decision(r, "person/trevor-reed");
        assertThat(reed.link()).isNull();
        assertThat(reed.verdict()).contains("below");
    }

    @Test
    void aCandidateWithNoCorroborationIsACloseMatchOnly() {
        Decision d = decision(blind("wikidata-sample.ttl"), "treaty/black-sea-grain-initiative");
        assertThat(d.link().predicate()).isEqualTo(LinkPredicate.CLOSE_MATCH);
        assertThat(d.link().confidence()).isEqualTo(0.90);
        LinkReport strict = Linker.create().minConfidence(0.95).useKnownIds(false).name("test").build()
            .match(store, ExternalSource.file(resource("wikidata-sample.ttl")));
        assertThat(target(strict, "treaty/black-sea-grain-initiative")).isNull();
        assertThat(strict.links()).allSatisfy(l -> assertThat(l.confidence()).isGreaterThanOrEqualTo(0.95));
    }

    @Test
    void theGazetteersQidsAreEvidenceWhenAsked() {
        LinkReport r = Linker.create().name("test").build().match(store, ExternalSource.file(resource("wikidata-sample.ttl")));
        Decision burns = decision(r, "person/william-burns");
        assertThat(burns.link().evidence(Evidence.Feature.KNOWN_ID).orElseThrow().points()).isPositive();
        assertThat(candidate(burns, WD + "Q999999901").evidence(Evidence.Feature.KNOWN_ID).orElseThrow().points()).isNegative();
        Decision treaty = decision(r, "treaty/black-sea-grain-initiative");
        assertThat(treaty.link().predicate()).isEqualTo(LinkPredicate.SAME_AS);
    }

    @Test
    void explanationShowsCandidatesScoresAndVerdicts() {
        String text = blind("wikidata-sample.ttl").explanation();
        assertThat(text).contains("person:william-burns \"William J. Burns\"", "=> wd:Q1276563", "-  wd:Q999999901",
            "country  -0.40", "refused: a state of the United States (wd:Q35657) is not a city",
            "unlinked: no candidate", "linked: owl:sameAs wd:Q61 (1.00)");
    }

    // ---- measured ----

    @Test
    void precisionAndRecallAgainstTheGold() throws IOException {
        Map<String, Map<String, String>> gold = gold();
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "%-22s %-10s %5s %5s %5s %6s %6s%n",
            "dataset", "gazetteer", "tp", "fp", "fn", "P", "R"));
        for (boolean known : List.of(false, true)) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (String dataset : gold.keySet()) {
                LinkReport r = Linker.create().useKnownIds(known).name("eval").build().match(store,
                    ExternalSource.file(resource(dataset)));
                Map<String, String> expected = gold.get(dataset);
                assertThat(r.decisions()).extracting(d -> d.entity().iri())
                    .as("gold-links.tsv lists every entity of the store for " + dataset)
                    .containsExactlyInAnyOrderElementsOf(expected.keySet());
                int[] c = score(r, expected);
                tp += c[0];
                fp += c[1];
                fn += c[2];
                report.append(line(dataset, known, c[0], c[1], c[2]));
            }
            report.append(line("ALL", known, tp, fp, fn));
            double precision = tp / (double) (tp + fp);
            double recall = tp / (double) (tp + fn);
            assertThat(precision).as("precision, gazetteer QIDs " + (known ? "used" : "ignored")).isGreaterThanOrEqualTo(0.98);
            assertThat(recall).as("recall, gazetteer QIDs " + (known ? "used" : "ignored")).isGreaterThanOrEqualTo(0.90);
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/linking-report.txt"), report.toString());
        System.out.print(report);
    }

    private static int[] score(LinkReport r, Map<String, String> expected) {
        int tp = 0;
        int fp = 0;
        for (Link l : r.links()) {
            if (l.object().equals(expected.get(l.subject()))) {
                tp++;
            } else {
                fp++;
            }
        }
        long positives = expected.values().stream().filter(t -> !t.equals("-")).count();
        return new int[] {tp, fp, (int) positives - tp};
    }

    private static String line(String dataset, boolean known, int tp, int fp, int fn) {
        return String.format(Locale.ROOT, "%-22s %-10s %5d %5d %5d %6.3f %6.3f%n", dataset, known ? "used" : "ignored", tp, fp, fn,
            tp + fp == 0 ? 1.0 : tp / (double) (tp + fp), tp + fn == 0 ? 1.0 : tp / (double) (tp + fn));
    }

    /** gold-links.tsv: dataset → entity → target or "-". */
    static Map<String, Map<String, String>> gold() throws IOException {
        Map<String, Map<String, String>> gold = new TreeMap<>();
        for (String line : Files.readAllLines(resource("gold-links.tsv"))) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("dataset\t")) {
                continue;
            }
            String[] c = line.split("\t");
            assertThat(c).as(line).hasSize(3);
            String before = gold.computeIfAbsent(c[0], k -> new LinkedHashMap<>()).put(c[1], c[2]);
            assertThat(before).as("listed twice: " + line).isNull();
        }
        return gold;
    }

    // ---- writing ----

    @Test
    void linkWritesAQueryableLinksetAndReplacesItOnRerun() {
        try (Store s = Store.memory()) {
            ingestInto(s, tmp.resolve("articles"));
            long before = quadsOutside(s, Linker.graphIri("wikidata-sample"));
            LinkReport r = Linker.create().useKnownIds(false).build().link(s, ExternalSource.file(resource("wikidata-sample.ttl")));
            assertThat(r.written()).isTrue();
            assertThat(r.graph()).isEqualTo("https://w3id.org/diplomacy-kg/graph/links/wikidata-sample");
            DiplomacyGraph g = DiplomacyGraph.open(s, EXTRACTOR);
            List<String> rows = new ArrayList<>();
            g.select("""
                PREFIX link: <https://w3id.org/diplomacy-kg/link#>
                SELECT ?s ?p ?o ?c (COUNT(?e) AS ?n) WHERE {
                  GRAPH <https://w3id.org/diplomacy-kg/graph/links/wikidata-sample> {
                    ?l a link:Link ; link:subject ?s ; link:object ?o ; link:predicate ?p ; dip:confidence ?c ; link:evidence ?e .
                    ?e link:feature ?f ; link:points ?pts .
                    ?s ?p ?o .
                  }
                } GROUP BY ?s ?p ?o ?c""", row -> rows.add(row.getResource("s").getURI() + " " + row.getResource("o").getURI()));
            assertThat(rows).hasSize(r.links().size()).contains(ID + "person/william-burns " + WD + "Q1276563");
            assertThat(g.ask("""
                ASK { GRAPH <https://w3id.org/diplomacy-kg/graph/links/wikidata-sample> {
                  ?x skos:closeMatch wd:Q113295397 .
                  <https://w3id.org/diplomacy-kg/graph/links/wikidata-sample> a <http://rdfs.org/ns/void#Linkset> ;
                      <https://w3id.org/diplomacy-kg/link#minConfidence> ?min ; dcterms:source ?src } FILTER(?min = 0.9) }""")).isTrue();
            long linkset = quads(s, Linker.graphIri("wikidata-sample"));

            // The same run again gives the same graph, not twice as much.
            Linker.create().useKnownIds(false).build().link(s, ExternalSource.file(resource("wikidata-sample.ttl")));
            assertThat(quads(s, Linker.graphIri("wikidata-sample"))).isEqualTo(linkset);

            // A run against less data replaces the linkset: only Georgia is left.
            Model georgiaOnly = ModelFactory.createDefaultModel();
            RDFDataMgr.read(georgiaOnly, resource("wikidata-sample.ttl").toString());
            georgiaOnly.removeAll(georgiaOnly.getResource(WD + "Q61"), null, null);
            georgiaOnly.removeAll(georgiaOnly.getResource(WD + "Q1276563"), null, null);
            LinkReport fewer = Linker.create().useKnownIds(false).name("wikidata-sample").build()
                .link(s, ExternalSource.model("subset", georgiaOnly));
            assertThat(fewer.links()).extracting(Link::subject).doesNotContain(ID + "city/washington-dc", ID + "person/william-burns");
            assertThat(g.ask("ASK { GRAPH <https://w3id.org/diplomacy-kg/graph/links/wikidata-sample> { ?x owl:sameAs wd:Q61 } }"))
                .isFalse();
            assertThat(g.ask("ASK { GRAPH <https://w3id.org/diplomacy-kg/graph/links/wikidata-sample> { country:ge owl:sameAs wd:Q230 } }"))
                .isTrue();
            // Nothing else was touched.
            assertThat(quadsOutside(s, Linker.graphIri("wikidata-sample"))).isEqualTo(before);
        }
    }

    private static long quads(Store s, String graph) {
        return s.read(ds -> Iter.count(ds.asDatasetGraph().find(NodeFactory.createURI(graph), null, null, null)));
    }

    private static long quadsOutside(Store s, String graph) {
        return s.read(ds -> Iter.count(ds.asDatasetGraph().find()) - Iter.count(ds.asDatasetGraph()
            .find(NodeFactory.createURI(graph), null, null, null)));
    }

    // ---- SPARQL endpoint ----

    @Test
    void anEndpointGivesTheSameLinksAsTheFile() {
        Dataset ds = DatasetFactory.create();
        RDFDataMgr.read(ds, resource("wikidata-sample.ttl").toString());
        FusekiServer server = FusekiServer.create().port(0).loopback(true).add("/wikidata", ds).build().start();
        try {
            String url = "http://localhost:" + server.getPort() + "/wikidata/sparql";
            ExternalSource endpoint = ExternalSource.open(url);
            assertThat(endpoint.suggestedName()).isEqualTo("localhost-" + server.getPort());
            LinkReport viaEndpoint = Linker.create().useKnownIds(false).name("test").build().match(store, endpoint);
            LinkReport viaFile = blind("wikidata-sample.ttl");
            assertThat(links(viaEndpoint)).isEqualTo(links(viaFile)).hasSize(25);
            // Vetoes are the same for what both find: Washington the state is refused through the endpoint too.
            assertThat(candidate(decision(viaEndpoint, "city/washington-dc"), WD + "Q1223").vetoed()).isPresent();
        } finally {
            server.stop();
        }
    }

    private static Set<String> links(LinkReport r) {
        return r.links().stream().map(l -> l.subject() + " " + l.predicate() + " " + l.object() + " " + l.confidence())
            .collect(Collectors.toCollection(TreeSet::new));
    }

    // ---- bad input ----

    @Test
    void aMissingFileIsNamed() {
        Path missing = tmp.resolve("nowhere.ttl");
        assertThatThrownBy(() -> ExternalSource.file(missing)).isInstanceOf(LinkException.class)
            .hasMessage(missing + ": no such file");
    }

    @Test
    void unreadableRdfIsNamedWithTheParserPosition() throws IOException {
        Path bad = Files.writeString(tmp.resolve("broken.ttl"), "@prefix wd: <http://www.wikidata.org/entity/> .\nwd:Q1 wd:P2 .\n");
        assertThatThrownBy(() -> ExternalSource.file(bad)).isInstanceOf(LinkException.class)
            .hasMessageStartingWith(bad + ": not readable as Turtle: ").hasMessageContaining("line: 2");
        Path empty = Files.writeString(tmp.resolve("empty.nt"), "");
        assertThatThrownBy(() -> ExternalSource.file(empty)).hasMessage(empty + ": holds no RDF triples");
        Path unknown = Files.writeString(tmp.resolve("data.xyz"), "x");
        assertThatThrownBy(() -> ExternalSource.file(unknown)).hasMessageStartingWith(unknown + ": unknown RDF syntax");
    }

    @Test
    void anUnreachableEndpointIsNamed() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/nothing/sparql";
        Linker linker = Linker.create().name("test").build();
        assertThatThrownBy(() -> linker.match(store, ExternalSource.open(url))).isInstanceOf(LinkException.class)
            .hasMessageStartingWith(url + ": SPARQL endpoint unreachable or failing");
        assertThatThrownBy(() -> ExternalSource.open("http://")).isInstanceOf(LinkException.class);
    }

    @Test
    void theGazetteersOwnLinksetNameIsReserved() {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(WD + "Q230").addProperty(org.apache.jena.vocabulary.RDFS.label, "Georgia", "en");
        assertThatThrownBy(() -> Linker.create().build().match(store, ExternalSource.model("wikidata", m)))
            .isInstanceOf(LinkException.class).hasMessageContaining("reserved");
        assertThatThrownBy(() -> Linker.create().name("Bad Name").build().match(store, ExternalSource.model("x", m)))
            .hasMessageContaining("not a linkset name");
    }
}
