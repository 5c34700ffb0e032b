package org.diplomacykg.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplomacykg.DiplomacyGraph;
import org.diplomacykg.article.Article;
import org.diplomacykg.article.ArticleReader;
import org.diplomacykg.article.Overrides;
import org.diplomacykg.extract.Extractor;
import org.diplomacykg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the competency questions of {@code ontology/cq/manifest.ttl}: for each, ingests its articles into a real
 * TDB2 database (one per set of articles, shared by the questions that use the same set), runs the query and
 * compares with the expected answer, as a set of rows (in order when the query has ORDER BY). An entry marked
 * {@code dcq:knownFailure} must still fail (its reason is printed), and the test fails once it passes
 * so that the mark gets removed.
 */
class CompetencyQuestionsTest {
    static final Path CQ = Path.of("ontology/cq");
    static final Path MANIFEST = CQ.resolve("manifest.ttl");
    private static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private static final String QT = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#";
    private static final String DCQ = "https://w3id.org/diplomacy-kg/cq#";

    @TempDir
    static Path dir;
    private static Extractor extractor;
    private static final Map<List<Path>, Store> STORES = new HashMap<>();

    /** One manifest entry. */
    record Entry(String id, String name, Path query, Path result, List<Path> articles, boolean knownFailure, String comment) {}

    static List<Entry> entries() {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(MANIFEST).base(MANIFEST.toAbsolutePath().toUri().toString()).parse(m);
        Property entries = m.createProperty(MF, "entries");
        Property name = m.createProperty(MF, "name");
        Property action = m.createProperty(MF, "action");
        Property result = m.createProperty(MF, "result");
        Property query = m.createProperty(QT, "query");
        Property article = m.createProperty(DCQ, "article");
        Property knownFailure = m.createProperty(DCQ, "knownFailure");
        Resource manifest = m.listSubjectsWithProperty(RDF.type, m.createResource(MF + "Manifest")).next();
        List<Entry> list = new ArrayList<>();
        for (RDFNode n : manifest.getPropertyResourceValue(entries).as(org.apache.jena.rdf.model.RDFList.class).asJavaList()) {
            Resource e = n.asResource();
            Resource a = e.getPropertyResourceValue(action);
            List<Path> articles = a.listProperties(article).toList().stream()
                .map(s -> Path.of(URI.create(s.getResource().getURI()))).sorted().toList();
            boolean known = e.hasLiteral(knownFailure, true);
            String comment = e.listProperties(RDFS.comment).toList().stream().map(s -> s.getString())
                .reduce((x, y) -> x + " " + y).orElse("");
            String id = e.getURI().substring(e.getURI().indexOf('#') + 1);
            list.add(new Entry(id, e.getProperty(name).getString(), Path.of(URI.create(a.getPropertyResourceValue(query).getURI())),
                Path.of(URI.create(e.getPropertyResourceValue(result).getURI())), articles, known, comment));
        }
        return list;
    }

    private static synchronized Store store(List<Path> articles) {
        return STORES.computeIfAbsent(articles, list -> {
            if (extractor == null) {
                extractor = Extractor.create();
            }
            Store s = Store.tdb2(dir.resolve("tdb2-" + STORES.size()));
            List<Article> all = new ArrayList<>();
            list.forEach(p -> all.addAll(ArticleReader.read(p, Overrides.NONE)));
            DiplomacyGraph.open(s, extractor).ingest(all);
            return s;
        });
    }

    @AfterAll
    static void close() {
        STORES.values().forEach(Store::close);
        STORES.clear();
    }

    @TestFactory
    Stream<DynamicTest> competencyQuestions() {
        return entries().stream().map(e -> DynamicTest.dynamicTest(e.id() + " " + e.name(), () -> run(e)));
    }

    private static void run(Entry e) throws IOException {
        String text = Files.readString(e.query());
        // Plain Jena parsing: the query must declare its own prefixes, as users paste it into the endpoint.
        Query q = QueryFactory.create(text);
        Store store = store(e.articles());
        String mismatch = store.read(ds -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                if (q.isAskType()) {
                    boolean actual = qe.execAsk();
                    boolean expected = ResultSetMgr.readBoolean(e.result().toString());
                    return actual == expected ? null : "expected " + expected + ", got " + actual;
                }
                ResultSetRewindable actual = ResultSetFactory.makeRewindable(qe.execSelect());
                ResultSetRewindable want = ResultSetFactory.makeRewindable(ResultSetMgr.read(e.result().toString()));
                boolean same = q.hasOrderBy() ? ResultSetCompare.equalsByTermAndOrder(want, actual)
                    : ResultSetCompare.equalsByTerm(want, actual);
                if (same) {
                    return null;
                }
                want.reset();
                actual.reset();
                return "expected:\n" + ResultSetFormatter.asText(want, q.getPrologue()) + "got:\n"
                    + ResultSetFormatter.asText(actual, q.getPrologue());
            }
        });
        if (e.knownFailure()) {
            if (mismatch == null) {
                fail(e.id() + " is marked dcq:knownFailure in " + MANIFEST + " but now gives the expected answer: "
                    + "remove the mark (and its comment)");
            }
            // An expected failure, checked as such: the gap is documented in the manifest and still there.
            System.out.println(e.id() + " is a known failure: " + e.comment() + "\n" + mismatch);
            return;
        }
        if (mismatch != null) {
            fail(e.id() + " " + e.name() + "\n" + mismatch);
        }
    }

    @Test
    void everyQueryStartsWithItsQuestionAndIsInTheManifest() throws IOException {
        List<Entry> entries = entries();
        assertThat(entries).hasSizeGreaterThanOrEqualTo(16);
        Set<String> listed = new TreeSet<>();
        for (Entry e : entries) {
            String first = Files.readAllLines(e.query()).get(0);
            assertThat(first).as(e.query().toString()).isEqualTo("# " + e.name());
            assertThat(e.query().getFileName().toString()).startsWith(e.id() + "-").endsWith(".rq");
            assertThat(e.result()).exists();
            assertThat(e.articles()).as(e.id()).isNotEmpty().allMatch(Files::isRegularFile);
            if (e.knownFailure()) {
                assertThat(e.comment()).as(e.id() + " says why it fails").contains("Known failure");
            }
            listed.add(e.query().getFileName().toString());
        }
        try (Stream<Path> files = Files.list(CQ)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted())
                .containsExactlyElementsOf(listed);
        }
    }
}
