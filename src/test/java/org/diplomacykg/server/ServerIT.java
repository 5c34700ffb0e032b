package org.diplomacykg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.diplomacykg.DiplomacyGraph;
import org.diplomacykg.IngestReport;
import org.diplomacykg.article.Article;
import org.diplomacykg.export.Csv;
import org.diplomacykg.extract.Extractor;
import org.diplomacykg.store.Store;
import org.diplomacykg.vocab.DIP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SPARQL endpoint over real HTTP, on a TDB2 database holding the seed. */
class ServerIT {
    private static final String DIP_PREFIX = "PREFIX dip: <" + DIP.NS + ">\n";
    private static final String SELECT = DIP_PREFIX
        + "SELECT ?event ?code WHERE { ?event a dip:Event ; dip:cameoCode ?code } ORDER BY ?code ?event";

    @TempDir
    static Path dir;
    private static Store store;
    private static DkgServer server;
    private static String articleGraph;
    private static long quads;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = Store.tdb2(dir.resolve("tdb2"));
        IngestReport r = DiplomacyGraph.open(store, Extractor.create())
            .ingest(Article.read(Path.of("seeds/000_3f1b89652e64c667.txt")));
        articleGraph = r.articles().get(0).graph();
        quads = quadCount();
        server = DkgServer.create().store(store).port(0).build().start();
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

