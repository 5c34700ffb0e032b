package org.diplomacykg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomacykg.server.Client.enc;
import static org.diplomacykg.server.Client.get;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.diplomacykg.export.Csv;
import org.diplomacykg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's federated query, run as written: our server (TDB2 in a temp folder, the seed ingested,
 * {@code --allow-service}) joins its events with a second, independent Fuseki holding Wikidata-shaped data.
 */
class FederatedQueryIT {
    private static final Path README = Path.of("README.md");
    /** The address the README's query names; replaced by the second server's real one. */
    private static final String README_SERVICE = "http://127.0.0.1:3031/ext/sparql";

    @TempDir
    static Path tmp;
    private static Store store;
    private static DkgServer ours;
    private static FusekiServer external;

    @BeforeAll
    static void start() {
        store = Seeded.into(Store.tdb2(tmp.resolve("tdb2")));
        ours = DkgServer.create().store(store).port(0).access(Access.READ_ONLY.withService(true)).build().start();
        Dataset wikidata = DatasetFactory.create(RDFDataMgr.loadModel("src/test/resources/federation/wikidata-population.ttl"));
        external = FusekiServer.create().port(0).loopback(true).add("/ext", wikidata, false).build().start();
    }

    @AfterAll
    static void stop() {
        if (ours != null) {
            ours.close();
        }
        if (external != null) {
            external.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void theReadmeQueryJoinsOurEventsWithTheOtherEndpoint() throws Exception {
        String query = readmeFederatedQuery()
            .replace(README_SERVICE, "http://127.0.0.1:" + external.getHttpPort() + "/ext/sparql");
        List<List<String>> rows = csv(query);
        assertThat(rows.get(0)).containsExactly("code", "target", "population");

        Map<String, String> population = new TreeMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            String previous = population.put(row.get(1), row.get(2));
            assertThat(previous).as("one population per country").isIn(null, row.get(2));
        }
        // Each value came from the other endpoint, joined through our owl:sameAs links.
        assertThat(population).containsEntry("Russia", "146000000").containsEntry("Ukraine", "41000000")
            .doesNotContainKey("Poland");

        // The join loses no event and adds none: the same targets as the local half of the query alone.
        List<List<String>> local = csv("""
            PREFIX dip:  <https://w3id.org/diplomacy-kg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl:  <http://www.w3.org/2002/07/owl#>
            SELECT ?code ?target WHERE {
              ?event a dip:Event ; dip:cameoCode ?code ; dip:targetActor ?t .
              ?t a dip:Country ; rdfs:label ?target ; owl:sameAs ?wd .
              FILTER(STRSTARTS(STR(?wd), "http://www.wikidata.org/entity/"))
            }""");
        TreeSet<String> localTargets = new TreeSet<>();
        local.subList(1, local.size()).forEach(r -> localTargets.add(r.get(1)));
        assertThat(population.keySet()).isEqualTo(localTargets);
        assertThat(rows).hasSize(local.size());
    }

    @Test
    void anUnreachableServiceIsAnErrorNotAnEmptyAnswer() throws Exception {
        String query = readmeFederatedQuery().replace(README_SERVICE, "http://127.0.0.1:1/nothing/sparql");
        HttpResponse<String> r = get(ours.sparqlUrl() + "?query=" + enc(query), "text/csv");
        assertThat(r.statusCode()).as(r.body()).isGreaterThanOrEqualTo(400);
    }

    private static List<List<String>> csv(String query) throws IOException, InterruptedException {
        HttpResponse<String> r = get(ours.sparqlUrl() + "?query=" + enc(query), "text/csv");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Csv.parse(r.body());
    }

    /** The query of the README's "Federated queries" section: the {@code query=…} of its curl example. */
    private static String readmeFederatedQuery() throws IOException {
        String readme = Files.readString(README);
        int section = readme.indexOf("### Federated queries");
        assertThat(section).as("README section").isPositive();
        Matcher m = Pattern.compile("--data-urlencode 'query=(.*?)'\\n```", Pattern.DOTALL).matcher(readme);
        assertThat(m.find(section)).as("a curl example in the section").isTrue();
        String query = m.group(1);
        assertThat(query).contains("SERVICE <" + README_SERVICE + ">");
        return query;
    }
}
