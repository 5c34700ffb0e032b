package org.diplomacykg.store;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.query.Dataset;

/**
 * A quad store holding the knowledge graph. Open one with {@link #tdb2(Path)} or {@link #memory()}, use it
 * with try-with-resources. Reads and writes are transactions owned by the store: callers pass lambdas and
 * never begin or commit. The default graph of queries is the union of all named graphs.
 */
public interface Store extends AutoCloseable {

    /** A TDB2 database in {@code folder}, created if absent. */
    static Store tdb2(Path folder) {
        return TdbStore.open(folder);
    }

    /** An in-memory TDB2 database, for tests and one-off runs. */
    static Store memory() {
        return TdbStore.inMemory();
    }

    /**
     * Writes extraction results in one write transaction: named graphs listed in {@code replace} are replaced
     * wholesale (an article read again replaces its graph), every other named graph is merged into. Either
     * all of it is written or nothing is.
     *
     * @param datasets the graphs to write
     * @param replace  IRIs of the graphs to replace rather than merge into
     */
    void write(List<Dataset> datasets, List<String> replace);

    /** Runs {@code action} in a read transaction over the whole dataset and returns its result. */
    <T> T read(Function<Dataset, T> action);

    /** The underlying dataset, for serving it (Fuseki runs its own transactions). */
    Dataset dataset();

    /** Where the store lives, for messages: a folder or "memory". */
    String location();

    /** Whether the store holds no quads at all. */
    default boolean isEmpty() {
        return read(ds -> ds.asDatasetGraph().isEmpty());
    }

    /** Closes the store; it cannot be used afterwards. */
    @Override
    void close();
}
