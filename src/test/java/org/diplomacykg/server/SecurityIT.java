package org.diplomacykg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomacykg.server.Client.basic;
import static org.diplomacykg.server.Client.enc;
import static org.diplomacykg.server.Client.get;
import static org.diplomacykg.server.Client.header;
import static org.diplomacykg.server.Client.request;
import static org.diplomacykg.server.Client.send;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.diplomacykg.rdf.Iris;
import org.diplomacykg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes need credentials: SPARQL Update, graph store writes and ingestion answer 401 without valid HTTP Basic
 * credentials of a user in the password file, and work with them; a server without a password file refuses them
 * (403, 405 for the graph store), and reads never need credentials.
 */
class SecurityIT {
    private static final String ALICE_PASSWORD = "correct horse battery staple";
    private static final String G = "https://example.test/graph/security";
    private static final String UPDATE = "INSERT DATA { GRAPH <" + G + "> { <https://example.test/s> <https://example.test/p> \"o\" } }";

    @TempDir
    static Path tmp;
    private static Store store;
    private static DkgServer server;
    private static DkgServer readOnly;

    @BeforeAll
    static void start() throws Exception {
        Path passwd = tmp.resolve("passwd");
        Files.writeString(passwd, "# writers\nalice: " + Pbkdf2Credential.hash(ALICE_PASSWORD.toCharArray(), 1000) + "\n"
            + "bob: plain-for-tests\n", StandardCharsets.UTF_8);
        store = Seeded.store();
        server = DkgServer.create().store(store).port(0).extractor(Seeded.extractor())
            .access(Access.READ_ONLY.withWriters(passwd)).build().start();
        readOnly = DkgServer.create().store(store).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        for (DkgServer s : new DkgServer[] {server, readOnly}) {
            if (s != null) {
                s.close();
            }
        }
        if (store != null) {
            store.close();
        }
    }

    private static HttpResponse<String> update(DkgServer s, String auth) throws Exception {
        HttpRequest.Builder b = request(s.url() + "/diplomacy/update").header("Content-Type", "application/sparql-update")
            .POST(HttpRequest.BodyPublishers.ofString(UPDATE));
        if (auth != null) {
            b.header("Authorization", auth);
        }
        return send(b);
    }

    private static long quads(String graph) {
        return store.read(ds -> Iter.count(ds.asDatasetGraph().find(org.apache.jena.graph.NodeFactory.createURI(graph),
            null, null, null)));
    }

