package org.diplomacykg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.diplomacykg.extract.Extractor;
import org.diplomacykg.link.LinkingFixtures;
import org.diplomacykg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompactJsonLdTest {
    @TempDir
    static Path dir;
    private static Store store;
    private static String json;

    @BeforeAll
    static void write() {
        store = LinkingFixtures.ingest(Store.memory(), dir.resolve("articles"), Extractor.create());
        StringWriter out = new StringWriter();
        store.read(ds -> {
            CompactJsonLd.write(ds.asDatasetGraph(), out);
            return null;
        });
        json = out.toString();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void roundTripsToTheSameQuads() {
        Dataset parsed = DatasetFactory.create();
        RDFParser.create().fromString(json).lang(Lang.JSONLD11).parse(parsed);
        DatasetGraph original = store.read(ds -> {
            Dataset copy = DatasetFactory.create();
            copy.asDatasetGraph().addAll(ds.asDatasetGraph());
            return copy.asDatasetGraph();
        });
        assertThat(Iter.count(parsed.asDatasetGraph().find())).isEqualTo(Iter.count(original.find()));
        assertThat(IsoMatcher.isomorphic(original, parsed.asDatasetGraph())).isTrue();
    }

    @Test
    void usesTheShortNamesOfTheContext() {
        JsonObject o = JSON.parse(json);
        assertThat(o.get("@context").isObject()).isTrue();
        List<String> keys = new ArrayList<>();
        collectKeys(o.get("@graph"), keys);
        assertThat(keys).contains("id", "type", "cameoCode", "sourceActor", "confidence", "anchorOf", "beginIndex",
            "wasDerivedFrom", "hasActor", "taIdentRef", "label", "sameAs");
        // Every diplomacy-ontology term the extractor writes has a short name.
        assertThat(keys).noneMatch(k -> k.startsWith("dip:") || k.startsWith("https://w3id.org/diplomacy-kg/ontology#"));
        assertThat(json).contains("\"cameoCode\": \"042\"");
    }

    @Test
    void aContextUrlReplacesTheInlineContext() {
        StringWriter out = new StringWriter();
        store.read(ds -> {
            CompactJsonLd.write(ds.asDatasetGraph(), out, CompactJsonLd.CONTEXT_URL);
            return null;
        });
        JsonObject o = JSON.parse(out.toString());
        assertThat(o.get("@context").getAsString().value()).isEqualTo(CompactJsonLd.CONTEXT_URL);
        assertThat(out.toString()).contains("\"cameoCode\"");
    }

    @Test
    void theContextFileIsJsonLd() throws Exception {
        try (var in = CompactJsonLd.context()) {
            JsonObject ctx = JSON.parse(in).get("@context").getAsObject();
            assertThat(ctx.get("dip").getAsString().value()).isEqualTo("https://w3id.org/diplomacy-kg/ontology#");
            assertThat(ctx.get("sourceActor").getAsObject().get("@id").getAsString().value()).isEqualTo("dip:sourceActor");
            assertThat(ctx.get("nifSentence").getAsObject().get("@id").getAsString().value()).isEqualTo("nif:sentence");
        }
    }

    private static void collectKeys(JsonValue v, List<String> keys) {
        if (v.isObject()) {
            v.getAsObject().entrySet().forEach(e -> {
                keys.add(e.getKey());
                collectKeys(e.getValue(), keys);
            });
        } else if (v.isArray()) {
            v.getAsArray().forEach(x -> collectKeys(x, keys));
        }
    }
}
