package org.diplomacykg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.diplomacykg.export.Csv;
import org.diplomacykg.export.EventTable;
import org.diplomacykg.store.Store;
import org.diplomacykg.vocab.DIP;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line, in process. Every extract or ingest builds its own extractor (about a second), so the
 * database is ingested once for the class and the reading commands share it.
 */
class CliTest {
    private static final Path SEED = Path.of("seeds/000_3f1b89652e64c667.txt").toAbsolutePath();
    private static final String ARTICLE_GRAPH = "https://w3id.org/diplomacy-kg/graph/article/";
    private static final Node EVENT = DIP.Event.asNode();

    @TempDir
    static Path shared;
    private static Path db;
    private static Result ingested;

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

    private static Path fixture(String name) {
        try {
            return Path.of(CliTest.class.getResource("/cli/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long quads(Path database) {
        try (Store s = Store.tdb2(database)) {
            return s.read(ds -> Iter.count(ds.asDatasetGraph().find()));
        }
    }

    private static DatasetGraph parse(String text, Lang lang) {
        Dataset ds = DatasetFactory.create();
        RDFParser.create().fromString(text).lang(lang).parse(ds);
        return ds.asDatasetGraph();
    }

    @BeforeAll
    static void ingestSeed() {
        db = shared.resolve("db");
        ingested = run("ingest", "--db", db, SEED);
    }

    // ---- help and version ----

    @ParameterizedTest
    @ValueSource(strings = {"extract", "ingest", "query", "serve", "events", "export", "eval"})
    void helpOnEverySubcommand(String command) {
        Result r = run(command, "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Usage: dkg " + command).contains("-h, --help");
        assertThat(r.err()).isEmpty();
        Result viaHelp = run("help", command);
        assertThat(viaHelp.exit()).isZero();
        assertThat(viaHelp.out()).isEqualTo(r.out());
    }

    @Test
    void topLevelHelpListsTheCommands() {
        for (Result r : List.of(run("--help"), run())) {
            assertThat(r.exit()).isZero();
            assertThat(r.out()).startsWith("Usage: dkg").contains("extract", "ingest", "query", "serve", "events",
                "export");
        }
    }

    @Test
    void version() {
        Result r = run("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("dkg ").containsPattern("^dkg \\d+\\.\\d+\\.\\d+\\S* \\(Apache Jena 5\\.6\\.0, Java ");
        assertThat(run("ingest", "--version").out()).startsWith("dkg ");
    }

    // ---- extract ----

    @ParameterizedTest
    @CsvSource({"ttl, TURTLE", "trig, TRIG", "nq, NQUADS", "jsonld, JSONLD"})
    void extractPrintsParseableRdf(String format, String langName) {
        Result r = run("extract", SEED, "--format", format);
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        Lang lang = switch (langName) {
            case "TURTLE" -> Lang.TURTLE;
            case "TRIG" -> Lang.TRIG;
            case "NQUADS" -> Lang.NQUADS;
            default -> Lang.JSONLD;
        };
        DatasetGraph dsg = parse(r.out(), lang);
        List<Node> events = Iter.toList(Iter.map(dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), EVENT), q -> q.getSubject()));
        assertThat(events).isNotEmpty();
        if (format.equals("ttl")) {
            assertThat(Iter.toList(dsg.listGraphNodes())).isEmpty();
        } else {
            List<String> graphs = Iter.toList(Iter.map(dsg.listGraphNodes(), Node::getURI));
            assertThat(graphs).anyMatch(g -> g.startsWith(ARTICLE_GRAPH));
            String articleGraph = graphs.stream().filter(g -> g.startsWith(ARTICLE_GRAPH)).findFirst().orElseThrow();
            assertThat(dsg.getGraph(NodeFactory.createURI(articleGraph)).contains(Node.ANY, RDF.type.asNode(), EVENT))
                .isTrue();
        }
    }

    @Test
    void extractRejectsAnUnknownFormat() {
        Result r = run("extract", SEED, "--format", "xml");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly(
            "dkg: unknown RDF format 'xml' (expected ttl, trig, nq, nt or jsonld)");
        assertThat(r.out()).isEmpty();
    }

    // ---- ingest, query, events, export on one database ----

    @Test
    void ingestReportsWhatItWrote() {
        assertThat(ingested.err()).isEmpty();
        assertThat(ingested.exit()).isZero();
        assertThat(ingested.out()).containsPattern("ingested " + java.util.regex.Pattern.quote(SEED.toString())
            + " -> <" + ARTICLE_GRAPH + "[0-9a-f]{16}> \\(\\d+ events, \\d+ quads\\)")
            .contains("1 article(s) in " + db);
        assertThat(quads(db)).isPositive();
    }

    private static final String SELECT = "SELECT ?event ?code WHERE { ?event a dip:Event ; dip:cameoCode ?code } "
        + "ORDER BY ?code ?event";

    @Test
    void queryAsTable() {
        Result r = run("query", "--db", db, SELECT);
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("| event", "| code", "\"163\"", "event:");
    }

    @Test
    void queryAsCsvTsvAndJson() {
        Result csv = run("query", "--db", db, "--format", "csv", SELECT);
        assertThat(csv.exit()).isZero();
        List<List<String>> records = Csv.parse(csv.out());
        assertThat(records.get(0)).containsExactly("event", "code");
        List<String> codes = records.subList(1, records.size()).stream().map(x -> x.get(1)).toList();
        assertThat(codes).isNotEmpty().contains("163").allMatch(c -> c.matches("[0-2][0-9]{1,3}"));

        Result tsv = run("query", "--db", db, "--format", "tsv", SELECT);
        assertThat(tsv.exit()).isZero();
        List<String> lines = tsv.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("?event\t?code");
        assertThat(lines).hasSize(codes.size() + 1).contains(lines.get(0)).anyMatch(l -> l.endsWith("\t\"163\""));

        Result json = run("query", "--db", db, "--format", "json", SELECT);
        assertThat(json.exit()).isZero();
        JsonObject o = JSON.parse(json.out());
        assertThat(o.get("head").getAsObject().get("vars").getAsArray()).hasSize(2);
        JsonArray bindings = o.get("results").getAsObject().get("bindings").getAsArray();
        assertThat(bindings).hasSize(codes.size());
        List<String> jsonCodes = new ArrayList<>();
        bindings.forEach(b -> jsonCodes.add(b.getAsObject().get("code").getAsObject().get("value").getAsString().value()));
        assertThat(jsonCodes).isEqualTo(codes);
    }

    @Test
    void queryFromFile() {
        Result fromFile = run("query", "--db", db, "--format", "csv", "@" + fixture("events.rq"));
        assertThat(fromFile.exit()).isZero();
        Result inline = run("query", "--db", db, "--format", "csv",
            "SELECT ?event ?code WHERE { ?event a dip:Event ; dip:cameoCode ?code . } ORDER BY ?code");
        assertThat(Csv.parse(fromFile.out()).size()).isGreaterThan(1).isEqualTo(Csv.parse(inline.out()).size());
        Result missing = run("query", "--db", db, "@" + tmp.resolve("nope.rq"));
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.errLines()).containsExactly("dkg: " + tmp.resolve("nope.rq") + ": no such file");
    }

    @Test
    void queryAskAndConstruct() {
        Result ask = run("query", "--db", db, "ASK { ?e dip:cameoCode \"163\" }");
        assertThat(ask.exit()).isZero();
        assertThat(ask.out().strip()).isEqualTo("yes");
        assertThat(run("query", "--db", db, "ASK { ?e dip:cameoCode \"999\" }").out().strip()).isEqualTo("no");
        Result askJson = run("query", "--db", db, "--format", "json", "ASK { ?e a dip:Event }");
        assertThat(JSON.parse(askJson.out()).get("boolean").getAsBoolean().value()).isTrue();

        Result construct = run("query", "--db", db, "CONSTRUCT { ?e a dip:Event } WHERE { ?e a dip:Event }");
        assertThat(construct.exit()).isZero();
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().fromString(construct.out()).lang(Lang.TURTLE).parse(m);
        assertThat(m.size()).isPositive();
        assertThat(m.listSubjectsWithProperty(RDF.type, DIP.Event).toList()).hasSize((int) m.size());
    }

    @Test
    void eventsTable() {
        Result r = run("events", "--db", db);
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        List<List<String>> records = Csv.parse(r.out());
        assertThat(records.get(0)).isEqualTo(EventTable.COLUMNS);
        assertThat(records).hasSizeGreaterThan(1).allSatisfy(x -> assertThat(x).hasSize(15));
        assertThat(records.subList(1, records.size())).anySatisfy(x -> assertThat(x.get(3)).isEqualTo("163"));

        Result mentions = run("events", "--db", db, "--mentions");
        assertThat(mentions.exit()).isZero();
        assertThat(Csv.parse(mentions.out()).size()).isGreaterThanOrEqualTo(records.size());

        Result json = run("events", "--db", db, "--format", "json");
        assertThat(json.exit()).isZero();
        assertThat(JSON.parseAny(json.out()).getAsArray()).hasSize(records.size() - 1);

        Result tsv = run("events", "--db", db, "--format", "tsv");
        assertThat(tsv.out().lines()).hasSize(records.size()).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(15));

        Result bad = run("events", "--db", db, "--format", "xml");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.errLines()).containsExactly("dkg: unknown table format 'xml' (expected csv, tsv or json)");
    }

