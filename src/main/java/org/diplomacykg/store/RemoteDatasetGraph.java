package org.diplomacykg.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.Lock;
import org.apache.jena.shared.LockMRSW;
import org.apache.jena.sparql.core.DatasetGraphBaseFind;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Transactional;
import org.apache.jena.sparql.core.TransactionalNull;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.util.Context;
import org.diplomacykg.rdf.Prefixes;

/**
 * A read-only view of a {@link RemoteStore} as a Jena dataset: SPARQL queries on it are sent to the server whole
 * ({@link RemoteQueryEngine}); reading its graphs ({@code find}) sends a SELECT per call, with the pattern's
 * terms serialised by Jena (never spliced as text), streaming its results. The default graph holds nothing (the knowledge graph lives in
 * named graphs; queries see their union). Writes go through {@link Store#write}, not here.
 */
final class RemoteDatasetGraph extends DatasetGraphBaseFind {
    private static final Var G = Var.alloc("g");
    private static final Var S = Var.alloc("s");
    private static final Var P = Var.alloc("p");
    private static final Var O = Var.alloc("o");

    private final RemoteStore store;
    private final Transactional txn = TransactionalNull.create();
    private final Context context = new Context();
    private final Lock lock = new LockMRSW();

    RemoteDatasetGraph(RemoteStore store) {
        this.store = store;
    }

    RemoteStore store() {
        return store;
    }

    // ---------------------------------------------------------------------------------------- reading

    @Override
    protected Iterator<Quad> findInDftGraph(Node s, Node p, Node o) {
        return Collections.emptyIterator();
    }

    @Override
    protected Iterator<Quad> findInSpecificNamedGraph(Node g, Node s, Node p, Node o) {
        return select(g, s, p, o);
    }

    @Override
    protected Iterator<Quad> findInAnyNamedGraphs(Node s, Node p, Node o) {
        return select(null, s, p, o);
    }

    /**
     * SELECT the quads matching a pattern (null or ANY: any), streamed: the HTTP response is read as the quads
     * are used, and closed when the last one has been.
     */
    private Iterator<Quad> select(Node g, Node s, Node p, Node o) {
        Node gv = concrete(g) ? g : G;
        Triple pattern = Triple.create(concrete(s) ? s : S, concrete(p) ? p : P, concrete(o) ? o : O);
        ElementPathBlock block = new ElementPathBlock();
        block.addTriple(pattern);
        ElementGroup where = new ElementGroup();
        where.addElement(new ElementNamedGraph(gv, block));
        Query q = new Query();
        q.setQuerySelectType();
        q.setQueryResultStar(true);
        q.setQueryPattern(where);
        QueryExecution qe = store.connection().query(q);
        ResultSet rs;
        try {
            rs = qe.execSelect();
        } catch (RuntimeException e) {
            qe.close();
            throw e;
        }
        return new Iterator<>() {
            private boolean open = true;

            @Override
            public boolean hasNext() {
                if (!open) {
                    return false;
                }
                if (rs.hasNext()) {
                    return true;
                }
                open = false;
                qe.close();
                return false;
            }

            @Override
            public Quad next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                Binding b = rs.nextBinding();
                return Quad.create(value(b, gv), value(b, pattern.getSubject()), value(b, pattern.getPredicate()),
                    value(b, pattern.getObject()));
            }
        };
    }

    private static boolean concrete(Node n) {
        return n != null && n.isConcrete();
    }

    private static Node value(Binding b, Node n) {
        return n instanceof Var v ? b.get(v) : n;
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        List<Node> graphs = new ArrayList<>();
        Query q = new Query();
        q.setQuerySelectType();
        q.setDistinct(true);
        q.addResultVar(G);
        q.setQueryPattern(new ElementNamedGraph(G, new ElementGroup()));
        try (QueryExecution qe = store.connection().query(q)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                graphs.add(rs.nextBinding().get(G));
            }
        }
        return graphs.iterator();
    }

    @Override
    public Graph getDefaultGraph() {
        return GraphView.createDefaultGraph(this);
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return GraphView.createNamedGraph(this, graphNode);
    }

    @Override
    public Graph getUnionGraph() {
        return GraphView.createUnionGraph(this);
    }

    @Override
    public long size() {
        List<Node> all = new ArrayList<>();
        listGraphNodes().forEachRemaining(all::add);
        return all.size();
    }

    @Override
    public PrefixMap prefixes() {
        return PrefixMapFactory.create(Prefixes.standard());
    }

    @Override
    public Context getContext() {
        return context;
    }

    @Override
    public Lock getLock() {
        return lock;
    }

    @Override
    public void close() {
        // The store owns the connection.
    }

    // ---------------------------------------------------------------------------------------- not here

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("a remote store's dataset view is read-only: write with Store.write");
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        throw readOnly();
    }

    @Override
    public void removeGraph(Node graphName) {
        throw readOnly();
    }

    @Override
    public void add(Quad quad) {
        throw readOnly();
    }

    @Override
    public void delete(Quad quad) {
        throw readOnly();
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        throw readOnly();
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        throw readOnly();
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        throw readOnly();
    }

    @Override
    public void clear() {
        throw readOnly();
    }

    // ---------------------------------------------------------------------------------------- transactions

    /** Each query is its own transaction on the server; these are no-ops so that callers' Txn blocks work. */
    @Override
    public boolean supportsTransactions() {
        return false;
    }

    @Override
    public void begin(TxnType type) {
        txn.begin(type);
    }

    @Override
    public void begin(ReadWrite readWrite) {
        txn.begin(readWrite);
    }

    @Override
    public boolean promote(Promote mode) {
        return false;
    }

    @Override
    public void commit() {
        txn.commit();
    }

    @Override
    public void abort() {
        txn.abort();
    }

    @Override
    public void end() {
        txn.end();
    }

    @Override
    public ReadWrite transactionMode() {
        return txn.transactionMode();
    }

    @Override
    public TxnType transactionType() {
        return txn.transactionType();
    }

    @Override
    public boolean isInTransaction() {
        return txn.isInTransaction();
    }
}