    private static long quadCount() {
        return store.read(ds -> Iter.count(ds.asDatasetGraph().find()));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        HttpRequest request = b.build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // Jetty closes the connection after refusing a request whose body it did not read; a client that
            // reused that connection sees it closed. Real clients retry on a fresh connection, and so does this.
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    private static HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET());
    }

    private static HttpResponse<String> post(String url, String contentType, String body, String accept)
        throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType).header("Accept", accept)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private static List<String> codes(String json) {
        JsonObject o = JSON.parse(json);
        assertThat(o.get("head").getAsObject().get("vars").getAsArray()).hasSize(2);
        JsonArray bindings = o.get("results").getAsObject().get("bindings").getAsArray();
        List<String> codes = new ArrayList<>();
        bindings.forEach(b -> codes.add(b.getAsObject().get("code").getAsObject().get("value").getAsString().value()));
        return codes;
    }

    @Test
    void urls() {
        assertThat(server.port()).isPositive();
        assertThat(server.url()).isEqualTo("http://127.0.0.1:" + server.port());
        assertThat(server.sparqlUrl()).isEqualTo(server.url() + "/diplomacy/sparql");
    }

    @Test
    void selectViaGetAsJson() throws Exception {
        HttpResponse<String> r = get(server.sparqlUrl() + "?query=" + enc(SELECT), "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
            ct -> assertThat(ct).startsWith("application/sparql-results+json"));
        List<String> codes = codes(r.body());
        assertThat(codes).isNotEmpty().contains("163").allMatch(c -> c.matches("[0-2][0-9]{1,3}"));
        // The same on the other query endpoints.
        for (String path : List.of("/diplomacy/query", "/diplomacy")) {
            HttpResponse<String> other = get(server.url() + path + "?query=" + enc(SELECT),
                "application/sparql-results+json");
            assertThat(other.statusCode()).as(path).isEqualTo(200);
            assertThat(codes(other.body())).isEqualTo(codes);
        }
    }

    @Test
    void selectAsCsv() throws Exception {
        HttpResponse<String> r = get(server.sparqlUrl() + "?query=" + enc(SELECT), "text/csv");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("text/csv"));
        List<List<String>> records = Csv.parse(r.body());
        assertThat(records.get(0)).containsExactly("event", "code");
        assertThat(records.subList(1, records.size())).isNotEmpty()
            .allSatisfy(x -> assertThat(x.get(0)).startsWith("https://w3id.org/diplomacy-kg/event/"))
            .anySatisfy(x -> assertThat(x.get(1)).isEqualTo("163"));
    }

    @Test
    void selectViaPost() throws Exception {
        List<String> expected = codes(get(server.sparqlUrl() + "?query=" + enc(SELECT),
            "application/sparql-results+json").body());
        HttpResponse<String> direct = post(server.sparqlUrl(), "application/sparql-query", SELECT,
            "application/sparql-results+json");
        assertThat(direct.statusCode()).isEqualTo(200);
        assertThat(codes(direct.body())).isEqualTo(expected);
        HttpResponse<String> form = post(server.sparqlUrl(), "application/x-www-form-urlencoded",
            "query=" + enc(SELECT), "application/sparql-results+json");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(codes(form.body())).isEqualTo(expected);
    }

    @Test
    void defaultGraphIsTheUnion() throws Exception {
        String q = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?e a <" + DIP.Event.getURI() + "> } }";
        HttpResponse<String> r = get(server.sparqlUrl() + "?query=" + enc(q), "text/csv");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Csv.parse(r.body())).extracting(x -> x.get(0)).containsExactly("g", articleGraph);
    }

    @Test
    void constructAsTurtle() throws Exception {
        String q = DIP_PREFIX + "CONSTRUCT { ?e a dip:Event ; dip:cameoCode ?c } WHERE { ?e a dip:Event ; dip:cameoCode ?c }";
        HttpResponse<String> r = get(server.sparqlUrl() + "?query=" + enc(q), "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("text/turtle"));
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().fromString(r.body()).lang(Lang.TURTLE).parse(m);
        assertThat(m.size()).isPositive();
        assertThat(m.listSubjectsWithProperty(RDF.type, DIP.Event).toList()).isNotEmpty();
        assertThat(m.contains(null, DIP.cameoCode, "163")).isTrue();
    }

    @Test
    void malformedQueryIs400WithTheParserMessage() throws Exception {
        HttpResponse<String> r = get(server.sparqlUrl() + "?query=" + enc("SELECT ?e WHERE { ?e ?p }"),
            "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Encountered").contains("line 1, column 25");
        HttpResponse<String> lexical = post(server.sparqlUrl(), "application/sparql-query", "SELEC ?e {}",
            "application/sparql-results+json");
        assertThat(lexical.statusCode()).isEqualTo(400);
        assertThat(lexical.body()).contains("Lexical error");
    }

    @Test
    void graphStoreRead() throws Exception {
        HttpResponse<String> r = get(server.url() + "/diplomacy/data?graph=" + enc(articleGraph), "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().fromString(r.body()).lang(Lang.TURTLE).parse(m);
        assertThat(m.size()).isEqualTo(store.<Long>read(ds -> ds.getNamedModel(articleGraph).size()));
        assertThat(m.listSubjectsWithProperty(RDF.type, DIP.Article).toList()).hasSize(1);
        HttpResponse<String> missing = get(server.url() + "/diplomacy/data?graph=" + enc("https://example.test/none"),
            "text/turtle");
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    @Test
    void ping() throws Exception {
        HttpResponse<String> r = get(server.url() + "/$/ping", "text/plain");
        assertThat(r.statusCode()).isEqualTo(200);
    }

    @Test
    void updatesAreRefused() throws Exception {
        String update = "PREFIX dip: <" + DIP.NS + ">\nDELETE WHERE { GRAPH ?g { ?s ?p ?o } } ;\n"
            + "INSERT DATA { GRAPH <https://example.test/g> { <https://example.test/s> a dip:Event } }";
        for (String path : List.of("/diplomacy/update", "/diplomacy/sparql", "/diplomacy/query", "/diplomacy")) {
            HttpResponse<String> r = post(server.url() + path, "application/sparql-update", update, "*/*");
            assertThat(r.statusCode()).as("POST update to %s", path).isBetween(400, 499);
            HttpResponse<String> form = post(server.url() + path, "application/x-www-form-urlencoded",
                "update=" + enc(update), "*/*");
            assertThat(form.statusCode()).as("POST update form to %s", path).isBetween(400, 499);
        }
        // Graph store writes are refused as well.
        for (String method : List.of("PUT", "POST", "DELETE")) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.url() + "/diplomacy/data?graph="
                    + enc(articleGraph))).header("Content-Type", "text/turtle")
                .method(method, HttpRequest.BodyPublishers.ofString("<https://example.test/s> a <https://example.test/T> .")));
            assertThat(r.statusCode()).as("%s to the graph store", method).isBetween(400, 499);
        }
        assertThat(quadCount()).isEqualTo(quads);
    }

    @Test
    void serviceIsRefused() throws Exception {
        // The address is never contacted: federated queries are off.
        String q = "SELECT * WHERE { SERVICE <http://127.0.0.1:" + server.port() + "/diplomacy/sparql> { ?s ?p ?o } } LIMIT 1";
        HttpResponse<String> r = get(server.sparqlUrl() + "?query=" + enc(q), "application/sparql-results+json");
        assertThat(r.statusCode()).isBetween(400, 499);
        assertThat(r.body()).contains("SERVICE execution disabled");
    }
}
