package org.diplomacykg.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplomacykg.DiplomacyGraph;
import org.diplomacykg.article.Article;
import org.diplomacykg.article.ArticleReader;
import org.diplomacykg.article.Overrides;
import org.diplomacykg.extract.Extractor;
import org.diplomacykg.rdf.ExtractionWriter;
import org.diplomacykg.rdf.Iris;
import org.diplomacykg.store.Store;
import org.diplomacykg.vocab.DIP;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The SHACL shapes against the extractor's real output, and against a graph broken on purpose. */
class ShapeCheckTest {
    private static final Path SEED = Path.of("seeds/000_3f1b89652e64c667.txt");
    private static final Path ARTICLES = Path.of("src/test/resources/articles");
    private static final Path BROKEN = Path.of("src/test/resources/graphs/broken.trig");
    private static final String A = Iris.ARTICLE + "test0000000001";

    private static Extractor extractor;
    private static ExtractionWriter writer;

    @BeforeAll
    static void extractor() {
        extractor = Extractor.create();
        writer = new ExtractionWriter(extractor.lexicon().gazetteer());
    }

    private static Dataset extract(Path file) {
        Dataset all = DatasetFactory.create();
        for (Article a : ArticleReader.read(file, Overrides.NONE)) {
            Dataset d = writer.write(extractor.extract(a));
            d.listNames().forEachRemaining(g -> all.getNamedModel(g).add(d.getNamedModel(g)));
        }
        return all;
    }

    private static void assertConforms(ShapeReport r) {
        assertThat(r.lines()).as(r.summary()).isEmpty();
        assertThat(r.conforms()).isTrue();
        assertThat(r.summary()).isEqualTo("conforms: no SHACL violations");
    }

    @Test
    void seedExtractionConforms() {
        assertConforms(ShapeCheck.validate(extract(SEED)));
    }

    static Stream<Path> articles() {
        return ArticleReader.articleFiles(ARTICLES).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void everyTestArticleConforms(Path article) {
        assertConforms(ShapeCheck.validate(extract(article)));
    }

    @Test
    void htmlArticlesAreAmongThem() {
        assertThat(articles().map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".html"));
    }

    @Test
    void storeWithSeveralArticlesConforms(@TempDir Path dir) {
        try (Store store = Store.tdb2(dir.resolve("tdb2"))) {
            DiplomacyGraph g = DiplomacyGraph.open(store, extractor);
            g.ingest(ArticleReader.read(SEED, Overrides.NONE));
            g.ingest(ArticleReader.read(ARTICLES.resolve("004-eu-tenth-sanctions-package.html"), Overrides.NONE));
            g.ingest(ArticleReader.read(ARTICLES.resolve("001-new-start-suspension.txt"), Overrides.NONE));
            assertConforms(ShapeCheck.validate(store));
        }
    }

    @Test
    void brokenGraphIsReportedOnExactlyTheBrokenNodes() {
        ShapeReport r = ShapeCheck.validate(RDFDataMgr.loadDataset(BROKEN.toString()));
        assertThat(r.conforms()).isFalse();
        Map<String, List<String>> paths = r.violations().stream()
            .collect(Collectors.groupingBy(Violation::focusNode, Collectors.mapping(Violation::path, Collectors.toList())));
        assertThat(paths).containsOnly(
            Map.entry(Iris.EVENT + "0000000000000002", List.of("")),                 // no actor
            Map.entry(Iris.EVENT + "0000000000000003", List.of("dip:date")),         // 2023-02-30
            Map.entry(Iris.EVENT + "0000000000000004", List.of("dip:cameoCode")),    // 164 for cameo:163
            Map.entry(A + "#event-5", List.of("dip:confidence")),                    // 1.5
            Map.entry(A + "#event-6", List.of("dip:sentence")),                      // ends at 68 > 66 code points
            Map.entry(A + "#char=22,28", List.of("nif:anchorOf")),                   // "Rusia"
            Map.entry(Iris.ENTITY + "person/no-label", List.of("rdfs:label")));      // no label
        assertThat(r.violations()).allMatch(v -> v.severity().equals("Violation"));
        assertThat(r.summary()).isEqualTo("does not conform: 7 results on 7 nodes");
        assertThat(r.lines()).hasSize(7)
            .anyMatch(l -> l.startsWith("event:0000000000000002") && l.contains("no actor"))
            .anyMatch(l -> l.contains("#event-5") && l.contains("[0,1]"))
            .anyMatch(l -> l.contains("\"Rusia\""))
            .anyMatch(l -> l.startsWith("person:no-label  rdfs:label"));
    }

