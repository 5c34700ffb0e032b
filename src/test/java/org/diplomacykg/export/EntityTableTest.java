package org.diplomacykg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplomacykg.DiplomacyGraph;
import org.diplomacykg.extract.Extractor;
import org.diplomacykg.link.ExternalSource;
import org.diplomacykg.link.Linker;
import org.diplomacykg.link.LinkingFixtures;
import org.diplomacykg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityTableTest {
    private static final String ID = "https://w3id.org/diplomacy-kg/id/";
    private static final String WD = "http://www.wikidata.org/entity/";

    @TempDir
    static Path dir;
    private static Store store;
    private static List<EntityRow> rows;

    @BeforeAll
    static void ingest() {
        store = LinkingFixtures.ingest(Store.memory(), dir.resolve("articles"), Extractor.create());
        rows = EntityTable.entities(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static EntityRow row(String entity) {
        return rows.stream().filter(r -> r.entity().equals(ID + entity)).findFirst().orElseThrow(() -> new AssertionError(entity));
    }

    @Test
    void oneRowPerEntityWithLabelTypeAndQid() {
        assertThat(EntityTable.COLUMNS).containsExactly("entity", "label", "type", "wikidata", "mentions", "articles");
        assertThat(rows).extracting(EntityRow::entity).doesNotHaveDuplicates().hasSize(30);
        assertThat(row("person/vladimir-putin")).extracting(EntityRow::label, EntityRow::type, EntityRow::wikidata)
            .containsExactly("Vladimir Putin", "Person", "Q7747");
        assertThat(row("org/kremlin").type()).isEqualTo("GovernmentOrganization");
        assertThat(row("org/cia").type()).isEqualTo("Agency");
        assertThat(row("treaty/new-start")).extracting(EntityRow::type, EntityRow::wikidata).containsExactly("Treaty", "");
        assertThat(row("person/trevor-reed").wikidata()).isEmpty();
        assertThat(rows).allSatisfy(r -> assertThat(r.wikidata()).matches("(Q[0-9]+)?"));
    }

    @Test
    void mentionsAndArticlesAreCountedFromTheNifPhrases() {
        Map<String, long[]> expected = new HashMap<>();
        DiplomacyGraph.open(store, Extractor.create()).select("""
            SELECT ?e (COUNT(DISTINCT ?m) AS ?n) (COUNT(DISTINCT ?g) AS ?a) WHERE {
              GRAPH ?g { ?m a nif:Phrase ; itsrdf:taIdentRef ?e } FILTER(STRSTARTS(STR(?g), "https://w3id.org/diplomacy-kg/graph/article/"))
            } GROUP BY ?e""", s -> expected.put(s.getResource("e").getURI(),
            new long[] {s.getLiteral("n").getLong(), s.getLiteral("a").getLong()}));
        for (EntityRow r : rows) {
            long[] e = expected.getOrDefault(r.entity(), new long[2]);
            assertThat(new long[] {r.mentions(), r.articles()}).as(r.entity()).containsExactly(e);
        }
        // Kyiv is named in the seed and in the Burns article, the United States in the seed and the Tbilisi one.
        assertThat(row("city/kyiv").articles()).isEqualTo(2);
        assertThat(row("country/us").articles()).isEqualTo(2);
        assertThat(row("country/ge").articles()).isEqualTo(1);
        assertThat(row("country/us").mentions()).isGreaterThan(row("country/ru").mentions());
        assertThat(rows.get(0).entity()).isEqualTo(ID + "country/us");
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).mentions()).isLessThanOrEqualTo(rows.get(i - 1).mentions());
        }
    }

    @Test
    void aLinksetGivesAQidWhereTheGazetteerHasNone() {
        try (Store s = LinkingFixtures.ingest(Store.memory(), dir.resolve("again"), Extractor.create())) {
            Model m = ModelFactory.createDefaultModel();
            // Fictitious item (see src/test/resources/linking/README.md) for a context person.
            m.createResource(WD + "Q999999906").addProperty(RDFS.label, "Trevor Reed", "en")
                .addProperty(m.createProperty("http://www.wikidata.org/prop/direct/P31"), m.createResource(WD + "Q5"))
                .addProperty(m.createProperty("http://www.wikidata.org/prop/direct/P27"), m.createResource(WD + "Q30"))
                .addProperty(RDF.type, m.createResource("http://schema.org/Person"));
            m.createResource(WD + "Q999999907").addProperty(RDFS.label, "Vladimir Putin", "en")
                .addProperty(m.createProperty("http://www.wikidata.org/prop/direct/P31"), m.createResource(WD + "Q5"))
                .addProperty(m.createProperty("http://www.wikidata.org/prop/direct/P27"), m.createResource(WD + "Q159"));
            Linker.create().useKnownIds(false).minConfidence(0.5).sameAsThreshold(0.5).name("test").build()
                .link(s, ExternalSource.model("test", m));
            List<EntityRow> linked = EntityTable.entities(s);
            assertThat(linked).filteredOn(r -> r.entity().equals(ID + "person/trevor-reed")).extracting(EntityRow::wikidata)
                .containsExactly("Q999999906");
            // The gazetteer's QID wins over a linkset's.
            assertThat(linked).filteredOn(r -> r.entity().equals(ID + "person/vladimir-putin")).extracting(EntityRow::wikidata)
                .containsExactly("Q7747");
        }
    }

    @Test
    void printedAsCsvTsvAndJson() {
        StringWriter csv = new StringWriter();
        TableFormat.CSV.write(EntityTable.COLUMNS, EntityTable.cells(rows), new PrintWriter(csv));
        List<List<String>> records = Csv.parse(csv.toString());
        assertThat(records.get(0)).containsExactly("entity", "label", "type", "wikidata", "mentions", "articles");
        assertThat(records).hasSize(rows.size() + 1)
            .contains(List.of(ID + "city/washington-dc", "Washington, D.C.", "City", "Q61",
                String.valueOf(row("city/washington-dc").mentions()), String.valueOf(row("city/washington-dc").articles())));
        StringWriter json = new StringWriter();
        TableFormat.JSON.write(EntityTable.COLUMNS, EntityTable.cells(rows), new PrintWriter(json));
        JsonArray array = JSON.parseAny(json.toString()).getAsArray();
        assertThat(array).hasSize(rows.size());
        assertThat(array.get(0).getAsObject().get("type").getAsString().value()).isEqualTo("Country");
    }
}
