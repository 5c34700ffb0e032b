package org.diplomacykg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.VOID;
import org.diplomacykg.export.CompactJsonLd;
import org.diplomacykg.export.Csv;
import org.diplomacykg.export.DatasetDescription;
import org.diplomacykg.link.Linker;
import org.diplomacykg.link.LinkingFixtures;
import org.diplomacykg.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code dkg link}, {@code dkg entities} and the export's VoID and JSON-LD options, in process. */
class LinkingCliTest {
    @TempDir
    static Path shared;
    private static Path db;

    @TempDir
    Path tmp;

    record Result(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    static Result run(Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] a = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            a[i] = args[i].toString();
        }
        int exit = Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(a);
        return new Result(exit, out.toString(), err.toString());
    }

    @BeforeAll
    static void ingest() {
        db = shared.resolve("db");
        Path articles = LinkingFixtures.writeArticles(shared.resolve("articles"));
        Result r = run("ingest", "--db", db, LinkingFixtures.SEED.toAbsolutePath(), articles);
        assertThat(r.exit()).as(r.err()).isZero();
    }

    private static long quads(Path database, String graph) {
        try (Store s = Store.tdb2(database)) {
            return s.read(ds -> graph == null ? Iter.count(ds.asDatasetGraph().find())
                : Iter.count(ds.asDatasetGraph().find(NodeFactory.createURI(graph), null, null, null)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"link", "entities"})
    void helpForTheNewCommands(String command) {
        Result r = run(command, "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Usage: dkg " + command);
        assertThat(run("--help").out()).contains(command);
    }

    @Test
    void linkWritesTheLinksetAndSaysSo() {
        Path copy = tmp.resolve("db");
        assertThat(run("ingest", "--db", copy, LinkingFixtures.SEED.toAbsolutePath()).exit()).isZero();
        Path sample = LinkingFixtures.resource("wikidata-sample.ttl");
        Result r = run("link", "--db", copy, "--with", sample);
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        String graph = Linker.graphIri("wikidata-sample");
        assertThat(r.out()).startsWith("linked ").endsWith("into <" + graph + ">\n");
        long written = quads(copy, graph);
        assertThat(written).isPositive();

        Result again = run("link", "--db", copy, "--with", sample, "--name", "second", "--min-confidence", "0.99");
        assertThat(again.exit()).isZero();
        assertThat(quads(copy, graph)).isEqualTo(written);
        assertThat(quads(copy, Linker.graphIri("second"))).isPositive();
    }

    @Test
    void explainPrintsCandidatesAndVerdicts() {
        Result r = run("link", "--db", db, "--with", LinkingFixtures.resource("wikidata-sample.ttl"), "--explain", "--dry-run",
            "--ignore-gazetteer-ids");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("=> wd:Q1276563", "refused: a state of the United States", "unlinked: no candidate")
            .contains("would link 25 of 30 entities");
        assertThat(quads(db, Linker.graphIri("wikidata-sample"))).isZero();
    }

    @Test
    void badInputIsOneLineAndExitOne() throws IOException {
        long before = quads(db, null);
        Path missing = tmp.resolve("missing.ttl");
        Result r = run("link", "--db", db, "--with", missing);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly("dkg: " + missing + ": no such file");
        assertThat(r.out()).isEmpty();

        Path broken = Files.writeString(tmp.resolve("broken.ttl"), "<a> <b> .\n");
        Result b = run("link", "--db", db, "--with", broken);
        assertThat(b.exit()).isEqualTo(1);
        assertThat(b.errLines()).hasSize(1).allMatch(l -> l.startsWith("dkg: " + broken + ": not readable as Turtle: "));

        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/wikidata/sparql";
        Result u = run("link", "--db", db, "--with", url);
        assertThat(u.exit()).isEqualTo(1);
        assertThat(u.errLines()).hasSize(1).allMatch(l -> l.startsWith("dkg: " + url + ": SPARQL endpoint unreachable"));

        Result reserved = run("link", "--db", db, "--with", LinkingFixtures.resource("wikidata-sample.ttl"), "--name", "wikidata");
        assertThat(reserved.exit()).isEqualTo(1);
        assertThat(reserved.errLines()).hasSize(1).allMatch(l -> l.contains("reserved"));

        assertThat(run("link", "--db", db).exit()).isEqualTo(2);
        assertThat(quads(db, null)).isEqualTo(before);
    }

    @Test
    void entitiesPrintsTheTable() {
        Result csv = run("entities", "--db", db);
        assertThat(csv.exit()).isZero();
        List<List<String>> rows = Csv.parse(csv.out());
        assertThat(rows.get(0)).containsExactly("entity", "label", "type", "wikidata", "mentions", "articles");
        assertThat(rows).hasSize(31).anySatisfy(r -> assertThat(r.subList(1, 4)).containsExactly("Vladimir Putin", "Person", "Q7747"));
        Result tsv = run("entities", "--db", db, "--format", "tsv");
        assertThat(tsv.out().lines().findFirst()).hasValue("entity\tlabel\ttype\twikidata\tmentions\tarticles");
        Result json = run("entities", "--db", db, "--format", "json");
        assertThat(JSON.parseAny(json.out()).getAsArray()).hasSize(30);
        Result none = run("entities", "--db", tmp.resolve("none"));
        assertThat(none.exit()).isEqualTo(1);
    }

    @Test
    void exportWithVoidAddsTheDescriptionGraph() {
        Result r = run("export", "--db", db, "--with-void", "--void-dump", "http://127.0.0.1:3030/diplomacy/data");
        assertThat(r.exit()).as(r.err()).isZero();
        Dataset ds = DatasetFactory.create();
        RDFParser.create().fromString(r.out()).lang(Lang.TRIG).parse(ds);
        Model description = ds.getNamedModel(DatasetDescription.GRAPH);
        long stored = quads(db, null);
        assertThat(description.getResource(DatasetDescription.DATASET).getProperty(VOID.triples).getLong()).isEqualTo(stored);
        assertThat(description.getResource(DatasetDescription.DATASET).getPropertyResourceValue(VOID.sparqlEndpoint).getURI())
            .isEqualTo(ExportCommand.DEFAULT_ENDPOINT);
        assertThat(Iter.count(ds.asDatasetGraph().find())).isEqualTo(stored + description.size());
    }

    @Test
    void jsonLdExportIsCompactedWithTheContext() {
        Result inline = run("export", "--db", db, "--format", "jsonld");
        assertThat(inline.exit()).isZero();
        assertThat(JSON.parse(inline.out()).get("@context").isObject()).isTrue();
        assertThat(inline.out()).contains("\"cameoCode\"", "\"sourceActor\"");
        Result referenced = run("export", "--db", db, "--format", "jsonld", "--jsonld-context", CompactJsonLd.CONTEXT_URL);
        assertThat(JSON.parse(referenced.out()).get("@context").getAsString().value()).isEqualTo(CompactJsonLd.CONTEXT_URL);
        Result wrong = run("export", "--db", db, "--format", "trig", "--jsonld-context", CompactJsonLd.CONTEXT_URL);
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.errLines()).containsExactly("dkg: --jsonld-context goes with --format jsonld, not trig");
    }
}
