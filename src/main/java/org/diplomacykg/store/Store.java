package org.diplomacykg.store;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;

/**
 * A quad store holding the knowledge graph. Open one with {@link #tdb2(Path)}, {@link #memory()} or
 * {@link #remote(URI, Optional)}, use it with try-with-resources. Reads and writes are transactions owned by the
 * store: callers pass lambdas and never begin or commit. The default graph of queries is the union of all named
 * graphs.
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
     * A store behind a SPARQL endpoint (a {@code dkg serve} or Fuseki dataset, such as
     * {@code http://127.0.0.1:3030/diplomacy}), read with SPARQL Query and written with SPARQL Update, with HTTP
     * Basic credentials when given. See {@link RemoteStore} for what differs from a local store.
     */
    static Store remote(URI endpoint, Optional<Credentials> credentials) {
        return RemoteStore.connect(endpoint, credentials);
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

    /**
     * Runs a query and hands its execution to {@code action}: inside a read transaction for a local store, on the
     * server for a remote one (every query form, DESCRIBE included).
     */
    default <T> T query(Query query, Function<QueryExecution, T> action) {
        return read(ds -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                return action.apply(qe);
            }
        });
    }

    /**
     * The underlying dataset, for serving it (Fuseki runs its own transactions).
     *
     * @throws UnsupportedOperationException for a remote store, which is served by its own server
     */
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
