package org.diplomacykg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.diplomacykg.server.Client.basic;
import static org.diplomacykg.server.Client.enc;
import static org.diplomacykg.server.Client.get;
import static org.diplomacykg.server.Client.header;
import static org.diplomacykg.server.Client.post;
import static org.diplomacykg.server.Client.request;
import static org.diplomacykg.server.Client.send;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.diplomacykg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The limits: query timeout (503, and other clients keep being answered), request size (413 for raw bodies,
 * forms and chunked bodies), the anonymous row cap, federated SERVICE off and on, and a graceful stop. No
 * assertion on how long anything takes beyond generous guards.
 */
class LimitsIT {
    /** Every triple three times over: never finishes on the seed's ~4,000 quads. */
    private static final String CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    private static final String SMALL = "SELECT ?s WHERE { ?s a <https://w3id.org/diplomacy-kg/ontology#Country> } LIMIT 1";
    private static final int MAX_BYTES = 64 * 1024;
    private static final int MAX_ROWS = 5;

    @TempDir
    static Path tmp;
    private static Store store;
    private static DkgServer server;

    @BeforeAll
    static void start() throws Exception {
        Path passwd = tmp.resolve("passwd");
        Files.writeString(passwd, "alice: alice-pw\n");
        store = Seeded.store();
        server = DkgServer.create().store(store).port(0)
            .limits(new Limits(Duration.ofMillis(1500), MAX_BYTES, MAX_ROWS))
            .access(Access.READ_ONLY.withWriters(passwd)).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void anExpensiveQueryTimesOutWhileOthersAreAnswered() throws Exception {
        CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> {
            try {
                return get(server.sparqlUrl() + "?query=" + enc(CROSS_PRODUCT), "application/sparql-results+json");
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        // While it runs, another client's queries are answered (several, so that some overlap it for sure).
        int answered = 0;
        while (!slow.isDone() && answered < 200) {
            HttpResponse<String> r = get(server.sparqlUrl() + "?query=" + enc(SMALL), "text/csv");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("https://w3id.org/diplomacy-kg/id/country/");
            answered++;
        }
        assertThat(answered).isPositive();
        HttpResponse<String> timedOut = slow.get(120, TimeUnit.SECONDS);
        assertThat(timedOut.statusCode()).isEqualTo(503);
        assertThat(timedOut.body()).contains("Query timed out");
        // And the server is fine afterwards.
        assertThat(get(server.sparqlUrl() + "?query=" + enc(SMALL), "text/csv").statusCode()).isEqualTo(200);
    }

    @Test
    void largeBodiesAre413() throws Exception {
        String big = "SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(MAX_BYTES);
        HttpResponse<String> raw = post(server.sparqlUrl(), "application/sparql-query", big, "text/csv");
        assertThat(raw.statusCode()).isEqualTo(413);
        assertThat(raw.body()).contains("413").contains(Integer.toString(MAX_BYTES));
        HttpResponse<String> form = post(server.sparqlUrl(), "application/x-www-form-urlencoded", "query=" + enc(big), "text/csv");
        assertThat(form.statusCode()).isEqualTo(413);
        // Update bodies, with credentials, are limited too.
        HttpResponse<String> update = send(request(server.url() + "/diplomacy/update").header("Authorization", basic("alice", "alice-pw"))
            .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("# " + big)));
        assertThat(update.statusCode()).isEqualTo(413);
        // Without a Content-Length (chunked), the bytes are counted as they come.
        HttpResponse<String> chunked = send(request(server.sparqlUrl()).header("Content-Type", "application/sparql-query")
            .POST(chunked(big.getBytes(StandardCharsets.UTF_8))));
        assertThat(chunked.statusCode()).isEqualTo(413);
        HttpResponse<String> chunkedForm = send(request(server.sparqlUrl()).header("Content-Type", "application/x-www-form-urlencoded")
            .POST(chunked(("query=" + enc(big)).getBytes(StandardCharsets.UTF_8))));
        assertThat(chunkedForm.statusCode()).isEqualTo(413);
        // Small chunked bodies pass, forms included.
        HttpResponse<String> small = send(request(server.sparqlUrl()).header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/csv").POST(chunked(("query=" + enc(SMALL)).getBytes(StandardCharsets.UTF_8))));
        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(small.body()).contains("/id/country/");
        HttpResponse<String> smallRaw = send(request(server.sparqlUrl()).header("Content-Type", "application/sparql-query")
            .header("Accept", "text/csv").POST(chunked(SMALL.getBytes(StandardCharsets.UTF_8))));
        assertThat(smallRaw.statusCode()).isEqualTo(200);
    }

    /** A body of unknown length: the JDK client sends it chunked. */
    private static HttpRequest.BodyPublisher chunked(byte[] bytes) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> (InputStream) new ByteArrayInputStream(bytes));
    }

    @Test
    void anonymousResultsAreCapped() throws Exception {
        String all = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }";
        HttpResponse<String> r = get(server.sparqlUrl() + "?query=" + enc(all), "text/csv");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(header(r, Limits.ROW_LIMIT_HEADER)).isEqualTo(Integer.toString(MAX_ROWS));
        assertThat(r.body().strip().split("\\r?\\n")).hasSize(MAX_ROWS + 1);
        HttpResponse<String> post = post(server.sparqlUrl(), "application/sparql-query", all + " LIMIT 1000", "text/csv");
        assertThat(post.body().strip().split("\\r?\\n")).hasSize(MAX_ROWS + 1);
        HttpResponse<String> construct = get(server.sparqlUrl() + "?query=" + enc("CONSTRUCT WHERE { ?s ?p ?o }"), "application/n-triples");
        assertThat(construct.body().strip().split("\\n")).hasSize(MAX_ROWS);
        // A smaller LIMIT is left alone, and ASK is never capped.
        HttpResponse<String> two = get(server.sparqlUrl() + "?query=" + enc(all + " LIMIT 2"), "text/csv");
        assertThat(header(two, Limits.ROW_LIMIT_HEADER)).isNull();
        assertThat(two.body().strip().split("\\r?\\n")).hasSize(3);
        // A user of the password file gets everything.
        HttpResponse<String> full = send(request(server.sparqlUrl() + "?query=" + enc(all)).header("Accept", "text/csv")
            .header("Authorization", basic("alice", "alice-pw")).GET());
        assertThat(header(full, Limits.ROW_LIMIT_HEADER)).isNull();
        assertThat(full.body().strip().split("\\r?\\n").length).isGreaterThan(1000);
        // Wrong credentials count as anonymous.
        HttpResponse<String> wrong = send(request(server.sparqlUrl() + "?query=" + enc(all)).header("Accept", "text/csv")
            .header("Authorization", basic("alice", "guess")).GET());
        if (wrong.statusCode() == 200) {
            assertThat(wrong.body().strip().split("\\r?\\n")).hasSize(MAX_ROWS + 1);
        }
    }