    @Test
    void brokenGraphValidatesTheSameAsOneModel() {
        Dataset ds = RDFDataMgr.loadDataset(BROKEN.toString());
        Model m = ModelFactory.createDefaultModel();
        ds.listNames().forEachRemaining(g -> m.add(ds.getNamedModel(g)));
        assertThat(ShapeCheck.validate(m).focusNodes()).isEqualTo(ShapeCheck.validate(ds).focusNodes());
    }

    /** The seed's extraction, as one model, with the ontology, to break in the tests below. */
    private static Model seedModel() {
        Dataset ds = extract(SEED);
        Model m = ModelFactory.createDefaultModel();
        ds.listNames().forEachRemaining(g -> m.add(ds.getNamedModel(g)));
        return m;
    }

    private static Resource dip(String local) {
        return ResourceFactory.createResource(DIP.NS + local);
    }

    private static Resource firstOfType(Model m, Resource type) {
        return m.listSubjectsWithProperty(RDF.type, type).toList().stream()
            .min((a, b) -> a.getURI().compareTo(b.getURI())).orElseThrow();
    }

    @Test
    void eventWithoutSubclassIsReported() {
        Model m = seedModel();
        Resource meeting = firstOfType(m, dip("Meeting"));
        m.remove(meeting, RDF.type, dip("Meeting"));
        ShapeReport r = ShapeCheck.validate(m);
        assertThat(r.focusNodes()).containsExactly(meeting.getURI());
        assertThat(r.violations().get(0).message()).contains("more specific than dip:Event");
    }

    @Test
    void eventClassThatDoesNotFitTheCodeIsReported() {
        Model m = seedModel();
        Resource meeting = firstOfType(m, dip("Meeting"));
        m.remove(meeting, RDF.type, dip("Meeting"));
        m.add(meeting, RDF.type, dip("Sanction"));
        ShapeReport r = ShapeCheck.validate(m);
        assertThat(r.focusNodes()).containsExactly(meeting.getURI());
        assertThat(r.violations()).singleElement().extracting(Violation::value).isEqualTo("dip:Sanction");
    }

    @Test
    void cameoOutsideTheSchemeAndSecondCodeAreReported() {
        Model m = seedModel();
        Resource sanction = firstOfType(m, dip("Sanction"));
        Resource aid = firstOfType(m, dip("MilitaryAid"));
        m.removeAll(sanction, DIP.cameo, null);
        m.add(sanction, DIP.cameo, m.createResource("https://example.org/not-cameo/163"));
        m.add(aid, DIP.cameoCode, "0720");
        ShapeReport r = ShapeCheck.validate(m);
        assertThat(r.focusNodes()).containsExactlyInAnyOrder(sanction.getURI(), aid.getURI());
        assertThat(r.violations()).filteredOn(v -> v.focusNode().equals(aid.getURI()))
            .extracting(Violation::path).contains("dip:cameoCode");
    }

    @Test
    void missingMentionAndMissingSentenceAreReported() {
        Model m = seedModel();
        Resource sanction = firstOfType(m, dip("Sanction"));
        Resource mention = sanction.getPropertyResourceValue(DIP.mention);
        Resource meeting = firstOfType(m, dip("Meeting"));
        Resource meetingMention = meeting.getPropertyResourceValue(DIP.mention);
        m.removeAll(sanction, DIP.mention, null);
        m.removeAll(meetingMention, DIP.sentence, null);
        ShapeReport r = ShapeCheck.validate(m);
        assertThat(r.focusNodes()).containsExactlyInAnyOrder(sanction.getURI(), meetingMention.getURI());
        assertThat(mention).isNotNull();
    }

    @Test
    void entityLabelsAreRequiredInEveryGraph() {
        Model m = seedModel();
        Resource burns = m.createResource(Iris.ENTITY + "person/william-burns");
        Resource cia = m.createResource(Iris.ENTITY + "org/cia");
        Resource treaty = m.createResource(Iris.ENTITY + "treaty/new-start");
        for (Resource r : List.of(burns, cia, treaty)) {
            List<Statement> labels = m.listStatements(r, RDFS.label, (String) null).toList();
            assertThat(labels).as(r.getURI()).isNotEmpty();
            m.remove(labels);
        }
        assertThat(ShapeCheck.validate(m).focusNodes()).containsExactlyInAnyOrder(burns.getURI(), cia.getURI(),
            treaty.getURI());
    }

    @Test
    void shapesComeFromTheClasspath() {
        assertThat(ShapeCheck.shapes().size()).isPositive();
        assertThat(ShapeCheckTest.class.getResource(ShapeCheck.SHAPES_RESOURCE)).isNotNull();
    }
}
