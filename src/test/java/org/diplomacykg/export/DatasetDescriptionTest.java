package org.diplomacykg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.diplomacykg.DiplomacyGraph;
import org.diplomacykg.extract.Extractor;
import org.diplomacykg.link.ExternalSource;
import org.diplomacykg.link.Linker;
import org.diplomacykg.link.LinkingFixtures;
import org.diplomacykg.rdf.Iris;
import org.diplomacykg.store.Store;
import org.diplomacykg.vocab.DIP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetDescriptionTest {
    private static final String ENDPOINT = "http://127.0.0.1:3030/diplomacy/sparql";
    private static final String DUMP = "http://127.0.0.1:3030/diplomacy/data";

    @TempDir
    static Path dir;
    private static Store store;
    private static Model d;
    private static Resource dataset;

    @BeforeAll
    static void describe() {
        store = LinkingFixtures.ingest(Store.tdb2(dir.resolve("tdb2")), dir.resolve("articles"), Extractor.create());
        Linker.create().useKnownIds(false).build().link(store, ExternalSource.file(LinkingFixtures.resource("wikidata-sample.ttl")));
        d = DatasetDescription.create().sparqlEndpoint(ENDPOINT).dataDump(DUMP).build().describe(store);
        dataset = d.getResource(DatasetDescription.DATASET);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static long count(String sparql) {
        return store.read(ds -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(DiplomacyGraph.parse(sparql)).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    private static long value(Resource r, org.apache.jena.rdf.model.Property p) {
        return r.getProperty(p).getLong();
    }

    @Test
    void countsMatchTheStore() {
        assertThat(dataset.hasProperty(RDF.type, VOID.Dataset)).isTrue();
        assertThat(dataset.hasProperty(RDF.type, DCAT.Dataset)).isTrue();
        assertThat(value(dataset, VOID.triples)).isEqualTo(store.read(ds -> Iter.count(ds.asDatasetGraph().find())));
        assertThat(value(dataset, VOID.entities)).isEqualTo(count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
            + "FILTER(isIRI(?s) && STRSTARTS(STR(?s), 'https://w3id.org/diplomacy-kg/')) }"));
        assertThat(value(dataset, VOID.classes)).isEqualTo(count("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { GRAPH ?g { ?s a ?c } }"));
        assertThat(value(dataset, VOID.properties)).isEqualTo(count("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"));
        assertThat(value(dataset, VOID.documents)).isEqualTo(3);
    }

    @Test
    void oneClassPartitionPerClass() {
        Map<String, Long> partitions = new HashMap<>();
        dataset.listProperties(VOID.classPartition).forEach(s -> {
            Resource p = s.getResource();
            partitions.put(p.getPropertyResourceValue(VOID._class).getURI(), value(p, VOID.entities));
        });
        assertThat(partitions).hasSize((int) value(dataset, VOID.classes));
        assertThat(partitions.get(DIP.Event.getURI())).isEqualTo(count("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a dip:Event }"))
            .isPositive();
        assertThat(partitions.get(DIP.Person.getURI())).isEqualTo(count("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a dip:Person }"));
    }

    @Test
    void linksetsWithTheirLinkCounts() {
        Map<String, Resource> linksets = new HashMap<>();
        dataset.listProperties(VOID.subset).forEach(s -> linksets.put(s.getResource().getURI(), s.getResource()));
        Resource wikidata = linksets.get(DatasetDescription.DATASET + "/linkset/wikidata");
        assertThat(wikidata.hasProperty(RDF.type, VOID.Linkset)).isTrue();
        assertThat(wikidata.getPropertyResourceValue(VOID.linkPredicate)).isEqualTo(OWL.sameAs);
        assertThat(wikidata.getPropertyResourceValue(VOID.objectsTarget).getURI()).isEqualTo("https://www.wikidata.org/");
        assertThat(value(wikidata, VOID.triples)).isEqualTo(count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <"
            + Iris.WIKIDATA_LINKS_GRAPH + "> { ?s owl:sameAs ?o } }")).isPositive();
        Resource sample = linksets.get(DatasetDescription.DATASET + "/linkset/wikidata-sample");
        assertThat(value(sample, VOID.triples)).isEqualTo(24);
        assertThat(sample.getPropertyResourceValue(VOID.objectsTarget).getURI()).startsWith("file:").endsWith("wikidata-sample.ttl");
        Resource close = linksets.get(DatasetDescription.DATASET + "/linkset/wikidata-sample/closeMatch");
        assertThat(close.getPropertyResourceValue(VOID.linkPredicate)).isEqualTo(SKOS.closeMatch);
        assertThat(value(close, VOID.triples)).isEqualTo(1);
    }

    @Test
    void endpointDumpSourcesDatesAndLicence() {
        assertThat(dataset.getPropertyResourceValue(VOID.sparqlEndpoint).getURI()).isEqualTo(ENDPOINT);
        assertThat(dataset.getPropertyResourceValue(VOID.dataDump).getURI()).isEqualTo(DUMP);
        assertThat(dataset.getPropertyResourceValue(DCTerms.license).getURI()).isEqualTo(DatasetDescription.ODBL);
        assertThat(dataset.getProperty(DCTerms.title).getString()).isEqualTo("diplomacy-kg");
        assertThat(d.listObjectsOfProperty(dataset, DCTerms.source).toList()).extracting(Object::toString)
            .containsExactlyInAnyOrder("https://example.org/news/austin-tbilisi", "https://example.org/news/burns-kyiv");
        Instant created = Instant.parse(dataset.getProperty(DCTerms.created).getString());
        Instant modified = Instant.parse(dataset.getProperty(DCTerms.modified).getString());
        assertThat(created).isBeforeOrEqualTo(modified).isBefore(Instant.now().plusSeconds(5));
        Resource period = dataset.getPropertyResourceValue(DCTerms.temporal);
        assertThat(period.getProperty(DCAT.startDate).getString()).isEqualTo("2023-01-20");
        assertThat(period.getProperty(DCAT.endDate).getString()).isEqualTo("2023-06-02");
        assertThat(d.listObjectsOfProperty(dataset, DCAT.distribution).toList()).hasSize(2);
    }

    @Test
    void aMemoryStoreHasAModificationTimeButNoCreationTime() {
        try (Store memory = Store.memory()) {
            Model m = DatasetDescription.create().build().describe(memory);
            Resource ds = m.getResource(DatasetDescription.DATASET);
            assertThat(ds.hasProperty(DCTerms.created)).isFalse();
            assertThat(ds.hasProperty(DCTerms.modified)).isTrue();
            assertThat(value(ds, VOID.triples)).isZero();
            assertThat(ds.hasProperty(VOID.sparqlEndpoint)).isFalse();
        }
    }
}