    @ParameterizedTest
    @CsvSource({"trig, TRIG", "nq, NQUADS", "jsonld, JSONLD"})
    void exportKeepsNamedGraphs(String format, String langName) {
        Result r = run("export", "--db", db, "--format", format);
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        Lang lang = switch (langName) {
            case "TRIG" -> Lang.TRIG;
            case "NQUADS" -> Lang.NQUADS;
            default -> Lang.JSONLD;
        };
        DatasetGraph dsg = parse(r.out(), lang);
        assertThat(Iter.count(dsg.find())).isEqualTo(quads(db));
        assertThat(Iter.toList(Iter.map(dsg.listGraphNodes(), Node::getURI))).anyMatch(g -> g.startsWith(ARTICLE_GRAPH));
        assertThat(dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), EVENT).hasNext()).isTrue();
    }

    @Test
    void exportRefusesTripleFormats() {
        Result r = run("export", "--db", db, "--format", "ttl");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly("dkg: export keeps named graphs: use trig, nq or jsonld, not ttl");
        assertThat(r.out()).isEmpty();
    }

    // ---- bad inputs: exit 1, one line naming the file and the problem, nothing written ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "empty.txt           | empty file",
        "whitespace.txt      | empty file (only whitespace)",
        "binary.txt          | binary file, not text",
        "invalid-utf8.txt    | invalid UTF-8 at byte 23",
        "bad-published.txt   | published: 'last Tuesday' is not a date (expected YYYY-MM-DD)"})
    void badInputIsRefusedAndNothingIsWritten(String name, String problem) {
        Path file = fixture(name);
        String named = name.equals("bad-published.txt") ? fixture("bad-published.meta").toString() : file.toString();

        // A new database is not even created.
        Path fresh = tmp.resolve("fresh");
        Result r = run("ingest", "--db", fresh, file);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly("dkg: " + named + ": " + problem);
        assertThat(r.out()).isEmpty();
        assertThat(fresh).doesNotExist();

        // Next to a good file, into an existing database: nothing changes.
        long before = quads(db);
        Result mixed = run("ingest", "--db", db, SEED, file);
        assertThat(mixed.exit()).isEqualTo(1);
        assertThat(mixed.errLines()).containsExactly("dkg: " + named + ": " + problem);
        assertThat(quads(db)).isEqualTo(before);

        Result extract = run("extract", file);
        assertThat(extract.exit()).isEqualTo(1);
        assertThat(extract.errLines()).containsExactly("dkg: " + named + ": " + problem);
        assertThat(extract.out()).isEmpty();
    }

    @Test
    void missingFile() {
        Path nope = tmp.resolve("nope.txt");
        Result r = run("ingest", "--db", tmp.resolve("db"), nope);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly("dkg: " + nope + ": no such file");
        assertThat(tmp.resolve("db")).doesNotExist();
        assertThat(run("extract", nope).errLines()).containsExactly("dkg: " + nope + ": no such file");
    }

    @Test
    void badPublishedOption() {
        Result r = run("ingest", "--db", tmp.resolve("db"), "--published", "2023-13-45", SEED);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly(
            "dkg: --published: --published: '2023-13-45' is not a date (expected YYYY-MM-DD)");
        assertThat(tmp.resolve("db")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest --bogus x.txt", "ingest", "extract", "query", "events --db", "serve --port abc",
        "frobnicate", "export --format"})
    void usageErrorsExitWithTwo(String commandLine) {
        Result r = run((Object[]) commandLine.split(" "));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).containsAnyOf("Unknown option", "Missing required parameter", "Unmatched argument",
            "Invalid value", "Expected parameter");
        assertThat(r.out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"query", "events", "export"})
    void readingCommandsNeedAnExistingDatabase(String command) {
        Path nowhere = tmp.resolve("no-such-db");
        Result r = command.equals("query") ? run("query", "--db", nowhere, "SELECT * { ?s ?p ?o }")
            : run(command, "--db", nowhere);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly(
            "dkg: " + nowhere + ": no database here (create one with: dkg ingest --db " + nowhere + " FILE)");
        assertThat(nowhere).doesNotExist();
    }

    @Test
    void malformedSparql() {
        Result r = run("query", "--db", db, "SELECT ?e WHERE { ?e a dip:Event");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).startsWith("dkg: invalid SPARQL query").contains("Encountered", "line 1, column");
        Result lexical = run("query", "--db", db, "SELEC ?e {}");
        assertThat(lexical.exit()).isEqualTo(1);
        assertThat(lexical.errLines()).containsExactly(
            "dkg: invalid SPARQL query: Lexical error at line 1, column 6.  Encountered: '32' (32), after prefix \"SELEC\"");
        Result format = run("query", "--db", db, "--format", "xml", SELECT);
        assertThat(format.exit()).isEqualTo(1);
        assertThat(format.errLines()).containsExactly(
            "dkg: unknown result format 'xml' (expected table, csv, tsv or json)");
    }

    @Test
    void ingestAFolderOfArticles() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(folder.resolve("a.jsonl"), "{\"id\": \"one\", \"text\": \"Russia expelled two British diplomats.\"}\n"
            + "{\"id\": \"two\", \"text\": \"China and India agreed on border patrols.\"}\n");
        Files.writeString(folder.resolve("notes.md"), "not an article");
        Path target = tmp.resolve("db");
        Result r = run("ingest", "--db", target, folder);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("-> <" + ARTICLE_GRAPH + "one>", "-> <" + ARTICLE_GRAPH + "two>",
            "2 article(s) in " + target);
        assertThat(quads(target)).isPositive();
    }
}
