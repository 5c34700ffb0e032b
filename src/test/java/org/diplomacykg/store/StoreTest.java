package org.diplomacykg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplomacykg.DkgException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's contract, with hand-made graphs (no extraction): see DiplomacyGraphTest for real articles. */
class StoreTest {
    private static final String G = "https://w3id.org/diplomacy-kg/graph/article/";
    private static final String EX = "https://example.test/";

    @TempDir
    Path dir;

    /** A dataset with one named graph of {@code n} typed resources. */
    private static Dataset graph(String name, String prefix, int n) {
        Model m = ModelFactory.createDefaultModel();
        for (int i = 0; i < n; i++) {
            Resource r = m.createResource(EX + prefix + i);
            r.addProperty(RDF.type, m.createResource(EX + "Event")).addProperty(RDFS.label, prefix + " " + i);
        }
        Dataset d = DatasetFactory.create();
        d.addNamedModel(name, m);
        return d;
    }

    static long quads(Store s) {
        return s.read(ds -> Iter.count(ds.asDatasetGraph().find()));
    }

    private static long size(Store s, String graph) {
        return s.<Long>read(ds -> ds.getNamedModel(graph).size());
    }

    private static Set<String> graphNames(Store s) {
        return s.read(ds -> {
            Set<String> names = new TreeSet<>();
            ds.listNames().forEachRemaining(names::add);
            return names;
        });
    }

