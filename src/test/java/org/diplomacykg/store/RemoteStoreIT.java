package org.diplomacykg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.diplomacykg.DiplomacyGraph;
import org.diplomacykg.article.Article;
import org.diplomacykg.cli.Main;
import org.diplomacykg.export.EventRow;
import org.diplomacykg.export.EventTable;
import org.diplomacykg.extract.Extractor;
import org.diplomacykg.rdf.Iris;
import org.diplomacykg.server.Access;
import org.diplomacykg.server.DkgServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Remote stores: the seed ingested with {@code dkg ingest --endpoint} into a standalone Fuseki server running as
 * its own process, then read back with {@code dkg events}, {@code dkg query} and {@code dkg export} through the
 * endpoint, and compared with the same seed in a local store; and the same against {@code dkg serve} with
 * credentials.
 */
class RemoteStoreIT {
    private static final Path SEED = Path.of("seeds/000_3f1b89652e64c667.txt");

    @TempDir
    static Path tmp;
    private static FusekiProcess fuseki;
    private static Store local;

    @BeforeAll
    static void start() throws Exception {
        fuseki = FusekiProcess.start(tmp);
        local = Store.memory();
        DiplomacyGraph.open(local, Extractor.create()).ingest(Article.read(SEED));
    }

    @AfterAll
    static void stop() throws Exception {
        if (fuseki != null) {
            fuseki.close();
        }
        if (local != null) {
            local.close();
        }
    }

