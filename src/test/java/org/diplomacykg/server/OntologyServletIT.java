package org.diplomacykg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.diplomacykg.rdf.Ontology;
import org.diplomacykg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /ontology} and {@code /ontology/cameo} over real HTTP, with content negotiation. */
class OntologyServletIT {
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,"
        + "image/webp,*/*;q=0.8";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Store store;
    private static DkgServer server;

    @BeforeAll
    static void start() {
        store = Store.memory();
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

    private static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Model parse(HttpResponse<String> r, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), lang).base("https://w3id.org/diplomacy-kg/ontology").parse(m);
        return m;
    }

    private static String contentType(HttpResponse<String> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    @Test
    void turtleIsTheOntology() throws Exception {
        HttpResponse<String> r = get("/ontology", "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(contentType(r)).startsWith("text/turtle");
        assertThat(r.headers().firstValue("Vary")).hasValue("Accept");
        Model m = parse(r, Lang.TURTLE);
        assertThat(m.contains(m.createResource(Ontology.NS), RDF.type, OWL.Ontology)).isTrue();
        assertThat(m.isIsomorphicWith(Ontology.get().ontology())).isTrue();
        // The source as shipped, with its comments.
        assertThat(r.body()).startsWith("# The diplomacy-kg ontology");
    }

    @Test
    void rdfXmlAndJsonLdAreTheSameGraph() throws Exception {
        HttpResponse<String> xml = get("/ontology", "application/rdf+xml");
        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(contentType(xml)).startsWith("application/rdf+xml");
        assertThat(parse(xml, Lang.RDFXML).isIsomorphicWith(Ontology.get().ontology())).isTrue();

        HttpResponse<String> json = get("/ontology", "application/ld+json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(contentType(json)).startsWith("application/ld+json");
        Model m = parse(json, Lang.JSONLD);
        assertThat(m.contains(m.createResource(Ontology.NS), RDF.type, OWL.Ontology)).isTrue();
        assertThat(m.isIsomorphicWith(Ontology.get().ontology())).isTrue();

        HttpResponse<String> nt = get("/ontology", "application/n-triples");
        assertThat(parse(nt, Lang.NTRIPLES).isIsomorphicWith(Ontology.get().ontology())).isTrue();
    }

    @Test
    void qualityValuesDecide() throws Exception {
        assertThat(contentType(get("/ontology", "application/ld+json;q=0.5, text/turtle;q=0.9"))).startsWith("text/turtle");
        assertThat(contentType(get("/ontology", "text/html;q=0.1, application/rdf+xml"))).startsWith("application/rdf+xml");
    }

    @ParameterizedTest
    @ValueSource(strings = {BROWSER, "*/*", "text/html"})
    void browsersGetTheDocumentation(String accept) throws Exception {
        HttpResponse<String> r = get("/ontology", accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(contentType(r)).startsWith("text/html");
        assertThat(r.body()).startsWith("<!DOCTYPE html>")
            .contains("<title>diplomacy-kg ontology</title>", "Class hierarchy", "dip:Event", "dip:Meeting",
                "dip:Sanction", "dip:Person", "dip:sourceActor", "dip:cameoCode", "sem:Event", "schema:Event",
                "prov:Entity", "nif:Sentence", "org:Post", "Goldstein", "id=\"Release\"", "<code>0841</code>")
            // Self-contained: no scripts, no external style sheets or fonts.
            .doesNotContain("<script", "<link", "@import", "src=\"http");
    }

    @Test
    void noAcceptHeaderGetsTheDocumentation() throws Exception {
        assertThat(contentType(get("/ontology", null))).startsWith("text/html");
    }

    @Test
    void htmlEscapesTheDefinitions() throws Exception {
        // dip:Assessment's definition quotes its examples: ("at an all-time low", "worsened").
        assertThat(get("/ontology", "text/html").body()).contains("(&quot;at an all-time low&quot;, &quot;worsened&quot;)");
    }

    @Test
    void trailingSlashAndFormatParameter() throws Exception {
        assertThat(contentType(get("/ontology/", "text/turtle"))).startsWith("text/turtle");
        HttpResponse<String> r = get("/ontology?format=ttl", BROWSER);
        assertThat(contentType(r)).startsWith("text/turtle");
        assertThat(get("/ontology?format=pdf", null).statusCode()).isEqualTo(400);
    }

    @Test
    void cameoScheme() throws Exception {
        HttpResponse<String> ttl = get("/ontology/cameo", "text/turtle");
        assertThat(ttl.statusCode()).isEqualTo(200);
        Model m = parse(ttl, Lang.TURTLE);
        assertThat(m.contains(m.createResource(Ontology.CAMEO_NS), RDF.type, SKOS.ConceptScheme)).isTrue();
        assertThat(m.isIsomorphicWith(Ontology.get().cameo())).isTrue();
        HttpResponse<String> html = get("/ontology/cameo", BROWSER);
        assertThat(contentType(html)).startsWith("text/html");
        assertThat(html.body()).contains("CAMEO event codebook", "id=\"c0841\"", "Return, release person(s)", "dip:Release");
        HttpResponse<String> json = get("/ontology/cameo", "application/ld+json");
        assertThat(parse(json, Lang.JSONLD).isIsomorphicWith(Ontology.get().cameo())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/ontology/nope", "/ontology/cameo/010", "/ontology/diplomacy.ttl"})
    void unknownSubPathsAre404(String path) throws Exception {
        HttpResponse<String> r = get(path, "text/turtle");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("/ontology/cameo");
    }

    @Test
    void unacceptableTypeIs406() throws Exception {
        assertThat(get("/ontology", "image/png").statusCode()).isEqualTo(406);
    }

    @Test
    void theSparqlEndpointIsStillThere() throws Exception {
        assertThat(get("/$/ping", null).statusCode()).isEqualTo(200);
        HttpResponse<String> r = get("/diplomacy/sparql?query=ASK%7B%7D", "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"boolean\"");
    }
}