    @Test
    void federatedServiceIsOffByDefaultAndCanBeAllowed() throws Exception {
        Model small = ModelFactory.createDefaultModel();
        small.add(small.createResource("https://example.test/remote/thing"), small.createProperty("https://example.test/p"), "from afar");
        FusekiServer other = FusekiServer.create().port(0).loopback(true).add("/other", DatasetFactory.create(small), false).build().start();
        DkgServer open = null;
        try {
            String service = "http://localhost:" + other.getHttpPort() + "/other/sparql";
            String q = "SELECT ?o WHERE { SERVICE <" + service + "> { ?s <https://example.test/p> ?o } }";
            HttpResponse<String> refused = get(server.sparqlUrl() + "?query=" + enc(q), "text/csv");
            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(refused.body()).contains("SERVICE execution disabled");
            open = DkgServer.create().store(store).port(0).access(Access.READ_ONLY.withService(true)).build().start();
            HttpResponse<String> allowed = get(open.sparqlUrl() + "?query=" + enc(q), "text/csv");
            assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(200);
            assertThat(allowed.body()).contains("from afar");
            assertThat(get(open.sparqlUrl(), "text/turtle").body()).contains("BasicFederatedQuery");
        } finally {
            if (open != null) {
                open.close();
            }
            other.stop();
        }
        // Closing the second server put the first one's setting back: still refused.
        HttpResponse<String> again = get(server.sparqlUrl() + "?query=" + enc("SELECT * WHERE { SERVICE <http://localhost:1/x> { ?s ?p ?o } }"),
            "text/csv");
        assertThat(again.statusCode()).isEqualTo(422);
    }

    @Test
    void stoppingLetsRunningRequestsFinish() throws Exception {
        Store s = Seeded.store();
        DkgServer doomed = DkgServer.create().store(s).port(0).limits(Limits.DEFAULT.withQueryTimeout(Duration.ofSeconds(2)))
            .stopTimeout(Duration.ofSeconds(30)).build().start();
        try {
            String url = doomed.sparqlUrl() + "?query=" + enc(CROSS_PRODUCT);
            CountDownLatch sent = new CountDownLatch(1);
            CompletableFuture<HttpResponse<String>> running = CompletableFuture.supplyAsync(() -> {
                try {
                    sent.countDown();
                    return Client.HTTP.send(request(url).GET().build(), HttpResponse.BodyHandlers.ofString());
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            sent.await();
            // Wait until the server is working on it, then stop while it runs.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (doomed.activeRequests() < 1 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(doomed.activeRequests()).isPositive();
            doomed.close();
            HttpResponse<String> r = running.get(120, TimeUnit.SECONDS);
            // A complete answer (the timeout's 503), not a connection cut off.
            assertThat(r.statusCode()).isEqualTo(503);
            Throwable refused = catchThrowable(() -> Client.HTTP.send(request(doomed.sparqlUrl() + "?query=" + enc(SMALL)).GET().build(),
                HttpResponse.BodyHandlers.ofString()));
            assertThat(refused).isInstanceOf(IOException.class);
        } finally {
            doomed.close();
            s.close();
        }
    }
}
