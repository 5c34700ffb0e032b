package org.diplomacykg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomacykg.server.Client.enc;
import static org.diplomacykg.server.Client.get;
import static org.diplomacykg.server.Client.header;
import static org.diplomacykg.server.Client.post;
import static org.diplomacykg.server.Client.request;
import static org.diplomacykg.server.Client.send;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.vocabulary.RDF;
import org.diplomacykg.rdf.Iris;
import org.diplomacykg.store.Store;
import org.diplomacykg.vocab.DIP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xml.sax.InputSource;

/**
 * The SPARQL protocols over real HTTP: every result and graph format by content negotiation, the service
 * description, the graph store, CORS, ping and metrics.
 */
class ProtocolIT {
    private static final String SELECT = "PREFIX dip: <" + DIP.NS + ">\n"
        + "SELECT ?event ?code WHERE { ?event a dip:Event ; dip:cameoCode ?code } ORDER BY ?code ?event";
    private static final String CONSTRUCT = "PREFIX dip: <" + DIP.NS + ">\n"
        + "CONSTRUCT { ?event a dip:Event ; dip:cameoCode ?code } WHERE { ?event a dip:Event ; dip:cameoCode ?code }";
    private static Store store;
    private static DkgServer server;

    @BeforeAll
    static void start() {
        store = Seeded.store();
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

    private static String q(String path, String query) {
        return server.url() + path + "?query=" + enc(query);
    }

    private static int rows(ResultSet rs) {
        int n = 0;
        while (rs.hasNext()) {
            rs.next();
            n++;
        }
        return n;
    }

    @ParameterizedTest
    @CsvSource({"application/sparql-results+json, JSON", "application/sparql-results+xml, XML",
        "text/csv, CSV", "text/tab-separated-values, TSV"})
    void selectResultFormats(String accept, String lang) throws Exception {
        HttpResponse<String> r = get(q("/diplomacy/sparql", SELECT), accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(header(r, "Content-Type")).startsWith(accept);
        Lang l = switch (lang) {
            case "JSON" -> ResultSetLang.RS_JSON;
            case "XML" -> ResultSetLang.RS_XML;
            case "CSV" -> ResultSetLang.RS_CSV;
            default -> ResultSetLang.RS_TSV;
        };
        ResultSet rs = ResultSetMgr.read(new java.io.ByteArrayInputStream(r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)), l);
        assertThat(rs.getResultVars()).containsExactly("event", "code");
        assertThat(rows(rs)).isEqualTo(store.<Integer>read(ds -> {
            try (var qe = org.apache.jena.query.QueryExecution.dataset(ds).query(SELECT).build()) {
                return rows(qe.execSelect());
            }
        })).isPositive();
        if (lang.equals("XML")) {
            // Well-formed XML.
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(r.body())));
        }
    }

    @ParameterizedTest
    @CsvSource({"text/turtle, TURTLE", "application/n-triples, NTRIPLES", "application/ld+json, JSONLD",
        "application/rdf+xml, RDFXML"})
    void constructGraphFormats(String accept, String lang) throws Exception {
        HttpResponse<String> r = get(q("/diplomacy/query", CONSTRUCT), accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(header(r, "Content-Type")).startsWith(accept);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), langOf(lang)).parse(m);
        assertThat(m.listSubjectsWithProperty(RDF.type, DIP.Event).toList()).isNotEmpty();
        assertThat(m.contains(null, DIP.cameoCode, "163")).isTrue();
    }

    private static Lang langOf(String name) {
        return switch (name) {
            case "TURTLE" -> Lang.TURTLE;
            case "NTRIPLES" -> Lang.NTRIPLES;
            case "JSONLD" -> Lang.JSONLD;
            case "RDFXML" -> Lang.RDFXML;
            case "TRIG" -> Lang.TRIG;
            default -> Lang.NQUADS;
        };
    }

    @ParameterizedTest
    @CsvSource({"application/trig, TRIG", "application/n-quads, NQUADS"})
    void datasetFormatsFromTheGraphStore(String accept, String lang) throws Exception {
        HttpResponse<String> r = get(server.url() + "/diplomacy/data", accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(header(r, "Content-Type")).startsWith(accept);
        Dataset d = DatasetFactory.create();
        RDFParser.fromString(r.body(), langOf(lang)).parse(d);
        long quads = store.read(ds -> org.apache.jena.atlas.iterator.Iter.count(ds.asDatasetGraph().find()));
        assertThat(org.apache.jena.atlas.iterator.Iter.count(d.asDatasetGraph().find())).isEqualTo(quads);
        assertThat(d.containsNamedModel(Iris.GAZETTEER_GRAPH)).isTrue();
    }

    @Test
    void constructAsQuadsFormatsToo() throws Exception {
        for (String accept : List.of("application/trig", "application/n-quads")) {
            HttpResponse<String> r = get(q("/diplomacy/sparql", CONSTRUCT), accept);
            assertThat(r.statusCode()).as(accept).isEqualTo(200);
            Dataset d = DatasetFactory.create();
            RDFParser.fromString(r.body(), accept.contains("trig") ? Lang.TRIG : Lang.NQUADS).parse(d);
            assertThat(d.getDefaultModel().contains(null, DIP.cameoCode, "163")).isTrue();
        }
    }

    @Test
    void askAndTheUnionDefaultGraph() throws Exception {
        HttpResponse<String> ask = get(q("/diplomacy/sparql", "ASK { ?e <" + DIP.cameoCode.getURI() + "> \"163\" }"),
            "application/sparql-results+json");
        assertThat(ask.statusCode()).isEqualTo(200);
        assertThat(JSON.parse(ask.body()).get("boolean").getAsBoolean().value()).isTrue();
        // Facts from two graphs (the article's event, the links' owl:sameAs) join in the default graph.
        String join = "SELECT ?q WHERE { ?e <" + DIP.sourceActor.getURI() + "> ?a . ?a <http://www.w3.org/2002/07/owl#sameAs> ?q }";
        HttpResponse<String> r = get(q("/diplomacy/sparql", join), "text/csv");
        assertThat(r.body()).contains("http://www.wikidata.org/entity/Q30");
    }

    @Test
    void serviceDescription() throws Exception {
        for (String path : List.of("/diplomacy/sparql", "/diplomacy/query", "/diplomacy")) {
            HttpResponse<String> r = get(server.url() + path, "text/turtle");
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(header(r, "Content-Type")).startsWith("text/turtle");
            Model m = ModelFactory.createDefaultModel();
            RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
            String sd = ServiceDescriptionFilter.SD;
            var service = m.createResource(server.url() + path);
            assertThat(m.contains(service, RDF.type, m.createResource(sd + "Service"))).isTrue();
            assertThat(m.contains(service, m.createProperty(sd, "endpoint"), service)).isTrue();
            assertThat(m.contains(service, m.createProperty(sd, "supportedLanguage"), m.createResource(sd + "SPARQL11Query"))).isTrue();
            assertThat(m.contains(service, m.createProperty(sd, "feature"), m.createResource(sd + "UnionDefaultGraph"))).isTrue();
            assertThat(m.contains(service, m.createProperty(sd, "feature"), m.createResource(sd + "BasicFederatedQuery"))).isFalse();
            assertThat(m.contains(null, m.createProperty(sd, "supportedLanguage"), m.createResource(sd + "SPARQL11Update")))
                .as("a read-only server offers no update").isFalse();
            assertThat(m.listObjectsOfProperty(service, m.createProperty(sd, "resultFormat")).toList()).hasSize(10);
        }
        HttpResponse<String> jsonld = get(server.sparqlUrl(), "application/ld+json");
        assertThat(jsonld.statusCode()).isEqualTo(200);
        assertThat(header(jsonld, "Content-Type")).startsWith("application/ld+json");
        // A browser is sent to the query page.
        HttpResponse<String> html = get(server.sparqlUrl(), "text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(html.statusCode()).isEqualTo(303);
        assertThat(header(html, "Location")).endsWith("/");
    }

    @Test
    void graphStoreReadsOneGraph() throws Exception {
        HttpResponse<String> r = get(server.url() + "/diplomacy/data?graph=" + enc(Iris.GAZETTEER_GRAPH), "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        assertThat(m.size()).isEqualTo(store.<Long>read(ds -> ds.getNamedModel(Iris.GAZETTEER_GRAPH).size()));
        assertThat(get(server.url() + "/diplomacy/data?graph=" + enc("https://example.test/none"), "text/turtle").statusCode())
            .isEqualTo(404);
    }

    @Test
    void corsForReadsWithoutCredentials() throws Exception {
        HttpResponse<String> r = send(request(q("/diplomacy/sparql", SELECT)).header("Origin", "https://example.org")
            .header("Accept", "application/sparql-results+json").GET());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(header(r, "Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(header(r, "Access-Control-Allow-Credentials")).isNull();
        HttpResponse<String> postQuery = send(request(server.sparqlUrl()).header("Origin", "https://example.org")
            .header("Content-Type", "application/sparql-query").POST(java.net.http.HttpRequest.BodyPublishers.ofString(SELECT)));
        assertThat(header(postQuery, "Access-Control-Allow-Origin")).isEqualTo("*");
        // The preflight for a POST of application/sparql-query.
        HttpResponse<String> pre = send(request(server.sparqlUrl()).header("Origin", "https://example.org")
            .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "content-type")
            .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertThat(pre.statusCode()).isEqualTo(204);
        assertThat(header(pre, "Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(header(pre, "Access-Control-Allow-Methods")).contains("POST").doesNotContain("PUT");
        assertThat(header(pre, "Access-Control-Allow-Headers")).containsIgnoringCase("content-type").doesNotContainIgnoringCase("authorization");
        assertThat(header(pre, "Access-Control-Allow-Credentials")).isNull();
        // No CORS for writes: not for a graph store PUT, not for the update endpoint.
        for (String[] c : new String[][] {{"/diplomacy/data", "PUT"}, {"/diplomacy/update", "POST"}, {"/diplomacy/ingest", "POST"}}) {
            HttpResponse<String> w = send(request(server.url() + c[0]).header("Origin", "https://example.org")
                .header("Access-Control-Request-Method", c[1]).method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()));
            assertThat(header(w, "Access-Control-Allow-Origin")).as("preflight %s %s", c[1], c[0]).isNull();
        }
        // Linked data and the ontology are readable cross-origin too.
        HttpResponse<String> ld = send(request(server.url() + "/data/id/country/ru").header("Origin", "https://example.org")
            .header("Accept", "text/turtle").GET());
        assertThat(header(ld, "Access-Control-Allow-Origin")).isEqualTo("*");
    }

    @Test
    void pingAndMetrics() throws Exception {
        assertThat(get(server.url() + "/$/ping", "text/plain").statusCode()).isEqualTo(200);
        get(q("/diplomacy/sparql", SELECT), "text/csv");
        HttpResponse<String> m = get(server.url() + "/$/metrics", "text/plain");
        assertThat(m.statusCode()).isEqualTo(200);
        assertThat(m.body()).contains("fuseki_requests_good").contains("dataset=\"/diplomacy\"");
        // Fuseki's admin endpoints are not there.
        assertThat(get(server.url() + "/$/datasets", "application/json").statusCode()).isEqualTo(404);
        assertThat(get(server.url() + "/$/server", "application/json").statusCode()).isEqualTo(404);
    }

    @Test
    void formsAndDirectPostsAgree() throws Exception {
        HttpResponse<String> direct = post(server.sparqlUrl(), "application/sparql-query", SELECT, "text/csv");
        HttpResponse<String> form = post(server.sparqlUrl(), "application/x-www-form-urlencoded", "query=" + enc(SELECT), "text/csv");
        HttpResponse<String> getr = get(q("/diplomacy/sparql", SELECT), "text/csv");
        assertThat(direct.statusCode()).isEqualTo(200);
        assertThat(direct.body()).isEqualTo(form.body()).isEqualTo(getr.body());
        // Without a LIMIT, an anonymous query runs with the cap, and says so; with a smaller one, it is untouched.
        assertThat(header(direct, Limits.ROW_LIMIT_HEADER)).isEqualTo("10000");
        assertThat(header(form, Limits.ROW_LIMIT_HEADER)).isEqualTo("10000");
        HttpResponse<String> limited = get(q("/diplomacy/sparql", SELECT + " LIMIT 3"), "text/csv");
        assertThat(header(limited, Limits.ROW_LIMIT_HEADER)).isNull();
        assertThat(limited.body().strip().split("\r?\n")).hasSize(4);
    }
}
