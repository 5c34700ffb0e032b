package org.diplomacykg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomacykg.server.Client.get;
import static org.diplomacykg.server.Client.header;
import static org.diplomacykg.server.Client.request;
import static org.diplomacykg.server.Client.send;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplomacykg.DiplomacyGraph;
import org.diplomacykg.article.Article;
import org.diplomacykg.rdf.Iris;
import org.diplomacykg.store.Store;
import org.diplomacykg.vocab.DIP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Linked data: the project's IRIs dereference on the server (303 to a page or a data document by Accept), the
 * documents say what the store says, HTML is escaped, unknown IRIs are 404, and no path leaves what is served.
 */
class LinkedDataIT {
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String RU = Iris.ENTITY + "country/ru";
    private static Store store;
    private static DkgServer server;
    private static String hostileArticle;

    @BeforeAll
    static void start() {
        store = Seeded.store();
        // An article whose title and text hold markup: it must come out as text.
        Article a = Article.builder("<script>alert('t')</script> Russia & \"friends\"\n"
                + "Russia said on Monday that <b>nothing</b> would change in its ties with China <img src=x onerror=alert(1)>.\n")
            .titleLine(true).published(LocalDate.of(2023, 3, 6)).id("hostile-article").build();
        DiplomacyGraph.open(store, Seeded.extractor()).ingest(a);
        hostileArticle = Iris.article("hostile-article");
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

    private static String local(String iri) {
        return server.url() + "/" + iri.substring(Iris.BASE.length());
    }

    private static Model parse(HttpResponse<String> r, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), lang).parse(m);
        return m;
    }

    @Test
    void resourcesAnswer303ByAccept() throws Exception {
        for (String iri : List.of(RU, Iris.ENTITY + "person/dmitry-peskov", Iris.article("bba7e6ee4e994acf"),
            "https://w3id.org/diplomacy-kg/cameo/163")) {
            String path = iri.substring(Iris.BASE.length());
            HttpResponse<String> html = get(local(iri), BROWSER);
            assertThat(html.statusCode()).as(iri).isEqualTo(303);
            assertThat(header(html, "Location")).isEqualTo("/page/" + path);
            assertThat(header(html, "Vary")).isEqualTo("Accept");
            for (String rdf : List.of("text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml")) {
                HttpResponse<String> r = get(local(iri), rdf);
                assertThat(r.statusCode()).as("%s as %s", iri, rdf).isEqualTo(303);
                assertThat(header(r, "Location")).isEqualTo("/data/" + path);
            }
        }
        // The event IRIs too.
        String event = store.read(ds -> ds.getUnionModel().listSubjectsWithProperty(RDF.type, DIP.Event).next().getURI());
        assertThat(get(local(event), "text/turtle").statusCode()).isEqualTo(303);
    }

    @Test
    void dataDocumentsInEveryFormat() throws Exception {
        String path = "/data/id/country/ru";
        for (String[] f : new String[][] {{"text/turtle", "TURTLE"}, {"application/ld+json", "JSONLD"},
            {"application/n-triples", "NTRIPLES"}, {"application/rdf+xml", "RDFXML"}}) {
            HttpResponse<String> r = get(server.url() + path, f[0]);
            assertThat(r.statusCode()).as(f[0]).isEqualTo(200);
            assertThat(header(r, "Content-Type")).startsWith(f[0]);
            Model m = parse(r, switch (f[1]) {
                case "TURTLE" -> Lang.TURTLE;
                case "JSONLD" -> Lang.JSONLD;
                case "NTRIPLES" -> Lang.NTRIPLES;
                default -> Lang.RDFXML;
            });
            Resource ru = m.createResource(RU);
            assertThat(m.contains(ru, RDFS.label, m.createLiteral("Russia", "en"))).as(f[0]).isTrue();
            assertThat(m.contains(ru, OWL.sameAs, m.createResource("http://www.wikidata.org/entity/Q159"))).isTrue();
            // Incoming statements too: events with Russia as their source.
            assertThat(m.listSubjectsWithProperty(DIP.sourceActor, ru).toList()).isNotEmpty();
        }
        assertThat(get(server.url() + path + "?format=nt", "text/html").body()).contains("<" + RU + ">");
        assertThat(get(server.url() + path, "text/html").statusCode()).isEqualTo(406);
        assertThat(get(server.url() + path + "?format=pdf", "*/*").statusCode()).isEqualTo(400);
    }

    @Test
    void anArticlesDocumentHoldsItsFragments() throws Exception {
        HttpResponse<String> r = get(server.url() + "/data/article/bba7e6ee4e994acf", "application/n-triples");
        Model m = parse(r, Lang.NTRIPLES);
        assertThat(m.contains(m.createResource(Iris.article("bba7e6ee4e994acf")), RDF.type, DIP.Article)).isTrue();
        assertThat(m.listSubjects().toList()).anyMatch(s -> s.getURI() != null && s.getURI().contains("#char="))
            .anyMatch(s -> s.getURI() != null && s.getURI().contains("#event-"));
        HttpResponse<String> page = get(server.url() + "/page/article/bba7e6ee4e994acf", BROWSER);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("The Relations Between the Russia and US Are All-Time Low")
            .contains("id=\"event-1\"").contains("Text");
    }

    @Test
    void pagesShowFactsSentencesAndWikidata() throws Exception {
        HttpResponse<String> r = get(server.url() + "/page/id/country/ru", BROWSER);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(header(r, "Content-Type")).startsWith("text/html");
        assertThat(header(r, "Content-Security-Policy")).contains("default-src 'none'");
        String html = r.body();
        assertThat(html).contains("<h1>Russia</h1>").contains("https://www.wikidata.org/wiki/Q159")
            .contains("href=\"/page/id/city/moscow\"")
            .contains("Russia declared on Friday that ties with the US were at an all-time low")
            .contains("href=\"/page/article/bba7e6ee4e994acf#char=")
            .contains("href=\"/data/id/country/ru?format=ttl\"")
            .doesNotContain("<script");
        // An event's page: its sentence through its mention.
        String event = store.read(ds -> ds.getUnionModel().listSubjectsWithProperty(DIP.cameoCode, "163").toList().stream()
            .filter(x -> x.hasProperty(RDF.type, DIP.Event)).findFirst().orElseThrow().getURI());
        HttpResponse<String> e = get(server.url() + "/page/" + event.substring(Iris.BASE.length()), BROWSER);
        assertThat(e.statusCode()).isEqualTo(200);
        assertThat(e.body()).contains("sanctions").contains("Read in");
        // The ontology's terms link to the ontology page.
        assertThat(html).contains("href=\"/ontology#Country\"");
        assertThat(get(server.url() + "/ontology", BROWSER).statusCode()).isEqualTo(200);
        assertThat(get(server.url() + "/page/cameo/163", BROWSER).body()).contains("Impose embargo, boycott, or sanctions");
    }

    @Test
    void markupFromArticlesIsEscaped() throws Exception {
        HttpResponse<String> page = get(server.url() + "/page/article/hostile-article", BROWSER);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<b>nothing")
            .contains("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;").contains("&lt;img src=x onerror=alert(1)&gt;")
            .contains("&amp;").contains("&quot;friends&quot;");
        HttpResponse<String> ru = get(server.url() + "/page/id/country/ru", BROWSER);
        assertThat(ru.body()).doesNotContain("<b>nothing").contains("&lt;b&gt;nothing&lt;/b&gt;");
        assertThat(hostileArticle).endsWith("hostile-article");
    }

    @Test
    void unknownIrisAre404() throws Exception {
        for (String path : List.of("/id/country/zz", "/page/id/country/zz", "/data/id/country/zz", "/event/0000000000000000",
            "/article/nope", "/cameo/999", "/id/", "/dataset/x")) {
            HttpResponse<String> r = get(server.url() + path, "text/turtle");
            assertThat(r.statusCode()).as(path).isEqualTo(404);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/id/../../../../etc/passwd", "/id/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/page/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/data/id/..%2f..%2f..%2fpom.xml", "/web/../../../../etc/passwd",
        "/web/%2e%2e/%2e%2e/pom.xml", "/web/..%5c..%5cpom.xml", "//etc/passwd", "/etc/passwd", "/page//etc/passwd",
        "/page/file:///etc/passwd", "/ontology/../../etc/passwd", "/web/index.html/..%2f..%2fpom.xml", "/.well-known/../pom.xml",
        "/id/country/ru%00.ttl", "/WEB-INF/web.xml", "/web/../org/diplomacykg/server/DkgServer.class",
        "/org/diplomacykg/context.jsonld", "/context.jsonld/../pom.xml", "/seeds/000_3f1b89652e64c667.txt"})
    void noPathLeavesWhatIsServed(String path) throws Exception {
        // Sent byte for byte (the JDK client would normalise the dots away).
        String response = raw(path);
        int status = Integer.parseInt(response.substring(9, 12));
        assertThat(status).as(path).isIn(400, 404);
        assertThat(response).doesNotContain("root:").doesNotContain("<project").doesNotContain("<web-app")
            .doesNotContain("Russia declared").doesNotContain("@context");
    }

    /** A GET sent as raw HTTP/1.1, so that the path reaches the server exactly as written. */
    private static String raw(String path) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(30_000);
            s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: */*\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void voidAndContext() throws Exception {
        HttpResponse<String> v = get(server.url() + "/.well-known/void", "text/turtle");
        assertThat(v.statusCode()).isEqualTo(200);
        Model m = parse(v, Lang.TURTLE);
        Resource ds = m.createResource("https://w3id.org/diplomacy-kg/dataset");
        assertThat(m.contains(ds, RDF.type, m.createResource("http://rdfs.org/ns/void#Dataset"))).isTrue();
        assertThat(m.contains(ds, m.createProperty("http://rdfs.org/ns/void#sparqlEndpoint"), m.createResource(server.sparqlUrl()))).isTrue();
        assertThat(get(server.url() + "/.well-known/void", "application/ld+json").statusCode()).isEqualTo(200);
        HttpResponse<String> c = get(server.url() + "/context.jsonld", "application/ld+json");
        assertThat(c.statusCode()).isEqualTo(200);
        assertThat(header(c, "Content-Type")).startsWith("application/ld+json");
        assertThat(c.body()).contains("\"@context\"").contains("https://w3id.org/diplomacy-kg/ontology#");
        HttpResponse<String> head = send(request(server.url() + "/context.jsonld").method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertThat(head.statusCode()).isEqualTo(200);
    }
}
