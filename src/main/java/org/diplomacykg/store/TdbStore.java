package org.diplomacykg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.tdb2.sys.StoreConnection;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/** A TDB2 store: on disk in a folder, or in memory. Writes are single TDB2 write transactions. */
final class TdbStore implements Store {
    private final Dataset dataset;
    private final String location;
    private volatile boolean closed;

    private TdbStore(Dataset dataset, String location) {
        this.dataset = dataset;
        this.location = location;
        // Queries see every article: the default graph is the union of the named graphs.
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    static TdbStore open(Path folder) {
        try {
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                throw new StoreException(folder + ": not a folder, cannot hold a TDB2 database");
            }
            Files.createDirectories(folder);
            return new TdbStore(TDB2Factory.connectDataset(folder.toString()), folder.toString());
        } catch (StoreException e) {
            throw e;
        } catch (Exception e) {
            throw new StoreException(folder + ": cannot open TDB2 database: " + e.getMessage(), e);
        }
    }

    static TdbStore inMemory() {
        return new TdbStore(TDB2Factory.createDataset(), "memory");
    }

    @Override
    public void write(List<Dataset> datasets, List<String> replace) {
        check();
        DatasetGraph dsg = dataset.asDatasetGraph();
        Txn.executeWrite(dataset, () -> {
            for (String g : replace) {
                dsg.deleteAny(NodeFactory.createURI(g), Node.ANY, Node.ANY, Node.ANY);
            }
            for (Dataset d : datasets) {
                Iterator<Quad> it = d.asDatasetGraph().find();
                while (it.hasNext()) {
                    Quad q = it.next();
                    if (!q.isDefaultGraph()) {
                        dsg.add(q);
                    }
                }
            }
        });
    }

    @Override
    public <T> T read(Function<Dataset, T> action) {
        check();
        return Txn.calculateRead(dataset, () -> action.apply(dataset));
    }

    @Override
    public Dataset dataset() {
        check();
        return dataset;
    }

    @Override
    public String location() {
        return location;
    }

    private void check() {
        if (closed) {
            throw new StoreException(location + ": store is closed");
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!location.equals("memory")) {
            // Release the cached connection, so that the folder can be reopened or deleted.
            StoreConnection.release(Location.create(location));
        } else {
            dataset.close();
        }
    }
}