    @Test
    void updateNeedsAListedUser() throws Exception {
        HttpResponse<String> none = update(server, null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(header(none, "WWW-Authenticate")).startsWith("Basic").contains("realm=\"" + DkgServer.REALM + "\"");
        assertThat(update(server, basic("alice", "wrong")).statusCode()).isEqualTo(401);
        assertThat(update(server, basic("mallory", ALICE_PASSWORD)).statusCode()).isEqualTo(401);
        assertThat(update(server, "Bearer abc").statusCode()).isEqualTo(401);
        assertThat(quads(G)).isZero();
        assertThat(update(server, basic("alice", ALICE_PASSWORD)).statusCode()).isEqualTo(204);
        assertThat(update(server, basic("bob", "plain-for-tests")).statusCode()).isEqualTo(204);
        assertThat(quads(G)).isEqualTo(1);
        // An HTML-form update works too.
        HttpResponse<String> form = send(request(server.url() + "/diplomacy/update").header("Authorization", basic("alice", ALICE_PASSWORD))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("update=" + enc("DROP GRAPH <" + G + ">"))));
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(quads(G)).isZero();
        // Updates go to /update only, credentials or not.
        for (String path : List.of("/diplomacy/sparql", "/diplomacy/query", "/diplomacy")) {
            HttpResponse<String> r = send(request(server.url() + path).header("Authorization", basic("alice", ALICE_PASSWORD))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(UPDATE)));
            assertThat(r.statusCode()).as(path).isBetween(400, 499);
        }
        assertThat(quads(G)).isZero();
    }

    @Test
    void graphStoreReadsAreOpenWritesNeedCredentials() throws Exception {
        String url = server.url() + "/diplomacy/data?graph=" + enc(G + "/gsp");
        String turtle = "<https://example.test/s> <https://example.test/p> \"gsp\" .";
        assertThat(get(server.url() + "/diplomacy/data?graph=" + enc(Iris.GAZETTEER_GRAPH), "text/turtle").statusCode()).isEqualTo(200);
        for (String method : List.of("PUT", "POST", "DELETE")) {
            HttpResponse<String> r = send(request(url).header("Content-Type", "text/turtle")
                .method(method, HttpRequest.BodyPublishers.ofString(turtle)));
            assertThat(r.statusCode()).as(method).isEqualTo(401);
        }
        HttpResponse<String> put = send(request(url).header("Content-Type", "text/turtle")
            .header("Authorization", basic("alice", ALICE_PASSWORD)).PUT(HttpRequest.BodyPublishers.ofString(turtle)));
        assertThat(put.statusCode()).isIn(200, 201, 204);
        assertThat(quads(G + "/gsp")).isEqualTo(1);
        HttpResponse<String> read = get(url, "application/n-triples");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("\"gsp\"");
        HttpResponse<String> delete = send(request(url).header("Authorization", basic("bob", "plain-for-tests")).DELETE());
        assertThat(delete.statusCode()).isIn(200, 204);
        assertThat(quads(G + "/gsp")).isZero();
    }

    @Test
    void ingestion() throws Exception {
        String text = Files.readString(Seeded.SEED);
        String url = server.url() + "/diplomacy/ingest?published=2023-01-20&source=" + enc("https://example.test/news/1");
        HttpResponse<String> none = send(request(url).header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(text)));
        assertThat(none.statusCode()).isEqualTo(401);
        HttpResponse<String> ok = send(request(url).header("Content-Type", "text/plain; charset=utf-8")
            .header("Authorization", basic("alice", ALICE_PASSWORD)).POST(HttpRequest.BodyPublishers.ofString(text)));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(header(ok, "Content-Type")).startsWith("application/json");
        JsonObject a = JSON.parse(ok.body()).get("articles").getAsArray().get(0).getAsObject();
        String graph = a.get("graph").getAsString().value();
        assertThat(graph).startsWith(Iris.ARTICLE_GRAPH);
        assertThat(a.get("events").getAsNumber().value().intValue()).isPositive();
        long quads = quads(graph);
        assertThat(quads).isEqualTo(a.get("quads").getAsNumber().value().longValue());
        // Again: the graph is replaced, not added to.
        HttpResponse<String> again = send(request(url).header("Content-Type", "text/plain")
            .header("Authorization", basic("alice", ALICE_PASSWORD)).POST(HttpRequest.BodyPublishers.ofString(text)));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(quads(graph)).isEqualTo(quads);
        // Refusals.
        assertThat(send(request(server.url() + "/diplomacy/ingest?published=soon").header("Content-Type", "text/plain")
            .header("Authorization", basic("alice", ALICE_PASSWORD)).POST(HttpRequest.BodyPublishers.ofString(text))).statusCode()).isEqualTo(400);
        HttpResponse<String> empty = send(request(server.url() + "/diplomacy/ingest").header("Content-Type", "text/plain")
            .header("Authorization", basic("alice", ALICE_PASSWORD)).POST(HttpRequest.BodyPublishers.ofString("  \n")));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("request body").doesNotContain(tmpDirName());
        assertThat(send(request(server.url() + "/diplomacy/ingest").header("Content-Type", "application/pdf")
            .header("Authorization", basic("alice", ALICE_PASSWORD)).POST(HttpRequest.BodyPublishers.ofString("%PDF"))).statusCode()).isEqualTo(415);
        assertThat(send(request(server.url() + "/diplomacy/ingest").header("Authorization", basic("alice", ALICE_PASSWORD)).GET())
            .statusCode()).isEqualTo(405);
    }

    private static String tmpDirName() {
        return System.getProperty("java.io.tmpdir");
    }

    @Test
    void aReadOnlyServerRefusesWrites() throws Exception {
        for (String auth : new String[] {null, basic("alice", ALICE_PASSWORD)}) {
            assertThat(update(readOnly, auth).statusCode()).isEqualTo(403);
            HttpRequest.Builder ingest = request(readOnly.url() + "/diplomacy/ingest").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("Some news."));
            HttpRequest.Builder put = request(readOnly.url() + "/diplomacy/data?graph=" + enc(G)).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<https://example.test/s> <https://example.test/p> 1 ."));
            if (auth != null) {
                ingest.header("Authorization", auth);
                put.header("Authorization", auth);
            }
            HttpResponse<String> i = send(ingest);
            assertThat(i.statusCode()).isEqualTo(403);
            assertThat(i.body()).contains("read-only").contains("--auth");
            assertThat(send(put).statusCode()).isEqualTo(405);
        }
        assertThat(quads(G)).isZero();
    }

    @Test
    void readsNeverNeedCredentials() throws Exception {
        String q = server.sparqlUrl() + "?query=" + enc("ASK { ?s ?p ?o }");
        assertThat(get(q, "application/sparql-results+json").statusCode()).isEqualTo(200);
        // Credentials on a read are accepted; wrong ones do not turn a read into a 401 either.
        assertThat(send(request(q).header("Authorization", basic("alice", ALICE_PASSWORD)).GET()).statusCode()).isEqualTo(200);
        assertThat(send(request(q).header("Authorization", basic("alice", "wrong")).GET()).statusCode()).isIn(200, 401);
        assertThat(get(server.url() + "/page/id/country/ru", "text/html").statusCode()).isEqualTo(200);
        // The service description of a writable server names its update endpoint.
        HttpResponse<String> sd = get(server.sparqlUrl(), "text/turtle");
        assertThat(sd.body()).contains("SPARQL11Update").contains(server.url() + "/diplomacy/update");
    }
}
