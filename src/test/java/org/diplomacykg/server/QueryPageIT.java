package org.diplomacykg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomacykg.server.Client.enc;
import static org.diplomacykg.server.Client.get;
import static org.diplomacykg.server.Client.header;
import static org.diplomacykg.server.Client.post;
import static org.diplomacykg.server.Client.request;
import static org.diplomacykg.server.Client.send;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.diplomacykg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The query page at {@code /}: vendored YASGUI, nothing from elsewhere, the competency questions as examples. */
class QueryPageIT {
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

    @Test
    void thePageUsesOnlyThisServer() throws Exception {
        HttpResponse<String> r = get(server.url() + "/", "text/html");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(header(r, "Content-Type")).startsWith("text/html");
        String csp = header(r, "Content-Security-Policy");
        assertThat(csp).contains("default-src 'self'").contains("script-src 'self'").contains("connect-src 'self'")
            .doesNotContain("http").doesNotContain("unsafe-eval");
        String html = r.body();
        assertThat(html).contains("id=\"yasgui\"").contains("id=\"examples\"");
        // Every script and stylesheet comes from /web/ on this server, and each is served.
        Matcher m = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(html);
        List<String> refs = new ArrayList<>();
        while (m.find()) {
            refs.add(m.group(1));
        }
        assertThat(refs).isNotEmpty().allSatisfy(ref -> assertThat(ref).startsWith("/").doesNotStartWith("//"));
        for (String ref : refs) {
            HttpResponse<String> asset = get(server.url() + ref, "*/*");
            assertThat(asset.statusCode()).as(ref).isIn(200, 303);
        }
        HttpResponse<String> js = get(server.url() + "/web/yasgui.min.js", "*/*");
        assertThat(header(js, "Content-Type")).startsWith("text/javascript");
        assertThat(js.body()).contains("Yasgui");
        // The licence and provenance of the vendored code are served with it.
        assertThat(get(server.url() + "/web/yasgui-LICENSE.txt", "*/*").body()).contains("MIT");
        assertThat(get(server.url() + "/web/VENDORED.md", "*/*").body()).contains("@triply/yasgui@4.2.28");
        // A second request for the same asset can be answered from the cache.
        String etag = header(get(server.url() + "/web/yasgui.min.css", "*/*"), "ETag");
        assertThat(etag).isNotBlank();
        HttpResponse<String> cached = send(request(server.url() + "/web/yasgui.min.css").header("If-None-Match", etag).GET());
        assertThat(cached.statusCode()).isEqualTo(304);
    }

    @Test
    void unknownAssetsAre404() throws Exception {
        for (String p : List.of("/web/", "/web/nope.js", "/web/yasgui.min.js.map", "/web/../dkg-log4j2.xml", "/index.htm")) {
            assertThat(get(server.url() + p, "*/*").statusCode()).as(p).isIn(400, 404);
        }
    }

    @Test
    void theExamplesAreTheCompetencyQuestionsAndTheyRun() throws Exception {
        HttpResponse<String> r = get(server.url() + "/web/examples.json", "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonObject o = JSON.parse(r.body());
        JsonArray examples = o.get("examples").getAsArray();
        long files;
        try (Stream<Path> s = Files.list(Path.of("ontology/cq"))) {
            files = s.filter(p -> p.toString().endsWith(".rq")).count();
        }
        assertThat(examples).hasSize((int) files);
        assertThat(o.get("prefixes").getAsArray()).anySatisfy(p ->
            assertThat(p.getAsString().value()).isEqualTo("dip: <https://w3id.org/diplomacy-kg/ontology#>"));
        for (var e : examples) {
            JsonObject x = e.getAsObject();
            String id = x.get("id").getAsString().value();
            String query = x.get("query").getAsString().value();
            assertThat(x.get("name").getAsString().value()).isNotBlank();
            try (Stream<Path> s = Files.list(Path.of("ontology/cq"))) {
                Path file = s.filter(p -> p.getFileName().toString().startsWith(id + "-") && p.toString().endsWith(".rq")).findFirst().orElseThrow();
                assertThat(query).isEqualTo(Files.readString(file));
            }
            // The page POSTs them as forms; each answers.
            HttpResponse<String> answer = post(server.sparqlUrl(), "application/x-www-form-urlencoded", "query=" + enc(query),
                "application/sparql-results+json");
            assertThat(answer.statusCode()).as("%s: %s", id, answer.body()).isEqualTo(200);
        }
    }
}