    private static List<String> select(Store s, String query, String var) {
        return s.read(ds -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                qe.execSelect().forEachRemaining(r -> out.add(r.get(var).toString()));
            }
            return out;
        });
    }

    @Test
    void memoryStore() {
        try (Store s = Store.memory()) {
            assertThat(s.location()).isEqualTo("memory");
            assertThat(s.isEmpty()).isTrue();
            s.write(List.of(graph(G + "a", "a", 3)), List.of(G + "a"));
            assertThat(s.isEmpty()).isFalse();
            assertThat(quads(s)).isEqualTo(6);
            assertThat(graphNames(s)).containsExactly(G + "a");
        }
    }

    @Test
    void replaceAndMerge() {
        try (Store s = Store.memory()) {
            s.write(List.of(graph(G + "a", "a", 3), graph(G + "b", "b", 2), graph(G + "shared", "x", 2)),
                List.of(G + "a", G + "b"));
            assertThat(quads(s)).isEqualTo(14);
            // "a" again, smaller: replaced, not merged; "shared" is merged into; "b" untouched.
            s.write(List.of(graph(G + "a", "a", 1), graph(G + "shared", "y", 1)), List.of(G + "a"));
            assertThat(size(s, G + "a")).isEqualTo(2);
            assertThat(size(s, G + "b")).isEqualTo(4);
            assertThat(size(s, G + "shared")).isEqualTo(6);
            assertThat(quads(s)).isEqualTo(12);
            // Writing the same thing twice changes nothing.
            s.write(List.of(graph(G + "a", "a", 1), graph(G + "shared", "y", 1)), List.of(G + "a"));
            assertThat(quads(s)).isEqualTo(12);
        }
    }

    @Test
    void defaultGraphIsTheUnionOfNamedGraphs() {
        try (Store s = Store.memory()) {
            s.write(List.of(graph(G + "a", "a", 2), graph(G + "b", "b", 3)), List.of());
            assertThat(select(s, "SELECT ?e { ?e a <" + EX + "Event> }", "e")).hasSize(5);
            assertThat(select(s, "SELECT DISTINCT ?g { GRAPH ?g { ?e a <" + EX + "Event> } }", "g"))
                .containsExactlyInAnyOrder(G + "a", G + "b");
            assertThat(select(s, "SELECT ?e { GRAPH <" + G + "b> { ?e a <" + EX + "Event> } }", "e")).hasSize(3);
        }
    }

    @Test
    void defaultGraphQuadsOfTheInputAreNotStored() {
        Dataset d = graph(G + "a", "a", 1);
        d.getDefaultModel().add(d.getDefaultModel().createResource(EX + "stray"), RDFS.label, "stray");
        try (Store s = Store.memory()) {
            s.write(List.of(d), List.of());
            assertThat(quads(s)).isEqualTo(2);
            assertThat(select(s, "SELECT ?x { ?x <" + RDFS.label.getURI() + "> \"stray\" }", "x")).isEmpty();
        }
    }

    @Test
    void dataSurvivesCloseAndReopen() {
        Path db = dir.resolve("db");
        try (Store s = Store.tdb2(db)) {
            s.write(List.of(graph(G + "a", "a", 4)), List.of(G + "a"));
            assertThat(s.location()).isEqualTo(db.toString());
        }
        assertThat(Files.isDirectory(db)).isTrue();
        try (Store s = Store.tdb2(db)) {
            assertThat(quads(s)).isEqualTo(8);
            assertThat(graphNames(s)).containsExactly(G + "a");
            assertThat(select(s, "SELECT ?e { ?e a <" + EX + "Event> }", "e")).hasSize(4);
        }
    }

    @Test
    void failingWriteWritesNothing() {
        Path db = dir.resolve("db");
        try (Store s = Store.tdb2(db)) {
            s.write(List.of(graph(G + "a", "a", 3), graph(G + "b", "b", 2)), List.of());
            long before = quads(s);
            // Replaces "a" (deleted first) and adds "c", but the second dataset breaks after 3 quads.
            List<Dataset> batch = List.of(graph(G + "a", "new", 5), FailingDataset.after(graph(G + "c", "c", 5), 3));
            assertThatThrownBy(() -> s.write(batch, List.of(G + "a")))
                .isInstanceOf(IllegalStateException.class).hasMessage(FailingDataset.MESSAGE);
            assertThat(quads(s)).isEqualTo(before);
            assertThat(graphNames(s)).containsExactly(G + "a", G + "b");
            assertThat(select(s, "SELECT ?l { GRAPH <" + G + "a> { ?x <" + RDFS.label.getURI() + "> ?l } }", "l"))
                .containsExactlyInAnyOrder("a 0", "a 1", "a 2");
            // The store is still usable after the aborted transaction.
            s.write(List.of(graph(G + "c", "c", 1)), List.of(G + "c"));
            assertThat(quads(s)).isEqualTo(before + 2);
        }
        try (Store s = Store.tdb2(db)) {
            assertThat(graphNames(s)).containsExactly(G + "a", G + "b", G + "c");
        }
    }

    @Test
    void closedStoreRefusesWork() {
        Store s = Store.tdb2(dir.resolve("db"));
        s.close();
        s.close(); // idempotent
        assertThatThrownBy(() -> s.read(ds -> 1)).isInstanceOf(StoreException.class).isInstanceOf(DkgException.class)
            .hasMessage(dir.resolve("db") + ": store is closed");
        assertThatThrownBy(() -> s.write(List.of(), List.of())).isInstanceOf(StoreException.class);
        assertThatThrownBy(s::dataset).isInstanceOf(StoreException.class);
        Store m = Store.memory();
        m.close();
        assertThatThrownBy(m::isEmpty).isInstanceOf(StoreException.class).hasMessage("memory: store is closed");
    }

    @Test
    void aFileIsNotADatabase() throws IOException {
        Path file = Files.writeString(dir.resolve("db.txt"), "not a database");
        assertThatThrownBy(() -> Store.tdb2(file)).isInstanceOf(StoreException.class)
            .hasMessage(file + ": not a folder, cannot hold a TDB2 database");
    }

    @Test
    void readReturnsTheActionsResultAndRunsInATransaction() {
        try (Store s = Store.memory()) {
            assertThat(s.<Boolean>read(Dataset::isInTransaction)).isTrue();
            assertThat(s.dataset().isInTransaction()).isFalse();
        }
    }
}