    /** Runs a dkg command in this JVM; returns {exit code, stdout, stderr}. */
    private static String[] dkg(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    private static long quads(Store s) {
        return s.read(ds -> {
            long n = 0;
            var it = ds.asDatasetGraph().listGraphNodes();
            while (it.hasNext()) {
                n += Iter.count(ds.asDatasetGraph().find(it.next(), null, null, null));
            }
            return n;
        });
    }

    @Test
    void theCliReadsAndWritesAStandaloneFuseki() throws Exception {
        String url = fuseki.datasetUrl();
        String[] ingest = dkg("ingest", "--endpoint", url, SEED.toString());
        assertThat(ingest[0]).as(ingest[2]).isEqualTo("0");
        assertThat(ingest[1]).contains("-> <" + Iris.ARTICLE_GRAPH).contains("1 article(s) in " + url);

        // Fuseki's default graph is not the union: the remote store notices and queries the union graph.
        try (Store remote = Store.remote(URI.create(url + "/sparql"), Optional.empty())) {
            assertThat(((RemoteStore) remote).unionDefaultGraph()).isFalse();
            assertThat(remote.isEmpty()).isFalse();
            assertThat(quads(remote)).isEqualTo(quads(local));
            List<EventRow> events = EventTable.events(remote);
            assertThat(events).isNotEmpty().isEqualTo(EventTable.events(local));
            // Library reads through the dataset view run on the server.
            long countries = remote.read(ds -> {
                try (QueryExecution qe = QueryExecution.dataset(ds)
                    .query("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a <https://w3id.org/diplomacy-kg/ontology#Country> }").build()) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertThat(countries).isGreaterThan(3);
        }

        // The event table, a query and the export, through the endpoint, as from a local database.
        Path db = tmp.resolve("local-db");
        assertThat(dkg("ingest", "--db", db.toString(), SEED.toString())[0]).isEqualTo("0");
        String[] remoteEvents = dkg("events", "--endpoint", url);
        assertThat(remoteEvents[0]).as(remoteEvents[2]).isEqualTo("0");
        assertThat(remoteEvents[1]).isEqualTo(dkg("events", "--db", db.toString())[1]);
        String[] count = dkg("query", "--endpoint", url, "--format", "csv", "SELECT (COUNT(*) AS ?n) WHERE { ?e a dip:Event }");
        assertThat(count[1]).isEqualTo(dkg("query", "--db", db.toString(), "--format", "csv",
            "SELECT (COUNT(*) AS ?n) WHERE { ?e a dip:Event }")[1]);
        String[] describe = dkg("query", "--endpoint", url, "DESCRIBE country:ru");
        assertThat(describe[0]).as(describe[2]).isEqualTo("0");
        assertThat(describe[1]).contains("\"Russia\"@en");
        String[] ask = dkg("query", "--endpoint", url, "ASK { ?e dip:cameoCode \"163\" }");
        assertThat(ask[1].strip()).isEqualTo("yes");
        String[] export = dkg("export", "--endpoint", url, "--format", "nq");
        assertThat(export[0]).as(export[2]).isEqualTo("0");
        Dataset d = DatasetFactory.create();
        RDFParser.fromString(export[1], Lang.NQUADS).parse(d);
        assertThat(Iter.count(d.asDatasetGraph().find())).isEqualTo(quads(local));

        // Ingesting again replaces the article's graph: nothing doubles.
        assertThat(dkg("ingest", "--endpoint", url + "/sparql", SEED.toString())[0]).isEqualTo("0");
        try (Store remote = Store.remote(URI.create(url), Optional.empty())) {
            assertThat(quads(remote)).isEqualTo(quads(local));
        }
    }

    @Test
    void writesToDkgServeNeedCredentials() throws Exception {
        Path passwd = tmp.resolve("passwd");
        Files.writeString(passwd, "alice: alice-secret\n");
        Path passwordFile = tmp.resolve("alice.pw");
        Files.writeString(passwordFile, "alice-secret\n", StandardCharsets.UTF_8);
        Path wrongFile = tmp.resolve("wrong.pw");
        Files.writeString(wrongFile, "guess\n", StandardCharsets.UTF_8);
        try (Store served = Store.memory();
             DkgServer server = DkgServer.create().store(served).port(0).access(Access.READ_ONLY.withWriters(passwd)).build().start()) {
            String url = server.url() + DkgServer.DATASET;
            String[] anonymous = dkg("ingest", "--endpoint", url, SEED.toString());
            assertThat(anonymous[0]).isEqualTo("1");
            assertThat(anonymous[2]).contains("401");
            String[] wrong = dkg("ingest", "--endpoint", url, "--user", "alice", "--password-file", wrongFile.toString(), SEED.toString());
            assertThat(wrong[0]).isEqualTo("1");
            assertThat(wrong[2]).contains("401").doesNotContain("guess");
            assertThat(served.isEmpty()).isTrue();
            String[] ok = dkg("ingest", "--endpoint", url, "--user", "alice", "--password-file", passwordFile.toString(), SEED.toString());
            assertThat(ok[0]).as(ok[2]).isEqualTo("0");
            assertThat(quads(served)).isEqualTo(quads(local));
            // dkg serve's default graph is the union: queries go as they are.
            try (Store remote = Store.remote(URI.create(server.sparqlUrl()), Optional.empty())) {
                assertThat(((RemoteStore) remote).unionDefaultGraph()).isTrue();
                assertThat(EventTable.events(remote)).isEqualTo(EventTable.events(local));
            }
            assertThat(dkg("events", "--endpoint", server.sparqlUrl())[1]).isEqualTo(dkg("events", "--endpoint", fuseki.datasetUrl())[1]);
        }
    }

    @Test
    void urlsAndOptions() {
        assertThatThrownBy(() -> Store.remote(URI.create("ftp://example.test/ds"), Optional.empty())).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> Store.remote(URI.create("http://example.test/"), Optional.empty())).hasMessageContaining("no dataset");
        assertThatThrownBy(() -> Store.remote(URI.create("http://u:p@example.test/ds"), Optional.empty())).hasMessageContaining("--user");
        try (Store s = Store.remote(URI.create("http://example.test:3030/ds/query/"), Optional.empty())) {
            assertThat(s.location()).isEqualTo("http://example.test:3030/ds");
            assertThatThrownBy(s::dataset).isInstanceOf(UnsupportedOperationException.class);
        }
        assertThat(new Credentials("alice", "s3cret").toString()).doesNotContain("s3cret");
        assertThat(dkg("events", "--endpoint", "http://127.0.0.1:1/ds", "--user", "alice")[0]).isEqualTo("1");
        assertThat(dkg("events", "--db", "x", "--user", "alice", "--password-file", "y")[2]).contains("--endpoint");
        // An endpoint nobody answers at: a clear error, exit code 1.
        String[] down = dkg("events", "--endpoint", "http://127.0.0.1:1/ds");
        assertThat(down[0]).isEqualTo("1");
        assertThat(down[2]).startsWith("dkg: ");
    }
}
